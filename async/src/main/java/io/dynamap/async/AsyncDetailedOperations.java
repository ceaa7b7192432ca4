package io.dynamap.async;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.DetailedOperations;
import io.dynamap.runtime.core.ItemRequests;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.DynamoDbCallException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.schema.OptimisticLock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The single-item operations of an {@link AsyncTableRepository}, each completing with its result,
 * the capacity the call consumed and DynamoDB's request id ({@link CallResult}); from {@link
 * AsyncTableRepository#withDetails}. The non-blocking form of {@link DetailedOperations}: the
 * same requests, the same results, and futures that fail with the exceptions the repository's
 * futures fail with ({@link ConditionFailedException} carrying the current item, {@link
 * OptimisticLockException}, …; a {@link DynamoDbCallException} tells the failed call's request
 * id). A null argument is a {@link NullPointerException}, thrown at once.
 *
 * <pre>{@code
 * AsyncDetailedOperations<Order> detailed = orders.withDetails(ReturnConsumedCapacity.TOTAL);
 * detailed.put(order).thenAccept(written -> log(written.consumedCapacity(), written.requestId()));
 * detailed.update(order).set(total, newTotal).executeDetailed();   // CallResult<Order>
 * }</pre>
 *
 * <p>Immutable and thread-safe; it holds the repository's client and the request core.
 *
 * @param <T> the entity type
 */
public final class AsyncDetailedOperations<T> {
  private final DynamoDbAsyncClient client;
  private final ItemRequests<T> requests;

  AsyncDetailedOperations(DynamoDbAsyncClient client, ItemRequests<T> requests) {
    this.client = Objects.requireNonNull(client, "client");
    this.requests = Objects.requireNonNull(requests, "requests");
  }

  /**
   * What every request of this view asks for with {@code ReturnConsumedCapacity}.
   *
   * @return the level given to {@link AsyncTableRepository#withDetails}
   */
  public ReturnConsumedCapacity returnConsumedCapacity() {
    return requests.returnConsumedCapacity().orElseThrow();
  }

