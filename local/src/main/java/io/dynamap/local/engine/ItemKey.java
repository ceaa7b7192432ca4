package io.dynamap.local.engine;

import java.util.Objects;

/** An item's address across the engine: its table's name and its key there (what is locked). */
public record ItemKey(String tableName, PrimaryKey key) {
  public ItemKey {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(key, "key");
  }
}
