package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.ItemKey;
import io.dynamap.local.engine.KeyLocks;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.engine.TransactionLog;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code TransactWriteItems}: up to 100 condition checks, puts, deletes and updates across tables,
 * applied all or none ("Managing complex workflows with DynamoDB transactions").
 *
 * <p>Isolation: the transaction locks every item it touches at once, in the engine's global lock
 * order, then evaluates every condition and computes every new item, then writes them all, then
 * unlocks. Single-item writes take the same per-item locks, so transactions are serializable
 * with each other and with them, and {@link TransactGetItems} (which locks the same way) never
 * sees half a transaction.
 *
 * <p>A failed condition, or an update that cannot apply, cancels the transaction with {@code
 * TransactionCanceledException} and one reason per action, in the request's order. A {@code
 * ClientRequestToken} makes the transaction idempotent for 10 minutes ({@link TransactionLog}).
 */
public final class TransactWriteItems implements Operation {
  private final Engine engine;
  private final TransactionLog<Applied> log;

  public TransactWriteItems(Engine engine) {
    this.engine = engine;
    this.log = new TransactionLog<>(engine.clock());
  }

  @Override
  public String name() {
    return "TransactWriteItems";
  }

  /** What a successful transaction did, remembered for its token's replays. */
  private record Applied(CapacityTally written, CapacityTally replayed, ObjectNode metrics) {}

  @Override
  public ObjectNode execute(ObjectNode request) {
    TransactWriteRequest transaction = TransactWriteRequest.parse(request);
    TransactionLog.Outcome<Applied> outcome =
        log.run(transaction.clientRequestToken, parameters(request), () -> apply(transaction));
    Applied applied = outcome.result();
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    // A replay reports what reading the items cost, as the API reference says, not the writes.
    (outcome.replayed() ? applied.replayed() : applied.written())
        .render(response, transaction.returnConsumedCapacity, true);
    if ("SIZE".equals(transaction.returnItemCollectionMetrics) && applied.metrics() != null) {
      response.set("ItemCollectionMetrics", applied.metrics().deepCopy());
    }
    return response;
  }

  /** The request's parameters that a token's repetition must keep (all but the token). */
  private static ObjectNode parameters(ObjectNode request) {
    ObjectNode parameters = request.deepCopy();
    parameters.remove("ClientRequestToken");
    parameters.remove("ReturnConsumedCapacity");
    return parameters;
  }

  /** An action checked against its table: where it writes, and what it writes once computed. */
  private static final class Step {
    final TransactWriteRequest.Action action;
    final Table table;
    final PrimaryKey key;
    Map<String, Value> oldItem;
    Map<String, Value> newItem;

    Step(TransactWriteRequest.Action action, Table table, PrimaryKey key) {
      this.action = action;
      this.table = table;
      this.key = key;
    }

    boolean writes() {
      return action.kind() != TransactWriteRequest.Kind.CONDITION_CHECK;
    }
  }

  private Applied apply(TransactWriteRequest transaction) {
    List<Step> steps = resolve(transaction);
    List<ItemKey> keys = new ArrayList<>();
    for (Step step : steps) {
      keys.add(step.table.itemKey(step.key));
    }
    try (KeyLocks.Held held = engine.lockKeys(keys)) {
      List<ObjectNode> reasons = new ArrayList<>();
      boolean cancelled = false;
      for (Step step : steps) {
        ObjectNode reason = evaluate(step);
        cancelled |= reason != null;
        reasons.add(reason == null ? reason("None", null) : reason);
      }
      if (cancelled) {
        throw cancellation(reasons);
      }
      CapacityTally written = new CapacityTally();
      CapacityTally replayed = new CapacityTally();
      Map<Table, Set<Value>> collections = new LinkedHashMap<>();
      for (Step step : steps) {
        long oldSize = step.oldItem == null ? 0 : ItemSize.of(step.oldItem);
        replayed.read(step.table.name(), Capacity.readUnits(oldSize, true));
        if (!step.writes()) {
          written.read(step.table.name(), 2 * Capacity.readUnits(oldSize, true));
          continue;
        }
        step.table.write(step.key, step.newItem);
        written.write(step.table.definition(), step.oldItem, step.newItem, 2);
        if (!step.table.definition().localIndexes().isEmpty()) {
          collections.computeIfAbsent(step.table, table -> new LinkedHashSet<>())
              .add(step.key.partition());
        }
      }
      ObjectNode metrics = collections.isEmpty()
          ? null : BatchWriteItem.itemCollectionMetrics(collections);
      return new Applied(written, replayed, metrics);
    }
  }

