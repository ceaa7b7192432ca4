package io.dynamap.runtime.tx;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.core.TransactionCore;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A write transaction being built: up to {@value Transaction#MAX_ACTIONS} puts, updates, deletes
 * and condition checks, on any tables, made all together or not at all ({@code
 * TransactWriteItems}). Nothing is sent until {@link #execute()}.
 *
 * <p>Actions are refused as they are added, before any request, when the transaction is full or
 * already has an action on the same item (DynamoDB refuses both). Every conditional action asks for
 * the item as it is if its condition fails ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}),
 * so a {@link io.dynamap.runtime.error.TransactionCancelledException} carries it, typed.
 *
 * <p><b>Versioned entities</b> are written as the repository writes them ({@link
 * io.dynamap.runtime.schema.OptimisticLock}): {@code put} and {@code delete} of an entity with a
 * {@code
 * @Version} are conditioned on the stored version being the entity's (for version 0: no item), and
 * {@code put} stores the version plus one; an {@link #update} made by {@code
 * repository.update(entity)} carries the same condition and increment. A stale version cancels
 * the transaction, with {@code ConditionalCheckFailed} as its action's reason and the current item
 * in its outcome. Writes by key ({@link #deleteByKey}) are not versioned.
 *
 * <p>A builder: mutable and not thread-safe; each method returns this transaction.
 */
public final class WriteTransaction {
  private final DynamoDbClient client;
  /** The actions, their checks, the request and the mapping of a failure. */
  private final TransactionCore.WriteActions actions = new TransactionCore.WriteActions();

  WriteTransaction(DynamoDbClient client) {
    this.client = client;
  }

  /**
   * Writes the entity, replacing any item with its primary key; for a {@code @Version}ed entity,
   * only if the stored version is the entity's (for version 0: if there is no item), storing the
   * version plus one.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> WriteTransaction put(TableRepository<T> repository, T entity) {
    return put(repository, entity, null);
  }

  /**
   * Writes the entity if the condition holds for the item now stored under its key; for a {@code
   * @Version}ed entity, the version condition of {@link #put(TableRepository, Object)} is added
   * (AND).
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the repository's attributes; not
   *     null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> WriteTransaction put(TableRepository<T> repository, T entity, Condition<T> condition) {
    actions.put(table(repository), entity, condition);
    return this;
  }

  /**
   * Deletes the item with the entity's primary key, if there is one; for a {@code @Version}ed
   * entity, only if the stored version is the entity's.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> WriteTransaction delete(TableRepository<T> repository, T entity) {
    return delete(repository, entity, null);
  }

  /**
   * Deletes the item with the entity's primary key if the condition holds for it; for a {@code
   * @Version}ed entity, the version condition of {@link #delete(TableRepository, Object)} is added
   * (AND).
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the repository's attributes; not
   *     null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> WriteTransaction delete(
      TableRepository<T> repository, T entity, Condition<T> condition) {
    actions.delete(table(repository), entity, condition);
    return this;
  }

  /**
   * Deletes the item with this encoded primary key, if there is one.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param key the item's primary key attributes, as stored; not null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already has an action on this item
   */
  public <T> WriteTransaction deleteByKey(
      TableRepository<T> repository, Map<String, AttributeValue> key) {
    return deleteByKey(repository, key, null);
  }

  /**
   * Deletes the item with this encoded primary key if the condition holds for it. By key, it is
   * not versioned: the item is deleted whatever its version if the condition holds.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item, made with the repository's attributes; not
   *     null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already has an action on this item
   */
  public <T> WriteTransaction deleteByKey(
      TableRepository<T> repository, Map<String, AttributeValue> key, Condition<T> condition) {
    actions.deleteByKey(table(repository), key, condition);
    return this;
  }

  /**
   * Makes the update, built from the repository and not executed, part of the transaction, with
   * its condition if it has one:
   *
   * <pre>{@code
   * tx.update(customers, customers.update(customer).increment(loyaltyPoints, 10).whenExists());
   * }</pre>
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param update an update from {@code repository.update(…)}, with at least one action; not null
   * @return this transaction
   * @throws IllegalArgumentException if the update has no actions
   */
  public <T> WriteTransaction update(TableRepository<T> repository, Update<T> update) {
    actions.update(table(repository), update);
    return this;
  }

  /**
   * Requires the condition to hold for the item with the entity's primary key, without writing
   * it; only the key is read from the entity.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the repository's attributes; not
   *     null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> WriteTransaction conditionCheck(
      TableRepository<T> repository, T entity, Condition<T> condition) {
    actions.conditionCheck(table(repository), entity, condition);
    return this;
  }

  /**
   * Requires the condition to hold for the item with this encoded primary key.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item, made with the repository's attributes; not
   *     null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already has an action on this item
   */
  public <T> WriteTransaction conditionCheckByKey(
      TableRepository<T> repository, Map<String, AttributeValue> key, Condition<T> condition) {
    actions.conditionCheckByKey(table(repository), key, condition);
    return this;
  }

  /**
   * Makes the transaction idempotent ({@code ClientRequestToken}): sent again with the same token
   * within 10 minutes, DynamoDB does not make its writes a second time.
   *
   * @param token 1 to 36 characters
   * @return this transaction
   * @throws IllegalArgumentException if the token is empty or longer than 36 characters
   */
  public WriteTransaction idempotencyToken(String token) {
    actions.idempotencyToken(token);
    return this;
  }

  /**
   * The number of actions so far.
   *
   * @return the count of actions added, 0 for a new transaction
   */
  public int size() {
    return actions.size();
  }

  /**
   * The request {@link #execute()} sends.
   *
   * @return a new request holding the actions in the order they were added
   */
  public TransactWriteItemsRequest toRequest() {
    return actions.toRequest();
  }

  /**
   * Makes all the writes, or none.
   *
   * @throws io.dynamap.runtime.error.TransactionCancelledException if DynamoDB cancelled the
   *     transaction; its {@code outcomes()} give each action's reason and, for a failed condition,
   *     the item as it is
   * @throws IllegalStateException if there are no actions
   */
  public void execute() {
    TransactWriteItemsRequest request = toRequest();
    try {
      client.transactWriteItems(request);
    } catch (SdkException e) {
      throw actions.failure(e);
    }
  }

  /** What the core needs of a repository: its table name and schema. */
  static <T> EntityTable<T> table(TableRepository<T> repository) {
    Objects.requireNonNull(repository, "repository");
    return EntityTable.of(repository.tableName(), repository.schema());
  }
}
