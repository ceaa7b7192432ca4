package io.dynamap.runtime.core;

import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.error.TransactionCancelledException.Outcome;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.expr.UpdateExpression;
import io.dynamap.runtime.schema.GeneratedValue;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.ItemSizes;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.OptimisticLock;
import io.dynamap.runtime.schema.Values;
import io.dynamap.runtime.tx.TransactGetResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * What transactions do apart from sending, written once for the blocking {@code Transaction} and
 * the non-blocking one: each action checked and turned into its part of the request ({@link
 * WriteActions}, {@link GetActions}), the read items given back typed ({@link TransactGetResult}),
 * and a failed call turned into Dynamap's exception, a cancellation into a {@link
 * TransactionCancelledException} with each action's outcome ({@link #translate}).
 */
public final class TransactionCore {
  /** DynamoDB's limit of actions in one transaction. */
  public static final int MAX_ACTIONS = 100;

  private TransactionCore() {}

  /**
   * One action of a transaction, as it is described and identified.
   *
   * @param index its position in the transaction, from 0
   * @param operation {@code Put}, {@code Update}, {@code Delete}, {@code ConditionCheck} or {@code
   *     Get}
   * @param tableName the physical table name
   * @param key the item's primary key
   * @param schema the entity's schema, to decode the item a cancellation returns
   * @param identity the table and key values compared as DynamoDB compares them
   * @param lock the optimistic lock of a versioned write, or {@code null}
   */
  public record Action(
      int index,
      String operation,
      String tableName,
      Map<String, AttributeValue> key,
      ItemSchema<?> schema,
      List<Object> identity,
      OptimisticLock<?> lock) {

    /**
     * The action for messages.
     *
     * @return such as {@code #2 Put on table Orders, key {customerId="c-1"} at version 3}
     */
    public String description() {
      return "#" + index + " " + operation + " on table " + tableName + ", key " + describeKey(key)
          + (lock == null ? "" : " at " + lock);
    }
  }

