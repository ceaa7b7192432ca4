package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.ItemKey;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * {@code BatchWriteItem}: up to 25 puts and deletes across tables, each atomic on its own item (the
 * batch as a whole is not). The whole request is validated before anything is written: an invalid
 * write refuses the batch.
 *
 * <p>DynamoDB may leave writes unprocessed (throttling); here all are processed, unless the fault
 * injector asks otherwise through {@link #executePartially}: the writes it leaves out are returned
 * in {@code UnprocessedItems}, ready to be sent again.
 */
public final class BatchWriteItem implements BatchOperation {
  private final Engine engine;

  public BatchWriteItem(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "BatchWriteItem";
  }

  @Override
  public ObjectNode executePartially(ObjectNode request, IntPredicate processed) {
    BatchWriteRequest batch = BatchWriteRequest.parse(request);
    List<ResolvedWrite> writes = resolve(batch);

    CapacityTally capacity = new CapacityTally();
    List<BatchWriteRequest.Write> unprocessed = new ArrayList<>();
    Map<Table, Set<Value>> collectionKeys = new LinkedHashMap<>();
    for (int i = 0; i < writes.size(); i++) {
      ResolvedWrite write = writes.get(i);
      if (!processed.test(i)) {
        unprocessed.add(write.write());
        continue;
      }
      Map<String, Value> newItem = write.write().isPut() ? write.write().itemOrKey() : null;
      Table.WriteResult result = write.table().mutate(write.key(), current -> newItem);
      capacity.write(write.table().definition(), result.oldItem(), newItem, 1);
      if (!write.table().definition().localIndexes().isEmpty()) {
        collectionKeys.computeIfAbsent(write.table(), table -> new LinkedHashSet<>())
            .add(write.key().partition());
      }
    }

    ObjectNode response = Requests.JSON.objectNode();
    response.set("UnprocessedItems", BatchWriteRequest.unprocessedItems(unprocessed));
    capacity.render(response, batch.returnConsumedCapacity, false);
    if ("SIZE".equals(batch.returnItemCollectionMetrics) && !collectionKeys.isEmpty()) {
      response.set("ItemCollectionMetrics", itemCollectionMetrics(collectionKeys));
    }
    return response;
  }

  /** A validated write: its table and key. */
  private record ResolvedWrite(BatchWriteRequest.Write write, Table table, PrimaryKey key) {}

  /**
   * Checks every write against its table, as DynamoDB does before writing: the table exists, the
   * item or key matches the key schema, no item is written twice.
   */
  private List<ResolvedWrite> resolve(BatchWriteRequest batch) {
    List<ResolvedWrite> resolved = new ArrayList<>();
    for (BatchWriteRequest.TableWrites tableWrites : batch.tables) {
      Table table = engine.usableTable(tableWrites.tableName());
      Set<ItemKey> seen = new HashSet<>();
      for (BatchWriteRequest.Write write : tableWrites.writes()) {
        PrimaryKey key;
        try {
          key = write.isPut()
              ? table.definition().validateItem(write.itemOrKey())
              : table.keySchema().keyOfKey(write.itemOrKey());
        } catch (DynamoException e) {
          throw keyMismatch(e);
        }
        if (!seen.add(table.itemKey(key))) {
          throw DynamoException.validation("Provided list of item keys contains duplicates");
        }
        resolved.add(new ResolvedWrite(write, table, key));
      }
    }
    return resolved;
  }

  /** BatchWriteItem reports a put's missing or mistyped key as a key not matching the schema. */
  private static DynamoException keyMismatch(DynamoException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("Missing the key ") || message.contains("Type mismatch for key ")) {
      return DynamoException.validation("The provided key element does not match the schema");
    }
    return e;
  }

  /**
   * One size estimate per item collection written (only tables with local secondary indexes have
   * item collections); the estimate is DynamoDB's smallest range, as collections here are small.
   */
  static ObjectNode itemCollectionMetrics(Map<Table, Set<Value>> collectionKeys) {
    ObjectNode metrics = Requests.JSON.objectNode();
    for (Map.Entry<Table, Set<Value>> entry : collectionKeys.entrySet()) {
      ArrayNode collections = metrics.putArray(entry.getKey().name());
      String partitionKey = entry.getKey().keySchema().partitionKey();
      for (Value partition : entry.getValue()) {
        ObjectNode collection = collections.addObject();
        collection.putObject("ItemCollectionKey").set(partitionKey, ValueJson.write(partition));
        ArrayNode range = collection.putArray("SizeEstimateRangeGB");
        range.add(0.0);
        range.add(1.0);
      }
    }
    return metrics;
  }
}
