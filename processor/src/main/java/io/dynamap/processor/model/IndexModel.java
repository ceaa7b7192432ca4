package io.dynamap.processor.model;

import java.util.List;

/**
 * A secondary index of an entity's table.
 *
 * @param name the index name
 * @param global a global index (its own partition key) or a local one (the table's partition key)
 * @param partitionKey the Java name of the index's partition key attribute
 * @param sortKey the Java name of the index's sort key attribute, or {@code null}
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
 * @param include with {@code INCLUDE}: stored names of the projected attributes
 */
public record IndexModel(
    String name,
    boolean global,
    String partitionKey,
    String sortKey,
    String projection,
    List<String> include) {

  public IndexModel {
    include = List.copyOf(include);
  }
}
