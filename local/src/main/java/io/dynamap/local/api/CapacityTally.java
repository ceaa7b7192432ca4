package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Capacity units consumed by a multi-item operation, per table in the order first met, rendered
 * as DynamoDB's {@code ConsumedCapacity} list. Units are {@link Capacity}'s, secondary indexes'
 * writes included as for single-item writes; transactional reads and writes cost twice as much
 * (developer guide, "Capacity management for transactions").
 */
final class CapacityTally {
  private static final class Units {
    double read;
    double write;
    final Map<String, Double> globalIndexes = new LinkedHashMap<>();
    final Map<String, Double> localIndexes = new LinkedHashMap<>();

    double indexes() {
      double sum = 0;
      for (double units : globalIndexes.values()) {
        sum += units;
      }
      for (double units : localIndexes.values()) {
        sum += units;
      }
      return sum;
    }
  }

  private final Map<String, Units> tables = new LinkedHashMap<>();

  /** Units of reading an item of {@code size} bytes (0 when absent: one unit still). */
  static double readUnits(long size, boolean consistent) {
    return Capacity.readUnits(size, consistent);
  }

  private Units units(String table) {
    return tables.computeIfAbsent(table, name -> new Units());
  }

  /** Makes {@code table} appear (with zero units) even where nothing is charged to it. */
  void touch(String table) {
    units(table);
  }

  void read(String table, double units) {
    units(table).read += units;
  }

  /**
   * Charges writing an item (null before: created; null after: deleted) to its table and to each
   * secondary index the write changes.
   *
   * @param factor 1, or 2 for a transactional write
   */
  void write(TableDefinition table, Map<String, Value> before, Map<String, Value> after,
      double factor) {
    Units units = units(table.name());
    units.write += factor * Capacity.writeUnits(before, after);
    Map<Boolean, Map<String, Double>> indexes = Capacity.indexWriteUnits(table, before, after);
    indexes.get(true).forEach((index, used) ->
        units.globalIndexes.merge(index, factor * used, Double::sum));
    indexes.get(false).forEach((index, used) ->
        units.localIndexes.merge(index, factor * used, Double::sum));
  }

  /** Whether {@code ReturnConsumedCapacity} asks for the capacity. */
  static boolean wanted(String returnConsumedCapacity) {
    return "TOTAL".equals(returnConsumedCapacity) || "INDEXES".equals(returnConsumedCapacity);
  }

  /**
   * Adds {@code ConsumedCapacity} to {@code response} where {@code returnConsumedCapacity} asks
   * for it; with INDEXES each entry also has the table's own share and each index's.
   *
   * @param splitReadWrite whether to show read and write units apart (transactions)
   */
  void render(ObjectNode response, String returnConsumedCapacity, boolean splitReadWrite) {
    if (!wanted(returnConsumedCapacity)) {
      return;
    }
    ArrayNode list = response.putArray("ConsumedCapacity");
    for (Map.Entry<String, Units> entry : tables.entrySet()) {
      Units units = entry.getValue();
      ObjectNode capacity = list.addObject();
      capacity.put("TableName", entry.getKey());
      capacity.put("CapacityUnits", units.read + units.write + units.indexes());
      if (splitReadWrite) {
        putSplit(capacity, units.read, units.write + units.indexes());
      }
      if ("INDEXES".equals(returnConsumedCapacity)) {
        ObjectNode table = capacity.putObject("Table");
        table.put("CapacityUnits", units.read + units.write);
        if (splitReadWrite) {
          putSplit(table, units.read, units.write);
        }
        putIndexes(capacity, "GlobalSecondaryIndexes", units.globalIndexes, splitReadWrite);
        putIndexes(capacity, "LocalSecondaryIndexes", units.localIndexes, splitReadWrite);
      }
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
