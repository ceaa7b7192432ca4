package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ItemCollectionMetrics}, returned with {@code ReturnItemCollectionMetrics: SIZE} by writes
 * to tables with local secondary indexes: the partition's key and its size estimate in GB.
 */
final class ItemCollectionMetrics {
  private static final double GIGABYTE = 1024.0 * 1024 * 1024;

  private ItemCollectionMetrics() {}

  /** The metrics of the collection of {@code key}, or null where none are due. */
  static ObjectNode of(ObjectNode request, Table table, PrimaryKey key) {
    TableDefinition definition = table.definition();
    if (!"SIZE".equals(Requests.text(request, "ReturnItemCollectionMetrics"))
        || definition.localIndexes().isEmpty()) {
      return null;
    }
    long bytes = 0;
    for (Map<String, Value> item : table.partition(key.partition()).values()) {
      bytes += ItemSize.of(item);
    }
    double lower = Math.floor(bytes / GIGABYTE);
    ObjectNode metrics = Requests.JSON.objectNode();
    Map<String, Value> collectionKey = new LinkedHashMap<>();
    collectionKey.put(definition.keySchema().partitionKey(), key.partition());
    metrics.set("ItemCollectionKey", ValueJson.writeItem(collectionKey));
    ArrayNode range = metrics.putArray("SizeEstimateRangeGB");
    range.add(lower);
    range.add(lower + 1);
    return metrics;
  }
}
