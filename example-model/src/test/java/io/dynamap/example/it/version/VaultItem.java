package io.dynamap.example.it.version;

import io.dynamap.annotations.ItemCollection;

/** Everything of one owner in the vault. */
@ItemCollection(VaultTable.class)
public sealed interface VaultItem permits Account, Memo {}
