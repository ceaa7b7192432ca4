package io.dynamap.processor.model;

import java.util.List;

/**
 * A secondary index of an entity's table.
 *
 * @param name the index name
 * @param global a global index (its own partition key) or a local one (the table's partition key)
 * @param partitionKeys the Java names of the index's partition key attributes, in key order: one,
 *     or up to four for a global index's multi-attribute key; empty for a local index (whose
 *     partition key is the table's)
 * @param sortKeys the Java names of the index's sort key attributes, in key order: none, one, or
 *     up to four for a global index's multi-attribute key
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
 * @param include with {@code INCLUDE}: stored names of the projected attributes
 */
public record IndexModel(
    String name,
    boolean global,
    List<String> partitionKeys,
    List<String> sortKeys,
    String projection,
    List<String> include) {

  public IndexModel {
    partitionKeys = List.copyOf(partitionKeys);
    sortKeys = List.copyOf(sortKeys);
    include = List.copyOf(include);
  }

  /**
   * An index whose keys are single attributes.
   *
   * @param partitionKey the partition key's Java name, or {@code null} for a local index
   * @param sortKey the sort key's Java name, or {@code null}
   */
  public IndexModel(
      String name,
      boolean global,
      String partitionKey,
      String sortKey,
      String projection,
      List<String> include) {
    this(
        name,
        global,
        partitionKey == null ? List.of() : List.of(partitionKey),
        sortKey == null ? List.of() : List.of(sortKey),
        projection,
        include);
  }

  /** Whether the partition key or the sort key has several attributes (global indexes only). */
  public boolean multiAttribute() {
    return partitionKeys.size() > 1 || sortKeys.size() > 1;
  }

  /**
   * The partition key attribute's Java name, or {@code null} for a local index; for a
   * multi-attribute key, the first.
   */
  public String partitionKey() {
    return partitionKeys.isEmpty() ? null : partitionKeys.get(0);
  }

  /** The sort key attribute's Java name, or {@code null}; for a multi-attribute key, the first. */
  public String sortKey() {
    return sortKeys.isEmpty() ? null : sortKeys.get(0);
  }
}
