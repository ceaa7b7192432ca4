package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * {@code BatchGetItem}: up to 100 keys across tables, each item read whole (reads here are always
 * strongly consistent, whatever {@code ConsistentRead} says; capacity is charged as asked).
 *
 * <p>A response holds at most 16 MB of items; the keys beyond are returned in {@code
 * UnprocessedKeys}, as DynamoDB does. The fault injector can leave more keys unprocessed through
 * {@link #executePartially}.
 */
public final class BatchGetItem implements BatchOperation {
  /** "A single operation can retrieve up to 16 MB of data." */
  static final long MAX_RESPONSE_SIZE = 16L * 1024 * 1024;

  private final Engine engine;
  private final long maxResponseSize;

  public BatchGetItem(Engine engine) {
    this(engine, MAX_RESPONSE_SIZE);
  }

  /** With another response size limit, for tests of {@code UnprocessedKeys}. */
  BatchGetItem(Engine engine, long maxResponseSize) {
    this.engine = engine;
    this.maxResponseSize = maxResponseSize;
  }

  @Override
  public String name() {
    return "BatchGetItem";
  }

  @Override
  public ObjectNode executePartially(ObjectNode request, IntPredicate processed) {
    BatchGetRequest batch = BatchGetRequest.parse(request);
    List<Table> tables = new ArrayList<>();
    List<List<PrimaryKey>> keys = new ArrayList<>();
    for (BatchGetRequest.TableReads reads : batch.tables) {
      Table table = engine.usableTable(reads.tableName());
      List<PrimaryKey> tableKeys = new ArrayList<>();
      for (Map<String, Value> key : reads.keys()) {
        tableKeys.add(table.keySchema().keyOfKey(key));
      }
      tables.add(table);
      keys.add(tableKeys);
    }

    ObjectNode response = Requests.JSON.objectNode();
    ObjectNode responses = response.putObject("Responses");
    Map<String, List<Map<String, Value>>> unprocessed = new LinkedHashMap<>();
    CapacityTally capacity = new CapacityTally();
    long responseSize = 0;
    int position = 0;
    for (int t = 0; t < tables.size(); t++) {
      BatchGetRequest.TableReads reads = batch.tables.get(t);
      Table table = tables.get(t);
      ArrayNode items = responses.putArray(table.name());
      capacity.touch(table.name());
      for (int k = 0; k < keys.get(t).size(); k++, position++) {
        Map<String, Value> requestedKey = reads.keys().get(k);
        if (!processed.test(position)) {
          unprocessed.computeIfAbsent(table.name(), name -> new ArrayList<>()).add(requestedKey);
          continue;
        }
        Map<String, Value> item = table.get(keys.get(t).get(k));
        Map<String, Value> returned = item == null ? null : reads.projection().apply(item);
        long returnedSize = returned == null ? 0 : ItemSize.of(returned);
        if (returned != null && responseSize + returnedSize > maxResponseSize) {
          unprocessed.computeIfAbsent(table.name(), name -> new ArrayList<>()).add(requestedKey);
          continue;
        }
        // Capacity is charged on the whole item, whatever the projection returns of it.
        capacity.read(table.name(), Capacity.readUnits(
            item == null ? 0 : ItemSize.of(item), reads.consistentRead()));
        if (returned != null) {
          responseSize += returnedSize;
          items.add(ValueJson.writeItem(returned));
        }
      }
    }

    ObjectNode unprocessedKeys = response.putObject("UnprocessedKeys");
    for (BatchGetRequest.TableReads reads : batch.tables) {
      List<Map<String, Value>> left = unprocessed.get(reads.tableName());
      if (left != null) {
        unprocessedKeys.set(reads.tableName(), BatchGetRequest.unprocessed(reads, left));
      }
    }
    capacity.render(response, batch.returnConsumedCapacity, false);
    return response;
  }
}
