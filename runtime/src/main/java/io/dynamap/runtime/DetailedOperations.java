package io.dynamap.runtime;

import io.dynamap.runtime.core.ItemRequests;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.DynamoDbCallException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.schema.OptimisticLock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The single-item operations of a {@link TableRepository}, each returning its result with the
 * capacity the call consumed and DynamoDB's request id ({@link CallResult}); from {@link
 * TableRepository#withDetails}:
 *
 * <pre>{@code
 * DetailedOperations<Order> detailed = orders.withDetails(ReturnConsumedCapacity.TOTAL);
 * CallResult<Void> written = detailed.put(order);
 * CallResult<Optional<Order>> read = detailed.get(OrderSchema.INSTANCE.key("c-1", placedAt));
 * CallResult<Order> updated = detailed.update(order).set(total, newTotal).executeDetailed();
 * }</pre>
 *
 * <p>Every method sends the request of the repository's method of the same name, with {@code
 * ReturnConsumedCapacity} set to the view's {@linkplain #returnConsumedCapacity() level}, and
 * ends as it ends: the same value in {@link CallResult#value()}, the same exceptions ({@link
 * ConditionFailedException} carrying the current item, {@link OptimisticLockException} for a
 * {@code @Version}ed entity, {@link ItemMappingException} and {@link ItemTooLargeException}
 * before anything is sent, …). A failed call's exception is a {@link DynamoDbCallException},
 * whose {@link DynamoDbCallException#requestId()} is the request id; DynamoDB tells no consumed
 * capacity with an error.
 *
 * <p>Operations by key take the encoded primary key from the entity's generated schema, such as
 * {@code OrderSchema.INSTANCE.key(customerId, placedAt)}.
 *
 * <p>Immutable and thread-safe; it holds the repository's client and the request core.
 *
 * @param <T> the entity type
 */
public final class DetailedOperations<T> {
  private final DynamoDbClient client;
  private final ItemRequests<T> requests;

  DetailedOperations(DynamoDbClient client, ItemRequests<T> requests) {
    this.client = Objects.requireNonNull(client, "client");
    this.requests = Objects.requireNonNull(requests, "requests");
  }

  /**
   * What every request of this view asks for with {@code ReturnConsumedCapacity}.
   *
   * @return the level given to {@link TableRepository#withDetails}
   */
  public ReturnConsumedCapacity returnConsumedCapacity() {
    return requests.returnConsumedCapacity().orElseThrow();
  }

  /**
   * Writes an entity, replacing any item with the same primary key; see {@link
   * TableRepository#put(Object)}.
   *
   * @param entity the entity; not null
   * @return the call's details; its value is {@code null}
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public CallResult<Void> put(T entity) {
    return BlockingCalls.answer(requests.put(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds for the item stored under its key; see {@link
   * TableRepository#put(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @return the call's details; its value is {@code null}
   * @throws ConditionFailedException if the condition does not hold; nothing is written
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public CallResult<Void> put(T entity, Condition<T> condition) {
    return BlockingCalls.answer(requests.put(entity, condition), client::putItem);
  }

  /**
   * Writes an entity and returns the item it replaced; see {@link
   * TableRepository#putReturningOld(Object)}.
   *
   * @param entity the entity; not null
   * @return the item stored under the entity's key before, or empty if there was none
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   * @throws ItemMappingException if the entity cannot be stored, before any request; or if the
   *     replaced item does not fit the entity
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public CallResult<Optional<T>> putReturningOld(T entity) {
    return BlockingCalls.answer(requests.putReturningOld(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds and returns the item it replaced; see {@link
   * TableRepository#putReturningOld(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition what must hold for the item stored now; not null
   * @return the item stored under the entity's key before, or empty if there was none
   * @throws ConditionFailedException if the condition does not hold; nothing is written
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public CallResult<Optional<T>> putReturningOld(T entity, Condition<T> condition) {
    return BlockingCalls.answer(requests.putReturningOld(entity, condition), client::putItem);
  }

  /**
   * Writes an entity and returns it as stored, with its new version if it is versioned; see
   * {@link TableRepository#save(Object)}.
   *
   * @param entity the entity; not null
   * @return the entity as stored
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public CallResult<T> save(T entity) {
    return BlockingCalls.answer(requests.save(entity), client::putItem);
  }

  /**
   * Writes an entity unless an item with its primary key exists; see {@link
   * TableRepository#putIfAbsent(Object)}. When an item was there, the result has the request id
   * but no consumed capacity: DynamoDB answered with an error, which tells none.
   *
   * @param entity the entity; not null
   * @return true if the entity was written, false if an item with its key was there
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public CallResult<Boolean> putIfAbsent(T entity) {
    return BlockingCalls.answer(requests.putIfAbsent(entity), client::putItem);
  }

  /**
   * Reads one item, eventually consistent.
   *
   * @param key the item's encoded primary key, such as {@code OrderSchema.INSTANCE.key(…)}; not
   *     null
   * @return the item, or empty if there is none
   * @throws ItemMappingException if the stored item does not fit the entity
   */
  public CallResult<Optional<T>> get(Map<String, AttributeValue> key) {
    return BlockingCalls.answer(
        requests.get(Objects.requireNonNull(key, "key"), false), client::getItem);
  }

  /**
   * Reads one item, strongly consistent ({@code ConsistentRead=true}, twice the read units).
   *
   * @param key the item's encoded primary key, such as {@code OrderSchema.INSTANCE.key(…)}; not
   *     null
   * @return the item, or empty if there is none
   * @throws ItemMappingException if the stored item does not fit the entity
   */
  public CallResult<Optional<T>> getConsistent(Map<String, AttributeValue> key) {
    return BlockingCalls.answer(
        requests.get(Objects.requireNonNull(key, "key"), true), client::getItem);
  }

  /**
   * Deletes the item with the entity's primary key; see {@link TableRepository#delete(Object)}.
   *
   * @param entity the entity; not null
   * @return the call's details; its value is {@code null}
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   */
  public CallResult<Void> delete(T entity) {
    return BlockingCalls.answer(requests.delete(entity), client::deleteItem);
  }

  /**
   * Deletes the item with the entity's primary key if a condition holds for it; see {@link
   * TableRepository#delete(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return the call's details; its value is {@code null}
   * @throws ConditionFailedException if the condition does not hold; nothing is deleted
   */
  public CallResult<Void> delete(T entity, Condition<T> condition) {
    return BlockingCalls.answer(requests.delete(entity, condition), client::deleteItem);
  }

  /**
   * Deletes and returns the removed item; see {@link TableRepository#deleteReturningOld(Object)}.
   *
   * @param entity the entity whose key names the item; not null
   * @return the removed item, or empty if there was none
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   */
  public CallResult<Optional<T>> deleteReturningOld(T entity) {
    return BlockingCalls.answer(requests.deleteReturningOld(entity), client::deleteItem);
  }

  /**
   * Deletes if a condition holds and returns the removed item; see {@link
   * TableRepository#deleteReturningOld(Object, Condition)}.
   *
   * @param entity the entity whose key names the item; not null
   * @param condition what must hold for the item stored now; not null
   * @return the removed item, or empty if there was none
   * @throws ConditionFailedException if the condition does not hold; nothing is deleted
   */
  public CallResult<Optional<T>> deleteReturningOld(T entity, Condition<T> condition) {
    return BlockingCalls.answer(requests.deleteReturningOld(entity, condition), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key, whatever is stored (not versioned).
   *
   * @param key the item's encoded primary key; not null
   * @return the call's details; its value is {@code null}
   */
  public CallResult<Void> deleteByKey(Map<String, AttributeValue> key) {
    return BlockingCalls.answer(
        requests.deleteByKey(Objects.requireNonNull(key, "key")), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key if a condition holds for it.
   *
   * @param key the item's encoded primary key; not null
   * @param condition a condition on the stored item; not null
   * @return the call's details; its value is {@code null}
   * @throws ConditionFailedException if the condition does not hold; nothing is deleted
   */
  public CallResult<Void> deleteByKey(Map<String, AttributeValue> key, Condition<T> condition) {
    return BlockingCalls.answer(requests.deleteByKey(key, condition), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key and returns it ({@code ReturnValues=ALL_OLD}).
   *
   * @param key the item's encoded primary key; not null
   * @return the removed item, or empty if there was none
   */
  public CallResult<Optional<T>> deleteByKeyReturningOld(Map<String, AttributeValue> key) {
    return BlockingCalls.answer(requests.deleteByKeyReturningOld(key), client::deleteItem);
  }

  /**
   * An update of the item with the entity's primary key, asking for the capacity it consumes;
   * see {@link TableRepository#update(Object)}. Its {@link Update#executeDetailed()}, {@link
   * Update#executeReturningOldDetailed()} and {@link Update#executeWithoutResultDetailed()}
   * return the result with the call's details (its plain terminals send the same request and
   * return the result alone).
   *
   * @param entity the entity; only its key (and version) is read; not null
   * @return a new update without actions; nothing is sent until it is executed
   */
  public Update<T> update(T entity) {
    Objects.requireNonNull(entity, "entity");
    OptimisticLock<T> lock = OptimisticLock.of(requests.schema(), entity).orElse(null);
    return requests.update(entity, lock, (update, returnValue) -> send(update, returnValue, lock));
  }

  /**
   * An update of one item by its encoded primary key (not versioned), asking for the capacity it
   * consumes; see {@link #update(Object)} for its terminals. For an entity whose index keys are
   * composed from its fields ({@code @Item} in a single table), an update that changes such a
   * field is refused, as the fields of the primary key are not known: use {@link
   * #update(Object)}.
   *
   * @param key the item's encoded primary key; not null
   * @return a new update without actions; nothing is sent until it is executed
   */
  public Update<T> updateByKey(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return requests.updateByKey(
        key, Map.of(), (update, returnValue) -> send(update, returnValue, null));
  }

  private CallResult<Optional<T>> send(
      Update<T> update, ReturnValue returnValue, OptimisticLock<T> lock) {
    return BlockingCalls.answer(requests.update(update, returnValue, lock), client::updateItem);
  }

  @Override
  public String toString() {
    return "DetailedOperations[" + requests.tableName() + ", " + returnConsumedCapacity() + "]";
  }
}
