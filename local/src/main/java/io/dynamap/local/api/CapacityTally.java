package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Capacity units consumed by a multi-item operation, per table in the order first met, rendered
 * as DynamoDB's {@code ConsumedCapacity} list. Units are {@link Capacity}'s; transactional reads
 * and writes cost twice as much (developer guide, "Capacity management for transactions").
 */
final class CapacityTally {
  private static final class Units {
    double read;
    double write;
  }

  private final Map<String, Units> tables = new LinkedHashMap<>();

  /** Units of reading an item of {@code size} bytes (0 when absent: one unit still). */
  static double readUnits(long size, boolean consistent) {
    return Capacity.readUnits(size, consistent);
  }

  /** Units of writing: the larger of the item's sizes before and after, one unit at least. */
  static double writeUnits(Map<String, Value> before, Map<String, Value> after) {
    return Capacity.writeUnits(before, after);
  }

  /** Makes {@code table} appear (with zero units) even where nothing is charged to it. */
  void touch(String table) {
    tables.computeIfAbsent(table, name -> new Units());
  }

  void read(String table, double units) {
    tables.computeIfAbsent(table, name -> new Units()).read += units;
  }

  void write(String table, double units) {
    tables.computeIfAbsent(table, name -> new Units()).write += units;
  }

  /** Whether {@code ReturnConsumedCapacity} asks for the capacity. */
  static boolean wanted(String returnConsumedCapacity) {
    return "TOTAL".equals(returnConsumedCapacity) || "INDEXES".equals(returnConsumedCapacity);
  }

  /**
   * Adds {@code ConsumedCapacity} to {@code response} where {@code returnConsumedCapacity} asks
   * for it; with INDEXES each entry also has the table's own share.
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
      capacity.put("CapacityUnits", units.read + units.write);
      if (splitReadWrite) {
        putSplit(capacity, units);
      }
      if ("INDEXES".equals(returnConsumedCapacity)) {
        ObjectNode table = capacity.putObject("Table");
        table.put("CapacityUnits", units.read + units.write);
        if (splitReadWrite) {
          putSplit(table, units);
        }
      }
    }
  }

  private static void putSplit(ObjectNode capacity, Units units) {
    if (units.read > 0) {
      capacity.put("ReadCapacityUnits", units.read);
    }
    if (units.write > 0) {
      capacity.put("WriteCapacityUnits", units.write);
    }
  }
}
