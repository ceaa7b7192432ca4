package io.dynamap.async;

import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.core.TransactionCore;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.tx.GetTransaction;
import io.dynamap.runtime.tx.TransactGetResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;

/**
 * A read transaction being built, sent without blocking: the counterpart of {@link
 * GetTransaction}, with the same checks and the same {@link TransactGetResult}, whose items are
 * given by the {@link EntityTable} they were asked through.
 *
 * <p>A builder: mutable and not thread-safe; each method returns this transaction.
 */
public final class AsyncGetTransaction {
  private final DynamoDbAsyncClient client;
  private final TransactionCore.GetActions actions = new TransactionCore.GetActions();

  AsyncGetTransaction(DynamoDbAsyncClient client) {
    this.client = client;
  }

  /**
   * Reads the item with the entity's primary key; only the key is read from the entity.
   *
   * @param <T> the entity type
   * @param table the item's table, whose schema also decodes the item; not null
   * @param keyEntity an entity holding the key; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already reads this item
   */
  public <T> AsyncGetTransaction get(EntityTable<T> table, T keyEntity) {
    actions.get(table, keyEntity);
    return this;
  }

  /**
   * Reads the item with this encoded primary key.
   *
   * @param <T> the entity type
   * @param table the item's table, whose schema also decodes the item; not null
   * @param key the item's primary key attributes, as stored; not null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already reads this item
   */
  public <T> AsyncGetTransaction getByKey(EntityTable<T> table, Map<String, AttributeValue> key) {
    actions.getByKey(table, key);
    return this;
  }

  /**
   * The number of items asked for so far.
   *
   * @return the count of items added, 0 for a new transaction
   */
  public int size() {
    return actions.size();
  }

  /**
   * The request {@link #execute()} sends.
   *
   * @return a new request holding the items in the order they were added
   * @throws IllegalStateException if no items were asked for
   */
  public TransactGetItemsRequest toRequest() {
    return actions.toRequest();
  }

  /**
   * Reads all the items as of one point in time.
   *
   * @return the items, by the position they were asked for in; fails with a {@link
   *     TransactionCancelledException} if DynamoDB cancelled the read, or the Dynamap exception of
   *     any other error
   * @throws IllegalStateException if no items were asked for
   */
  public CompletableFuture<TransactGetResult> execute() {
    TransactGetItemsRequest request = toRequest();
    CompletableFuture<TransactGetResult> done = new CompletableFuture<>();
    BatchFutures.send(() -> client.transactGetItems(request))
        .whenComplete(
            (response, error) -> {
              if (error == null) {
                done.complete(actions.result(response));
              } else {
                Throwable failure = BatchFutures.unwrap(error);
                done.completeExceptionally(
                    failure instanceof SdkException sdk ? actions.failure(sdk) : failure);
              }
            });
    return done;
  }
}
