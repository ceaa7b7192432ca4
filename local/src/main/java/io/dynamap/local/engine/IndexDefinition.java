package io.dynamap.local.engine;

import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A global or local secondary index.
 *
 * @param nonKeyAttributes the attributes an {@code INCLUDE} projection adds (empty otherwise)
 * @param throughput the provisioned throughput of a global index of a provisioned table, else null
 */
public record IndexDefinition(String name, boolean global, KeySchema keySchema,
    ProjectionType projectionType, List<String> nonKeyAttributes, Throughput throughput) {

  public IndexDefinition {
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  /** This index with another provisioned throughput. */
  public IndexDefinition withThroughput(Throughput newThroughput) {
    return new IndexDefinition(name, global, keySchema, projectionType, nonKeyAttributes,
        newThroughput);
  }

  /**
   * The entry the index holds for an item: all of it, or its table and index keys plus the
   * included attributes.
   */
  public Map<String, Value> project(Map<String, Value> item, KeySchema tableKey) {
    if (projectionType == ProjectionType.ALL) {
      return item;
    }
    Map<String, Value> projected = new LinkedHashMap<>();
    for (Map.Entry<String, Value> attribute : item.entrySet()) {
      String name = attribute.getKey();
      if (tableKey.isKeyAttribute(name) || keySchema.isKeyAttribute(name)
          || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(name))) {
        projected.put(name, attribute.getValue());
      }
    }
    return projected;
  }

  /** Whether an index entry holds {@code attribute}. */
  public boolean projects(String attribute, KeySchema tableKey) {
    return projectionType == ProjectionType.ALL || tableKey.isKeyAttribute(attribute)
        || keySchema.isKeyAttribute(attribute)
        || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(attribute));
  }
}
