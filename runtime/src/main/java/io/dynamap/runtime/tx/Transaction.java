package io.dynamap.runtime.tx;

import io.dynamap.runtime.core.TransactionCore;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where transactions start:
 *
 * <pre>{@code
 * Transaction.write(client)
 *     .put(orders, order, OrderAttributes.customerId.notExists())
 *     .update(customers.update(customer).increment(CustomerAttributes.loyaltyPoints, 10))
 *     .delete(carts, cart)
 *     .conditionCheck(customers, customer, CustomerAttributes.email.exists())
 *     .idempotencyToken("checkout-" + order.orderId())
 *     .execute();
 *
 * TransactGetResult read = Transaction.get(client).get(orders, order).get(customers, customer).execute();
 * Optional<Customer> c = read.item(customers, 1);
 * }</pre>
 */
public final class Transaction {
  /** DynamoDB's limit of actions in one transaction. */
  public static final int MAX_ACTIONS = TransactionCore.MAX_ACTIONS;

  private Transaction() {}

  /**
   * A new, empty write transaction ({@code TransactWriteItems}) sent through this client.
   *
   * @param client the client that {@code execute()} calls; not null
   * @return a new transaction; a builder for one thread
   */
  public static WriteTransaction write(DynamoDbClient client) {
    return new WriteTransaction(Objects.requireNonNull(client, "client"));
  }

  /**
   * A new, empty read transaction ({@code TransactGetItems}) sent through this client.
   *
   * @param client the client that {@code execute()} calls; not null
   * @return a new transaction; a builder for one thread
   */
  public static GetTransaction get(DynamoDbClient client) {
    return new GetTransaction(Objects.requireNonNull(client, "client"));
  }
}