  /**
   * Writes an entity; see {@link DetailedOperations#put(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of the call's details (its value is {@code null})
   */
  public CompletableFuture<CallResult<Void>> put(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.answer(() -> requests.put(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds; see {@link DetailedOperations#put(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return a future of the call's details; failed with {@link ConditionFailedException} if the
   *     condition does not hold
   */
  public CompletableFuture<CallResult<Void>> put(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.answer(() -> requests.put(entity, condition), client::putItem);
  }

  /**
   * Writes an entity and returns the item it replaced; see {@link
   * DetailedOperations#putReturningOld(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of the replaced item (empty if there was none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> putReturningOld(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.answer(() -> requests.putReturningOld(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds and returns the item it replaced; see {@link
   * DetailedOperations#putReturningOld(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition what must hold for the item stored now; not null
   * @return a future of the replaced item (empty if there was none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> putReturningOld(
      T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.answer(() -> requests.putReturningOld(entity, condition), client::putItem);
  }

  /**
   * Writes an entity and returns it as stored; see {@link DetailedOperations#save(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of the entity as stored, with the call's details
   */
  public CompletableFuture<CallResult<T>> save(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.answer(() -> requests.save(entity), client::putItem);
  }

  /**
   * Writes an entity unless an item with its key exists; see {@link
   * DetailedOperations#putIfAbsent(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of whether the entity was written, with the call's details (no capacity
   *     when an item was there: DynamoDB's error answer tells none)
   */
  public CompletableFuture<CallResult<Boolean>> putIfAbsent(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.answer(() -> requests.putIfAbsent(entity), client::putItem);
  }

  /**
   * Reads one item, eventually consistent; see {@link DetailedOperations#get(Map)}.
   *
   * @param key the item's encoded primary key, such as {@code LabelSchema.INSTANCE.key(…)}; not
   *     null
   * @return a future of the item (empty if there is none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> get(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.answer(() -> requests.get(key, false), client::getItem);
  }

  /**
   * Reads one item, strongly consistent; see {@link DetailedOperations#getConsistent(Map)}.
   *
   * @param key the item's encoded primary key; not null
   * @return a future of the item (empty if there is none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> getConsistent(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.answer(() -> requests.get(key, true), client::getItem);
  }

  /**
   * Deletes the item with the entity's key; see {@link DetailedOperations#delete(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of the call's details (its value is {@code null})
   */
  public CompletableFuture<CallResult<Void>> delete(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.answer(() -> requests.delete(entity), client::deleteItem);
  }

  /**
   * Deletes the item with the entity's key if a condition holds; see {@link
   * DetailedOperations#delete(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return a future of the call's details; failed with {@link ConditionFailedException} if the
   *     condition does not hold
   */
  public CompletableFuture<CallResult<Void>> delete(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.answer(() -> requests.delete(entity, condition), client::deleteItem);
  }

  /**
   * Deletes and returns the removed item; see {@link
   * DetailedOperations#deleteReturningOld(Object)}.
   *
   * @param entity the entity whose key names the item; not null
   * @return a future of the removed item (empty if there was none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> deleteReturningOld(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.answer(() -> requests.deleteReturningOld(entity), client::deleteItem);
  }

  /**
   * Deletes if a condition holds and returns the removed item; see {@link
   * DetailedOperations#deleteReturningOld(Object, Condition)}.
   *
   * @param entity the entity whose key names the item; not null
   * @param condition what must hold for the item stored now; not null
   * @return a future of the removed item (empty if there was none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> deleteReturningOld(
      T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.answer(
        () -> requests.deleteReturningOld(entity, condition), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key; see {@link DetailedOperations#deleteByKey(Map)}.
   *
   * @param key the item's encoded primary key; not null
   * @return a future of the call's details (its value is {@code null})
   */
  public CompletableFuture<CallResult<Void>> deleteByKey(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.answer(() -> requests.deleteByKey(key), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key if a condition holds; see {@link
   * DetailedOperations#deleteByKey(Map, Condition)}.
   *
   * @param key the item's encoded primary key; not null
   * @param condition a condition on the stored item; not null
   * @return a future of the call's details; failed with {@link ConditionFailedException} if the
   *     condition does not hold
   */
  public CompletableFuture<CallResult<Void>> deleteByKey(
      Map<String, AttributeValue> key, Condition<T> condition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.answer(() -> requests.deleteByKey(key, condition), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key and returns it; see {@link
   * DetailedOperations#deleteByKeyReturningOld(Map)}.
   *
   * @param key the item's encoded primary key; not null
   * @return a future of the removed item (empty if there was none) with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> deleteByKeyReturningOld(
      Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.answer(() -> requests.deleteByKeyReturningOld(key), client::deleteItem);
  }

  /**
   * An update of the item with the entity's primary key, asking for the capacity it consumes;
   * see {@link AsyncTableRepository#update(Object)}. Its {@link AsyncUpdate#executeDetailed()}
   * and the other {@code …Detailed()} terminals complete with the call's details.
   *
   * @param entity the entity; only its key (and version) is read; not null
   * @return a new update without actions; nothing is sent until it is executed
   */
  public AsyncUpdate<T> update(T entity) {
    Objects.requireNonNull(entity, "entity");
    OptimisticLock<T> lock = OptimisticLock.of(requests.schema(), entity).orElse(null);
    return new AsyncUpdate<>(
        requests.update(entity, lock, AsyncUpdate.heldOnly()),
        (update, returnValue) -> send(update, returnValue, lock));
  }

  /**
   * An update of one item by its encoded primary key (not versioned), asking for the capacity it
   * consumes; see {@link DetailedOperations#updateByKey(Map)}.
   *
   * @param key the item's encoded primary key; not null
   * @return a new update without actions; nothing is sent until it is executed
   */
  public AsyncUpdate<T> updateByKey(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return new AsyncUpdate<>(
        requests.updateByKey(key, Map.of(), AsyncUpdate.heldOnly()),
        (update, returnValue) -> send(update, returnValue, null));
  }

  private CompletableFuture<CallResult<Optional<T>>> send(
      Update<T> update, ReturnValue returnValue, OptimisticLock<T> lock) {
    return AsyncCalls.answer(() -> requests.update(update, returnValue, lock), client::updateItem);
  }

  @Override
  public String toString() {
    return "AsyncDetailedOperations[" + requests.tableName() + ", " + returnConsumedCapacity() + "]";
  }
}
