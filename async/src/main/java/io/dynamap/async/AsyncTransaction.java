package io.dynamap.async;

import io.dynamap.runtime.tx.Transaction;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Where non-blocking transactions start: the counterpart of {@link Transaction}, with the same
 * actions, checks, limits and exceptions, on a {@link DynamoDbAsyncClient}.
 *
 * <pre>{@code
 * AsyncTransaction.write(asyncClient)
 *     .put(orders, order, OrderAttributes.customerId.notExists())
 *     .delete(carts, cart)
 *     .execute()                       // CompletableFuture<Void>
 *     .exceptionally(failure -> ...);  // a TransactionCancelledException, with each action's outcome
 *
 * AsyncTransaction.get(asyncClient).get(orders, order).get(customers, customer).execute()
 *     .thenAccept(read -> read.item(customers, 1).ifPresent(this::greet));
 * }</pre>
 */
public final class AsyncTransaction {
  private AsyncTransaction() {}

  /**
   * A new, empty write transaction ({@code TransactWriteItems}) sent through this client.
   *
   * @param client the client that {@code execute()} calls; not null
   * @return a new transaction; a builder for one thread
   */
  public static AsyncWriteTransaction write(DynamoDbAsyncClient client) {
    return new AsyncWriteTransaction(Objects.requireNonNull(client, "client"));
  }

  /**
   * A new, empty read transaction ({@code TransactGetItems}) sent through this client.
   *
   * @param client the client that {@code execute()} calls; not null
   * @return a new transaction; a builder for one thread
   */
  public static AsyncGetTransaction get(DynamoDbAsyncClient client) {
    return new AsyncGetTransaction(Objects.requireNonNull(client, "client"));
  }
}
