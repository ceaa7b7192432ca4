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
  }

  private final Map<String, Units> tables = new LinkedHashMap<>();

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

  /**
   * Adds {@code ConsumedCapacity} to {@code response} where {@code returnConsumedCapacity} asks
   * for it: an element a table, as {@link Capacity#putElement} fills it.
   *
   * @param splitReadWrite whether to show read and write units apart (transactions)
   */
  void render(ObjectNode response, String returnConsumedCapacity, boolean splitReadWrite) {
    if (!Capacity.requested(returnConsumedCapacity)) {
      return;
    }
    ArrayNode list = response.putArray("ConsumedCapacity");
    for (Map.Entry<String, Units> entry : tables.entrySet()) {
      Units units = entry.getValue();
      Capacity.putElement(list.addObject(), returnConsumedCapacity, entry.getKey(), units.read,
          units.write, units.globalIndexes, units.localIndexes, splitReadWrite);
    }
  }
}