  /**
   * The action at the next position, refused if the transaction is full or has its item; {@code
   * lock} is the optimistic lock of a versioned write, named in its description, or null.
   */
  private static Action add(
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
    if (actions.size() >= MAX_ACTIONS) {
      throw new IllegalArgumentException(
          "cannot add " + action.description() + ": a " + kind + " transaction holds at most "
              + MAX_ACTIONS + " actions");
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

  /**
   * The exception for a failed transaction call; a cancellation maps each reason to its action.
   *
   * @param e the SDK's exception (unwrapped from a {@code CompletionException} for the
   *     non-blocking client)
   * @param operation {@code TransactWriteItems} or {@code TransactGetItems}
   * @param actions the transaction's actions, in order
   * @return a {@link TransactionCancelledException} with each action's outcome for a cancellation,
   *     otherwise what {@link DynamapErrors#translate} makes of it
   */
  public static DynamapException translate(
      SdkException e, String operation, List<Action> actions) {
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

  /**
   * A key for messages.
   *
   * @param key a key
   * @return such as {@code {customerId="c-1"}}
   */
  public static String describeKey(Map<String, AttributeValue> key) {
    return Values.describeKey(key);
  }

  /**
   * The actions of a write transaction ({@code TransactWriteItems}) and the request they make. A
   * builder: mutable, for one thread. Each method checks its action when it is added.
   */
  public static final class WriteActions {
    private final List<Action> actions = new ArrayList<>();
    private final List<TransactWriteItem> items = new ArrayList<>();
    private String idempotencyToken;

    /** No actions yet. */
    public WriteActions() {}

    /**
     * Adds a put of the entity, conditioned on the version of a versioned entity and on {@code
     * condition} if there is one.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param entity the entity; not null
     * @param condition a condition on the stored item, or {@code null}
     * @throws IllegalArgumentException if the transaction is full or already has an action on
     *     this item
     * @throws ItemMappingException if the entity cannot be stored or is over 400 KB
     */
    public <T> void put(EntityTable<T> table, T entity, Condition<T> condition) {
      Objects.requireNonNull(table, "repository");
      Objects.requireNonNull(entity, "entity");
      OptimisticLock<T> lock = OptimisticLock.of(table.schema(), entity).orElse(null);
      Map<String, AttributeValue> item = itemOf(table, entity, lock);
      add(actions, "Put", table.tableName(), table.schema(), item, "write", lock);
      Put.Builder put = Put.builder().tableName(table.tableName()).item(item);
      Condition<T> all = lock == null ? condition : lock.and(condition);
      if (all != null) {
        Expression e = all.toExpression();
        put.conditionExpression(e.text())
            .expressionAttributeNames(e.names())
            .expressionAttributeValues(nullIfEmpty(e.values()))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
      }
      items.add(TransactWriteItem.builder().put(put.build()).build());
    }

    /**
     * Adds a delete of the item with the entity's key, conditioned on the version of a versioned
     * entity and on {@code condition} if there is one.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param entity the entity; not null
     * @param condition a condition on the stored item, or {@code null}
     * @throws IllegalArgumentException if the transaction is full or already has an action on
     *     this item
     */
    public <T> void delete(EntityTable<T> table, T entity, Condition<T> condition) {
      Objects.requireNonNull(table, "repository");
      Map<String, AttributeValue> key = keyOf(table, entity);
      OptimisticLock<T> lock = OptimisticLock.of(table.schema(), entity).orElse(null);
      delete(table, key, lock == null ? condition : lock.and(condition), lock);
    }

    /**
     * Adds a delete by key, not versioned.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param key the item's primary key attributes, as stored; not null
     * @param condition a condition on the stored item, or {@code null}
     * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full,
     *     or it already has an action on this item
     */
    public <T> void deleteByKey(
        EntityTable<T> table, Map<String, AttributeValue> key, Condition<T> condition) {
      Objects.requireNonNull(table, "repository");
      Objects.requireNonNull(key, "key");
      delete(table, key, condition, null);
    }

    private <T> void delete(
        EntityTable<T> table,
        Map<String, AttributeValue> key,
        Condition<T> condition,
        OptimisticLock<T> lock) {
      Action action =
          add(actions, "Delete", table.tableName(), table.schema(), key, "write", lock);
      Delete.Builder delete = Delete.builder().tableName(table.tableName()).key(action.key());
      if (condition != null) {
        Expression e = condition.toExpression();
        delete
            .conditionExpression(e.text())
            .expressionAttributeNames(e.names())
            .expressionAttributeValues(nullIfEmpty(e.values()))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
      }
      items.add(TransactWriteItem.builder().delete(delete.build()).build());
    }

    /**
     * Adds an update built from a repository and not executed, with its condition if it has one.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param update the update, with at least one action; not null
     * @throws IllegalArgumentException if the update has no actions, the transaction is full, or
     *     it already has an action on this item
     */
    public <T> void update(EntityTable<T> table, Update<T> update) {
      Objects.requireNonNull(table, "repository");
      Objects.requireNonNull(update, "update");
      UpdateExpression e = update.toExpression();
      if (e.update() == null) {
        throw new IllegalArgumentException(
            "the update of "
                + update.key().keySet()
                + " in table "
                + table.tableName()
                + " has no actions, and a transaction's Update needs an UpdateExpression: add set,"
                + " remove, increment, …, or put the item instead");
      }
      Action action =
          add(actions, "Update", table.tableName(), table.schema(), update.key(), "write", null);
      software.amazon.awssdk.services.dynamodb.model.Update.Builder request =
          software.amazon.awssdk.services.dynamodb.model.Update.builder()
              .tableName(table.tableName())
              .key(action.key())
              .updateExpression(e.update())
              .expressionAttributeNames(e.names())
              .expressionAttributeValues(nullIfEmpty(e.values()));
      if (e.condition() != null) {
        request
            .conditionExpression(e.condition())
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
      }
      items.add(TransactWriteItem.builder().update(request.build()).build());
    }

    /**
     * Adds a condition check on the item with the entity's key; only the key is read from it.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param entity the entity; not null
     * @param condition the condition; not null
     * @throws IllegalArgumentException if the transaction is full or already has an action on
     *     this item
     */
    public <T> void conditionCheck(EntityTable<T> table, T entity, Condition<T> condition) {
      Objects.requireNonNull(table, "repository");
      conditionCheckByKey(table, keyOf(table, entity), condition);
    }

    /**
     * Adds a condition check on the item with this key.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param key the item's primary key attributes, as stored; not null
     * @param condition the condition; not null
     * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full,
     *     or it already has an action on this item
     */
    public <T> void conditionCheckByKey(
        EntityTable<T> table, Map<String, AttributeValue> key, Condition<T> condition) {
      Objects.requireNonNull(table, "repository");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(condition, "condition");
      Action action =
          add(actions, "ConditionCheck", table.tableName(), table.schema(), key, "write", null);
      Expression e = condition.toExpression();
      items.add(
          TransactWriteItem.builder()
              .conditionCheck(
                  ConditionCheck.builder()
                      .tableName(table.tableName())
                      .key(action.key())
                      .conditionExpression(e.text())
                      .expressionAttributeNames(e.names())
                      .expressionAttributeValues(nullIfEmpty(e.values()))
                      .returnValuesOnConditionCheckFailure(
                          ReturnValuesOnConditionCheckFailure.ALL_OLD)
                      .build())
              .build());
    }

    /**
     * Sets the idempotency token ({@code ClientRequestToken}).
     *
     * @param token 1 to 36 characters; not null
     * @throws IllegalArgumentException if the token is empty or longer than 36 characters
     */
    public void idempotencyToken(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isEmpty() || token.length() > 36) {
        throw new IllegalArgumentException(
            "an idempotency token has 1 to 36 characters, not " + token.length());
      }
      this.idempotencyToken = token;
    }

    /**
     * The number of actions so far.
     *
     * @return the count of actions added
     */
    public int size() {
      return actions.size();
    }

    /**
     * The request that makes the writes.
     *
     * @return a new request holding the actions in the order they were added
     * @throws IllegalStateException if there are no actions
     */
    public TransactWriteItemsRequest toRequest() {
      if (items.isEmpty()) {
        throw new IllegalStateException("the transaction has no actions");
      }
      return TransactWriteItemsRequest.builder()
          .transactItems(List.copyOf(items))
          .clientRequestToken(idempotencyToken)
          .build();
    }

    /**
     * The exception for the failed call of {@link #toRequest()}'s request.
     *
     * @param e the SDK's exception
     * @return a {@link TransactionCancelledException} for a cancellation, with each action's
     *     outcome; otherwise Dynamap's exception for the error
     */
    public DynamapException failure(SdkException e) {
      return translate(e, "TransactWriteItems", actions);
    }
  }

  /**
   * The items of a read transaction ({@code TransactGetItems}) and the request they make. A
   * builder: mutable, for one thread.
   */
  public static final class GetActions {
    private final List<Action> actions = new ArrayList<>();
    private final List<EntityTable<?>> tables = new ArrayList<>();
    private final List<TransactGetItem> items = new ArrayList<>();

    /** No items yet. */
    public GetActions() {}

    /**
     * Adds a read of the item with the entity's key; only the key is read from it.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param keyEntity an entity holding the key; not null
     * @throws IllegalArgumentException if the transaction is full or already reads this item
     */
    public <T> void get(EntityTable<T> table, T keyEntity) {
      Objects.requireNonNull(table, "repository");
      Objects.requireNonNull(keyEntity, "keyEntity");
      getByKey(table, keyOf(table, keyEntity));
    }

    /**
     * Adds a read of the item with this key.
     *
     * @param <T> the entity type
     * @param table the entity's table; not null
     * @param key the item's primary key attributes, as stored; not null
     * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full,
     *     or it already reads this item
     */
    public <T> void getByKey(EntityTable<T> table, Map<String, AttributeValue> key) {
      Objects.requireNonNull(table, "repository");
      Objects.requireNonNull(key, "key");
      Action action = add(actions, "Get", table.tableName(), table.schema(), key, "read", null);
      tables.add(table);
      items.add(
          TransactGetItem.builder()
              .get(Get.builder().tableName(table.tableName()).key(action.key()).build())
              .build());
    }

    /**
     * The number of items asked for so far.
     *
     * @return the count of items added
     */
    public int size() {
      return actions.size();
    }

    /**
     * The request that reads the items.
     *
     * @return a new request holding the items in the order they were added
     * @throws IllegalStateException if no items were asked for
     */
    public TransactGetItemsRequest toRequest() {
      if (items.isEmpty()) {
        throw new IllegalStateException("the transaction reads no items");
      }
      return TransactGetItemsRequest.builder().transactItems(List.copyOf(items)).build();
    }

    /**
     * The items DynamoDB returned, by position, typed by the table each was asked through.
     *
     * @param response the answer to {@link #toRequest()}'s request
     * @return the result
     */
    public TransactGetResult result(TransactGetItemsResponse response) {
      List<Map<String, AttributeValue>> read = new ArrayList<>(actions.size());
      for (int i = 0; i < actions.size(); i++) {
        Map<String, AttributeValue> item = null;
        if (response.hasResponses() && i < response.responses().size()) {
          ItemResponse r = response.responses().get(i);
          if (r != null && r.hasItem() && !r.item().isEmpty()) {
            item = r.item();
          }
        }
        read.add(item);
      }
      return new TransactGetResult(List.copyOf(actions), List.copyOf(tables), read);
    }

    /**
     * The exception for the failed call of {@link #toRequest()}'s request.
     *
     * @param e the SDK's exception
     * @return a {@link TransactionCancelledException} for a cancellation, with each action's
     *     outcome; otherwise Dynamap's exception for the error
     */
    public DynamapException failure(SdkException e) {
      return translate(e, "TransactGetItems", actions);
    }
  }

  /** The entity's item, storing the lock's next version if there is a lock, within the limits. */
  private static <T> Map<String, AttributeValue> itemOf(
      EntityTable<T> table, T entity, OptimisticLock<T> lock) {
    ItemSchema<T> schema = table.schema();
    Map<String, AttributeValue> item;
    try {
      item = schema.toItem(entity);
    } catch (ItemMappingException e) {
      throw new ItemMappingException("table " + table.tableName() + ": " + e.getMessage(), e);
    }
    item = GeneratedValue.fill(schema.generatedValuesOf(entity), item);
    if (lock != null) {
      item = lock.stamp(item);
    }
    // The key from the item: a generated (@AutoUuid) key is in the item, not in the entity.
    ItemSizes.requireWithinLimit(
        item,
        table.tableName(),
        schema.entityName(),
        describeKey(schema.key().attributesOf(item)));
    return item;
  }

  private static <T> Map<String, AttributeValue> keyOf(EntityTable<T> table, T entity) {
    Objects.requireNonNull(entity, "entity");
    try {
      return table.schema().keyOf(entity);
    } catch (ItemMappingException e) {
      throw new ItemMappingException("table " + table.tableName() + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, AttributeValue> nullIfEmpty(Map<String, AttributeValue> values) {
    return values.isEmpty() ? null : values;
  }
}
