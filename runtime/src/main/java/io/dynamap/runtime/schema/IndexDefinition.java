package io.dynamap.runtime.schema;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index of a table.
 *
 * @param name the index name
 * @param global a global secondary index (its own partition key), or a local one (the table's)
 * @param partitionKeys the index's partition key attributes: one, or up to four for a global index
 *     with a multi-attribute key (for a local index, the table's partition key)
 * @param sortKeys the index's sort key attributes: none or one, or up to four for a global index
 *     with a multi-attribute key; exactly one for a local index
 * @param projection what the index holds besides the keys
 * @param nonKeyAttributes with {@code INCLUDE}: the attributes it also holds
 */
public record IndexDefinition(
    String name,
    boolean global,
    List<KeyDefinition.KeyAttribute> partitionKeys,
    List<KeyDefinition.KeyAttribute> sortKeys,
    ProjectionType projection,
    List<String> nonKeyAttributes) {

  /**
   * Checks the index's shape as DynamoDB does: one to four partition attributes and up to four
   * sort attributes for a global index, one of each for a local index.
   *
   * @param name the index name
   * @param global whether it is a global index
   * @param partitionKeys its partition key attributes, in order
   * @param sortKeys its sort key attributes, in order
   * @param projection its projection type
   * @param nonKeyAttributes the attributes {@code INCLUDE} adds
   * @throws IllegalArgumentException if the key does not have a shape DynamoDB accepts
   */
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    partitionKeys = List.copyOf(partitionKeys);
    sortKeys = List.copyOf(sortKeys);
    Objects.requireNonNull(projection, "projection");
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
    if (!global && (partitionKeys.size() != 1 || sortKeys.size() != 1)) {
      throw new IllegalArgumentException(
          "local index " + name + " needs one partition key attribute and one sort key attribute");
    }
    if (partitionKeys.isEmpty() || partitionKeys.size() > 4 || sortKeys.size() > 4) {
      throw new IllegalArgumentException(
          "index " + name + " has " + partitionKeys.size() + " partition and " + sortKeys.size()
              + " sort key attributes; DynamoDB allows one to four, and up to four");
    }
  }

  /**
   * An index with a single-attribute partition key and at most one sort key attribute, as
   * generated schemas declare most indexes.
   *
   * @param name the index name
   * @param global whether it is a global index
   * @param partitionKey its partition key
   * @param sortKey its sort key, or {@code null} for a global index without one
   * @param projection its projection type
   * @param nonKeyAttributes the attributes {@code INCLUDE} adds
   */
  public IndexDefinition(
      String name,
      boolean global,
      KeyDefinition.KeyAttribute partitionKey,
      KeyDefinition.KeyAttribute sortKey,
      ProjectionType projection,
      List<String> nonKeyAttributes) {
    this(
        name,
        global,
        List.of(Objects.requireNonNull(partitionKey, "partitionKey")),
        sortKey == null ? List.of() : List.of(sortKey),
        projection,
        nonKeyAttributes);
  }

  /**
   * The partition key of an index whose partition key is a single attribute.
   *
   * @return the partition key attribute
   * @throws IllegalStateException for a multi-attribute partition key: use {@link #partitionKeys()}
   */
  public KeyDefinition.KeyAttribute partitionKey() {
    if (partitionKeys.size() != 1) {
      throw new IllegalStateException(
          "index " + name + " has a multi-attribute partition key: use partitionKeys()");
    }
    return partitionKeys.get(0);
  }

  /**
   * The sort key of an index whose sort key is at most one attribute.
   *
   * @return the sort key attribute, or {@code null} if the index has none
   * @throws IllegalStateException for a multi-attribute sort key: use {@link #sortKeys()}
   */
  public KeyDefinition.KeyAttribute sortKey() {
    if (sortKeys.size() > 1) {
      throw new IllegalStateException(
          "index " + name + " has a multi-attribute sort key: use sortKeys()");
    }
    return sortKeys.isEmpty() ? null : sortKeys.get(0);
  }
}
