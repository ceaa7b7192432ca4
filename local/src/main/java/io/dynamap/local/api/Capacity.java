package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Consumed capacity as DynamoDB reports it: a read unit per 4 KB (half for eventually consistent
 * reads), a write unit per 1 KB, at least one unit per item touched; writes counted on the larger
 * of the old and new item.
 */
public final class Capacity {
  private Capacity() {}

  /** Read units of reading {@code bytes} (a missing item counts as one unit's worth). */
  public static double readUnits(long bytes, boolean consistent) {
    double units = Math.max(1, (bytes + 4095) / 4096);
    return consistent ? units : units / 2;
  }

  /** Read units of one item, null for none. */
  public static double readUnits(Map<String, Value> item, boolean consistent) {
    return readUnits(item == null ? 0 : ItemSize.of(item), consistent);
  }

  /** Write units of writing one item, over the larger of the old and new (either may be null). */
  public static double writeUnits(Map<String, Value> oldItem, Map<String, Value> newItem) {
    long size = Math.max(oldItem == null ? 0 : ItemSize.of(oldItem),
        newItem == null ? 0 : ItemSize.of(newItem));
    return Math.max(1, (size + 1023) / 1024);
  }

  /**
   * Write units each secondary index consumes for a write: an entry added or removed costs its
   * size, an entry moved to another index key costs both, an entry whose projection did not change
   * costs nothing.
   *
   * @return units by index name, global indexes under {@code true}, local under {@code false}
   */
  public static Map<Boolean, Map<String, Double>> indexWriteUnits(
      io.dynamap.local.engine.TableDefinition table, Map<String, Value> oldItem,
      Map<String, Value> newItem) {
    Map<Boolean, Map<String, Double>> units = new LinkedHashMap<>();
    units.put(true, new LinkedHashMap<>());
    units.put(false, new LinkedHashMap<>());
    for (io.dynamap.local.engine.IndexDefinition index : table.indexes()) {
      Map<String, Value> oldEntry = oldItem != null && index.keySchema().coversItem(oldItem)
          ? index.project(oldItem, table.keySchema()) : null;
      Map<String, Value> newEntry = newItem != null && index.keySchema().coversItem(newItem)
          ? index.project(newItem, table.keySchema()) : null;
      double used;
      if (oldEntry == null && newEntry == null) {
        continue;
      } else if (oldEntry == null || newEntry == null) {
        used = writeUnits(oldEntry, newEntry);
      } else if (!index.keySchema().keyAttributes(oldEntry)
          .equals(index.keySchema().keyAttributes(newEntry))) {
        used = writeUnits(oldEntry, null) + writeUnits(null, newEntry);
      } else if (oldEntry.equals(newEntry)) {
        continue;
      } else {
        used = writeUnits(oldEntry, newEntry);
      }
      units.get(index.global()).put(index.name(), used);
    }
    return units;
  }

  /** The {@code ConsumedCapacity} of a single-item write, indexes included. */
  public static ObjectNode renderWrite(ObjectNode request,
      io.dynamap.local.engine.TableDefinition table, Map<String, Value> oldItem,
      Map<String, Value> newItem) {
    if (!requested(request)) {
      return null;
    }
    Map<Boolean, Map<String, Double>> indexUnits = indexWriteUnits(table, oldItem, newItem);
    return render(request, table.name(), writeUnits(oldItem, newItem), indexUnits.get(true),
        indexUnits.get(false));
  }

  /** Whether the request asked for consumed capacity (TOTAL or INDEXES). */
  public static boolean requested(ObjectNode request) {
    return requested(Requests.text(request, "ReturnConsumedCapacity"));
  }

  /** Whether {@code ReturnConsumedCapacity} asks for the capacity. */
  static boolean requested(String returnConsumedCapacity) {
    return "TOTAL".equals(returnConsumedCapacity) || "INDEXES".equals(returnConsumedCapacity);
  }

  /**
   * The {@code ConsumedCapacity} element, or null where none was asked for.
   *
   * @param globalIndexUnits and {@code localIndexUnits}: units per index, shown with INDEXES
   */
  public static ObjectNode render(ObjectNode request, String tableName, double tableUnits,
      Map<String, Double> globalIndexUnits, Map<String, Double> localIndexUnits) {
    if (!requested(request)) {
      return null;
    }
    ObjectNode capacity = Requests.JSON.objectNode();
    putElement(capacity, Requests.text(request, "ReturnConsumedCapacity"), tableName, 0,
        tableUnits, globalIndexUnits, localIndexUnits, false);
    return capacity;
  }

  /** The element for a table-only operation. */
  public static ObjectNode render(ObjectNode request, String tableName, double tableUnits) {
    return render(request, tableName, tableUnits, Map.of(), Map.of());
  }

  /**
   * Fills one table's {@code ConsumedCapacity} element, for a single-item operation as for each
   * table of a multi-item one ({@link CapacityTally}): the total; with INDEXES the table's own
   * units and each index's.
   *
   * @param splitReadWrite whether to show read and write units apart too (transactions)
   */
  static void putElement(ObjectNode capacity, String returnConsumedCapacity, String tableName,
      double read, double write, Map<String, Double> globalIndexUnits,
      Map<String, Double> localIndexUnits, boolean splitReadWrite) {
    double indexes = 0;
    for (double units : globalIndexUnits.values()) {
      indexes += units;
    }
    for (double units : localIndexUnits.values()) {
      indexes += units;
    }
    capacity.put("TableName", tableName);
    capacity.put("CapacityUnits", read + write + indexes);
    if (splitReadWrite) {
      putSplit(capacity, read, write + indexes);
    }
    if ("INDEXES".equals(returnConsumedCapacity)) {
      ObjectNode table = capacity.putObject("Table");
      table.put("CapacityUnits", read + write);
      if (splitReadWrite) {
        putSplit(table, read, write);
      }
      putIndexes(capacity, "GlobalSecondaryIndexes", globalIndexUnits, splitReadWrite);
      putIndexes(capacity, "LocalSecondaryIndexes", localIndexUnits, splitReadWrite);
    }
  }

  private static void putSplit(ObjectNode capacity, double read, double write) {
    if (read > 0) {
      capacity.put("ReadCapacityUnits", read);
    }
    if (write > 0) {
      capacity.put("WriteCapacityUnits", write);
    }
  }

  private static void putIndexes(ObjectNode capacity, String member, Map<String, Double> units,
      boolean splitReadWrite) {
    if (units.isEmpty()) {
      return;
    }
    ObjectNode indexes = capacity.putObject(member);
    for (Map.Entry<String, Double> index : units.entrySet()) {
      ObjectNode entry = indexes.putObject(index.getKey());
      entry.put("CapacityUnits", index.getValue());
      if (splitReadWrite) {
        entry.put("WriteCapacityUnits", index.getValue());
      }
    }
  }
}
