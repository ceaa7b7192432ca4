package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Capacity units consumed by a multi-item operation, per table in the order first met, rendered
 * as DynamoDB's {@code ConsumedCapacity} list. Units follow the developer guide's "Read/write
 * capacity mode": a read is one unit per 4 KB (half for an eventually consistent read), a write
 * one unit per KB; transactional reads and writes cost twice as much.
 */
final class CapacityTally {
  private static final double READ_UNIT_BYTES = 4096;
  private static final double WRITE_UNIT_BYTES = 1024;

  private static final class Units {
    double read;
    double write;
  }

  private final Map<String, Units> tables = new LinkedHashMap<>();

  /** Units of reading an item of {@code size} bytes (0 when absent: one unit still). */
  static double readUnits(long size, boolean consistent) {
    double units = Math.max(1, Math.ceil(size / READ_UNIT_BYTES));
    return consistent ? units : units / 2;
  }

  /** Units of writing: the larger of the item's sizes before and after, one unit at least. */
  static double writeUnits(long sizeBefore, long sizeAfter) {
    return Math.max(1, Math.ceil(Math.max(sizeBefore, sizeAfter) / WRITE_UNIT_BYTES));
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

  static ObjectNode newResponse() {
    return JsonNodeFactory.instance.objectNode();
  }
}
