package io.dynamap.runtime.core;

import io.dynamap.runtime.schema.ItemSchema;
import java.util.Objects;

/**
 * An entity's table: its physical name and the schema that encodes and decodes its items. What the
 * batch and transaction classes need from a repository, and all they need, so that the blocking
 * and the non-blocking ones take the same thing.
 *
 * <pre>{@code
 * EntityTable<Order> orders = EntityTable.of("Orders", OrderSchema.INSTANCE);
 * }</pre>
 *
 * <p>It declares no nested types: the repositories implement it, and a nested type would be
 * inherited by every generated repository, where its simple name could hide an entity's.
 *
 * @param <T> the entity type
 */
public interface EntityTable<T> {
  /**
   * The physical table name.
   *
   * @return the name requests are sent with
   */
  String tableName();

  /**
   * The schema of the table's entity.
   *
   * @return the schema that encodes and decodes the items
   */
  ItemSchema<T> schema();

  /**
   * An entity table of this name and schema.
   *
   * @param <T> the entity type
   * @param tableName the physical table name; not null or empty
   * @param schema the entity's schema; not null
   * @return an immutable entity table; two with the same name and schema are equal
   * @throws IllegalArgumentException if the name is empty
   */
  static <T> EntityTable<T> of(String tableName, ItemSchema<T> schema) {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(schema, "schema");
    if (tableName.isEmpty()) {
      throw new IllegalArgumentException("the table name of " + schema.entityName() + " is empty");
    }
    return new NamedEntityTable<>(tableName, schema);
  }
}
