package io.dynamap.runtime.core;

import io.dynamap.runtime.schema.ItemSchema;
import java.util.Objects;

/** The entity table {@link EntityTable#of} makes: equal to another of the same name and schema. */
record NamedEntityTable<T>(String tableName, ItemSchema<T> schema) implements EntityTable<T> {
  NamedEntityTable {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(schema, "schema");
  }
}
