package io.dynamap.example.it.version;

import io.dynamap.annotations.Item;
import io.dynamap.annotations.Version;

/** A versioned member of an item collection. */
@Item(table = VaultTable.class, type = "ACCOUNT", partition = "OWNER#{owner}", sort = "ACCOUNT")
public record Account(String owner, long balance, @Version Long version) implements VaultItem {

  /** This account with another balance, same version. */
  public Account withBalance(long newBalance) {
    return new Account(owner, newBalance, version);
  }
}
