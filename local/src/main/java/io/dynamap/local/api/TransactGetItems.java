package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.ItemKey;
import io.dynamap.local.engine.KeyLocks;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code TransactGetItems}: up to 100 gets across tables, read together as of one instant. The
 * items' locks are all taken (in the engine's global order) while reading, so a transaction
 * writing some of them is seen entirely or not at all ("Isolation levels for DynamoDB
 * transactions": serializable with TransactWriteItems and single-item writes).
 */
public final class TransactGetItems implements Operation {
  private final Engine engine;

  public TransactGetItems(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "TransactGetItems";
  }

  @Override
  public ObjectNode execute(ObjectNode request) {
    TransactGetRequest transaction = TransactGetRequest.parse(request);
    List<Table> tables = new ArrayList<>();
    List<PrimaryKey> keys = new ArrayList<>();
    List<ItemKey> itemKeys = new ArrayList<>();
    Set<ItemKey> seen = new HashSet<>();
    for (TransactGetRequest.Get get : transaction.gets) {
      Table table = engine.usableTable(get.tableName());
      PrimaryKey key = table.keySchema().keyOfKey(get.key());
      ItemKey itemKey = table.itemKey(key);
      if (!seen.add(itemKey)) {
        throw DynamoException.validation(
            "Transaction request cannot include multiple operations on one item");
      }
      tables.add(table);
      keys.add(key);
      itemKeys.add(itemKey);
    }

    List<Map<String, Value>> items = new ArrayList<>();
    try (KeyLocks.Held held = engine.lockKeys(itemKeys)) {
      for (int i = 0; i < keys.size(); i++) {
        items.add(tables.get(i).get(keys.get(i)));
      }
    }

    ObjectNode response = Requests.JSON.objectNode();
    ArrayNode responses = response.putArray("Responses");
    CapacityTally capacity = new CapacityTally();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Value> item = items.get(i);
      ObjectNode entry = responses.addObject();
      if (item != null) {
        entry.set("Item", ValueJson.writeItem(transaction.gets.get(i).projection().apply(item)));
      }
      // Transactional reads cost twice a strongly consistent read.
      capacity.read(tables.get(i).name(),
          2 * Capacity.readUnits(item == null ? 0 : ItemSize.of(item), true));
    }
    capacity.render(response, transaction.returnConsumedCapacity, true);
    return response;
  }
}
