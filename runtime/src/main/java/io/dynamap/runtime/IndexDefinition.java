package io.dynamap.runtime;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index of a table.
 *
 * @param name the index name
 * @param global a global secondary index (its own partition key), or a local one (the table's)
 * @param partitionKey the index's partition key (for a local index, the table's)
 * @param sortKey the index's sort key, or {@code null} for a global index without one
 * @param projection what the index holds besides the keys
 * @param nonKeyAttributes with {@code INCLUDE}: the attributes it also holds
 */
public record IndexDefinition(
    String name,
    boolean global,
    KeyDefinition.KeyAttribute partitionKey,
    KeyDefinition.KeyAttribute sortKey,
    ProjectionType projection,
    List<String> nonKeyAttributes) {

  /**
   * Checks the definition.
   *
   * @param name the index name; not null
   * @param global {@code true} for a global index
   * @param partitionKey the index's partition key; not null
   * @param sortKey the index's sort key, or {@code null} for a global index without one
   * @param projection the projection type; not null
   * @param nonKeyAttributes the extra attributes of an {@code INCLUDE} projection; copied
   * @throws IllegalArgumentException if a local index has no sort key
   */
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(projection, "projection");
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
    if (!global && sortKey == null) {
      throw new IllegalArgumentException("local index " + name + " needs a sort key");
    }
  }
}