  /**
   * Checks every action against its table before anything is locked: the table exists, the key
   * or item matches its schema, an update leaves the key alone, no item is touched twice.
   */
  private List<Step> resolve(TransactWriteRequest transaction) {
    List<Step> steps = new ArrayList<>();
    Set<ItemKey> seen = new HashSet<>();
    for (TransactWriteRequest.Action action : transaction.actions) {
      Table table = engine.usableTable(action.tableName());
      PrimaryKey key = action.kind() == TransactWriteRequest.Kind.PUT
          ? table.definition().validateItem(action.item())
          : table.keySchema().keyOfKey(action.key());
      if (action.update() != null) {
        for (String attribute : action.update().topLevelAttributes()) {
          if (table.keySchema().isKeyAttribute(attribute)) {
            throw DynamoException.validation("One or more parameter values were invalid: Cannot"
                + " update attribute " + attribute + ". This attribute is part of the key");
          }
        }
      }
      if (!seen.add(table.itemKey(key))) {
        throw DynamoException.validation(
            "Transaction request cannot include multiple operations on one item");
      }
      steps.add(new Step(action, table, key));
    }
    return steps;
  }

  /**
   * Reads the step's item (its lock is held), tests its condition and computes its new item;
   * returns the reason to cancel the transaction, or null where the step can apply.
   */
  private static ObjectNode evaluate(Step step) {
    TransactWriteRequest.Action action = step.action;
    step.oldItem = step.table.get(step.key);
    Map<String, Value> current = step.oldItem == null ? Map.of() : step.oldItem;
    try {
      if (action.condition() != null && !action.condition().test(current)) {
        ObjectNode reason = reason("ConditionalCheckFailed", "The conditional request failed");
        if (action.returnOldItemOnFailure() && step.oldItem != null) {
          reason.set("Item", ValueJson.writeItem(step.oldItem));
        }
        return reason;
      }
      switch (action.kind()) {
        case PUT:
          step.newItem = action.item();
          break;
        case DELETE:
          step.newItem = null;
          break;
        case UPDATE:
          step.newItem = updatedItem(step, current);
          break;
        default:
          step.newItem = step.oldItem;
          break;
      }
    } catch (DynamoException e) {
      // An error found while applying an action to its item cancels the transaction.
      return reason("ValidationError", e.getMessage());
    }
    return null;
  }

  private static Map<String, Value> updatedItem(Step step, Map<String, Value> current) {
    Map<String, Value> updated = new LinkedHashMap<>();
    if (step.oldItem == null) {
      // An update of a missing item creates it from its key.
      updated.putAll(step.table.keySchema().toMap(step.key));
    }
    updated.putAll(current);
    updated = new LinkedHashMap<>(step.action.update().apply(updated));
    if (ItemSize.of(updated) > Requests.MAX_ITEM_SIZE) {
      throw DynamoException.validation("Item size to update has exceeded the maximum allowed size");
    }
    step.table.definition().validateIndexKeys(updated);
    return updated;
  }

  private static ObjectNode reason(String code, String message) {
    ObjectNode reason = JsonNodeFactory.instance.objectNode();
    reason.put("Code", code);
    if (message != null) {
      reason.put("Message", message);
    }
    return reason;
  }

  /** DynamoDB's {@code TransactionCanceledException}, its reasons' codes listed in the message. */
  static DynamoException cancellation(List<ObjectNode> reasons) {
    List<String> codes = new ArrayList<>();
    ObjectNode extra = JsonNodeFactory.instance.objectNode();
    ArrayNode list = extra.putArray("CancellationReasons");
    for (ObjectNode reason : reasons) {
      codes.add(reason.get("Code").asText());
      list.add(reason);
    }
    return DynamoException.withExtra("TransactionCanceledException", 400,
        "Transaction cancelled, please refer cancellation reasons for specific reasons ["
            + String.join(", ", codes) + "]", extra);
  }
}
