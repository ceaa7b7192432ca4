package io.dynamap.runtime.tx;

import io.dynamap.runtime.DynamapErrors;
import io.dynamap.runtime.DynamapException;
import io.dynamap.runtime.ItemSchema;
import io.dynamap.runtime.KeyDefinition;
import io.dynamap.runtime.OptimisticLock;
import io.dynamap.runtime.TransactionCancelledException;
import io.dynamap.runtime.TransactionCancelledException.Outcome;
import io.dynamap.runtime.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** What write and read transactions share: their actions, limits and error mapping. */
final class TxSupport {

  private TxSupport() {}

  /** One action of a transaction, as it is described and identified. */
  record Action(
      int index,
      String operation,
      String tableName,
      Map<String, AttributeValue> key,
      ItemSchema<?> schema,
      List<Object> identity,
      OptimisticLock<?> lock) {

    String description() {
      return "#" + index + " " + operation + " on table " + tableName + ", key " + describeKey(key)
          + (lock == null ? "" : " at " + lock);
    }
  }

  /** The action at the next position, not versioned; see {@link #add(List, String, String, ItemSchema, Map, String, OptimisticLock)}. */
  static Action add(
      List<Action> actions,
      String operation,
      String tableName,
      ItemSchema<?> schema,
      Map<String, AttributeValue> keyOrItem,
      String kind) {
    return add(actions, operation, tableName, schema, keyOrItem, kind, null);
  }

  /**
   * The action at the next position, refused if the transaction is full or has its item; {@code
   * lock} is the optimistic lock of a versioned write, named in its description, or null.
   */
  static Action add(
      List<Action> actions,
      String operation,
      String tableName,
      ItemSchema<?> schema,
      Map<String, AttributeValue> keyOrItem,
      String kind,
      OptimisticLock<?> lock) {
    KeyDefinition definition = schema.key();
    Map<String, AttributeValue> key = new LinkedHashMap<>(2);
    String partition = definition.partitionKey().name();
    AttributeValue partitionValue = keyOrItem.get(partition);
    if (partitionValue == null) {
      throw new IllegalArgumentException(
          operation + " on table " + tableName + ": the key " + keyOrItem.keySet()
              + " lacks the partition key " + partition);
    }
    key.put(partition, partitionValue);
    definition.sortKeyIfAny().ifPresent(sort -> {
      AttributeValue value = keyOrItem.get(sort.name());
      if (value == null) {
        throw new IllegalArgumentException(
            operation + " on table " + tableName + ": the key " + keyOrItem.keySet()
                + " lacks the sort key " + sort.name());
      }
      key.put(sort.name(), value);
    });
    List<Object> identity = new ArrayList<>(3);
    identity.add(tableName);
    key.values().forEach(v -> identity.add(Values.keyComponent(v)));
    Action action =
        new Action(
            actions.size(), operation, tableName, Map.copyOf(key), schema, List.copyOf(identity), lock);
    if (actions.size() >= Transaction.MAX_ACTIONS) {
      throw new IllegalArgumentException(
          "cannot add " + action.description() + ": a " + kind + " transaction holds at most "
              + Transaction.MAX_ACTIONS + " actions");
    }
    for (Action other : actions) {
      if (other.identity().equals(action.identity())) {
        throw new IllegalArgumentException(
            "cannot add " + action.description() + ": " + other.description()
                + " is on the same item, and DynamoDB refuses a transaction with two actions on"
                + " one item");
      }
    }
    actions.add(action);
    return action;
  }

  /** The exception for a failed transaction call; a cancellation maps each reason to its action. */
  static DynamapException translate(SdkException e, String operation, List<Action> actions) {
    DynamapException translated = DynamapErrors.translate(e, operation, null);
    if (!(e instanceof TransactionCanceledException cancelled)
        || !cancelled.hasCancellationReasons()) {
      return translated;
    }
    List<CancellationReason> reasons = cancelled.cancellationReasons();
    List<Outcome> outcomes = new ArrayList<>(actions.size());
    List<String> failed = new ArrayList<>();
    for (Action action : actions) {
      CancellationReason reason = action.index() < reasons.size() ? reasons.get(action.index()) : null;
      String code = reason == null || reason.code() == null ? "None" : reason.code();
      String message = reason == null ? null : reason.message();
      Map<String, AttributeValue> item =
          reason != null && reason.hasItem() ? reason.item() : Map.of();
      Outcome outcome =
          new Outcome(
              action.index(),
              action.operation(),
              action.tableName(),
              action.key(),
              action.description(),
              code,
              message,
              item,
              action.schema());
      outcomes.add(outcome);
      if (outcome.failed()) {
        failed.add(outcome.toString());
      }
    }
    String summary = failed.isEmpty() ? translated.getMessage() : String.join("; ", failed);
    String requestId = cancelled.requestId();
    return new TransactionCancelledException(
        operation
            + " was cancelled, so none of its "
            + ("TransactWriteItems".equals(operation) ? "writes were made" : "items were read")
            + ": "
            + summary
            + (requestId == null ? "" : " [request id " + requestId + "]"),
        e,
        operation,
        null,
        outcomes);
  }

  static String describeKey(Map<String, AttributeValue> key) {
    return Values.describeKey(key);
  }
}
