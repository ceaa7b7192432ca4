package io.dynamap.async;

import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.core.TransactionCore;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.tx.WriteTransaction;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A write transaction being built, sent without blocking: the counterpart of {@link
 * WriteTransaction}, with the same actions, checks (refused as they are added when the
 * transaction is full or has an action on the item), version conditions for {@code @Version}ed
 * entities, {@code ALL_OLD} on failed conditions and the same {@link
 * TransactionCancelledException}.
 *
 * <p>A builder: mutable and not thread-safe; each method returns this transaction.
 */
public final class AsyncWriteTransaction {
  private final DynamoDbAsyncClient client;
  private final TransactionCore.WriteActions actions = new TransactionCore.WriteActions();

  AsyncWriteTransaction(DynamoDbAsyncClient client) {
    this.client = client;
  }

  /**
   * Writes the entity, replacing any item with its primary key; for a {@code @Version}ed entity,
   * only if the stored version is the entity's (for version 0: if there is no item), storing the
   * version plus one.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> AsyncWriteTransaction put(EntityTable<T> table, T entity) {
    return put(table, entity, null);
  }

  /**
   * Writes the entity if the condition holds for the item now stored under its key; for a {@code
   * @Version}ed entity, the version condition is added (AND).
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @param condition a condition on the stored item, or {@code null} for none
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> AsyncWriteTransaction put(EntityTable<T> table, T entity, Condition<T> condition) {
    actions.put(table, entity, condition);
    return this;
  }

  /**
   * Deletes the item with the entity's primary key, if there is one; for a {@code @Version}ed
   * entity, only if the stored version is the entity's.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> AsyncWriteTransaction delete(EntityTable<T> table, T entity) {
    return delete(table, entity, null);
  }

  /**
   * Deletes the item with the entity's primary key if the condition holds for it; for a {@code
   * @Version}ed entity, the version condition is added (AND).
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @param condition a condition on the stored item, or {@code null} for none
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> AsyncWriteTransaction delete(EntityTable<T> table, T entity, Condition<T> condition) {
    actions.delete(table, entity, condition);
    return this;
  }

  /**
   * Deletes the item with this encoded primary key, if there is one.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param key the item's primary key attributes, as stored; not null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already has an action on this item
   */
  public <T> AsyncWriteTransaction deleteByKey(
      EntityTable<T> table, Map<String, AttributeValue> key) {
    return deleteByKey(table, key, null);
  }

  /**
   * Deletes the item with this encoded primary key, if there is one and the condition holds for
   * it. By key, it is not versioned.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item, or {@code null} for none
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already has an action on this item
   */
  public <T> AsyncWriteTransaction deleteByKey(
      EntityTable<T> table, Map<String, AttributeValue> key, Condition<T> condition) {
    actions.deleteByKey(table, key, condition);
    return this;
  }

  /**
   * Makes the update, built from a repository and not executed, part of the transaction, with its
   * condition if it has one.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param update an update with at least one action; not null
   * @return this transaction
   * @throws IllegalArgumentException if the update has no actions, the transaction is full, or it
   *     already has an action on this item
   */
  public <T> AsyncWriteTransaction update(EntityTable<T> table, Update<T> update) {
    actions.update(table, update);
    return this;
  }

  /**
   * Requires the condition to hold for the item with the entity's primary key, without writing
   * it; only the key is read from the entity.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already has an action on this
   *     item
   */
  public <T> AsyncWriteTransaction conditionCheck(
      EntityTable<T> table, T entity, Condition<T> condition) {
    actions.conditionCheck(table, entity, condition);
    return this;
  }

  /**
   * Requires the condition to hold for the item with this encoded primary key.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item; not null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already has an action on this item
   */
  public <T> AsyncWriteTransaction conditionCheckByKey(
      EntityTable<T> table, Map<String, AttributeValue> key, Condition<T> condition) {
    actions.conditionCheckByKey(table, key, condition);
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
  public AsyncWriteTransaction idempotencyToken(String token) {
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
   * @throws IllegalStateException if there are no actions
   */
  public TransactWriteItemsRequest toRequest() {
    return actions.toRequest();
  }

  /**
   * Makes all the writes, or none.
   *
   * @return completes when the writes are made; fails with a {@link
   *     TransactionCancelledException} if DynamoDB cancelled the transaction (its {@code
   *     outcomes()} give each action's reason and, for a failed condition, the item as it is), or
   *     the Dynamap exception of any other error
   * @throws IllegalStateException if there are no actions
   */
  public CompletableFuture<Void> execute() {
    TransactWriteItemsRequest request = toRequest();
    CompletableFuture<Void> done = new CompletableFuture<>();
    BatchFutures.send(() -> client.transactWriteItems(request))
        .whenComplete(
            (response, error) -> {
              if (error == null) {
                done.complete(null);
              } else {
                Throwable failure = BatchFutures.unwrap(error);
                done.completeExceptionally(
                    failure instanceof SdkException sdk ? actions.failure(sdk) : failure);
              }
            });
    return done;
  }
}
