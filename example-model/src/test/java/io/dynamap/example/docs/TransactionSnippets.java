package io.dynamap.example.docs;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerAttributes;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.example.Order;
import io.dynamap.example.OrderAttributes;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.tx.TransactGetResult;
import io.dynamap.runtime.tx.Transaction;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class TransactionSnippets {
  void checkout(
      DynamoDbClient client, OrderRepository orders, CustomerRepository customers, Order order,
      Order oldOrder, Customer customer, Customer referrer) {
    // tag::transactions[]
    Transaction.write(client)                                           // TransactWriteItems
        .put(orders, order, OrderAttributes.customerId.notExists())
        .update(customers, customers.update(customer).increment(CustomerAttributes.loyaltyPoints, 10))
        .delete(orders, oldOrder, OrderAttributes.status.eq(OrderStatus.SHIPPED))
        .conditionCheck(customers, referrer, CustomerAttributes.email.exists())
        .idempotencyToken("checkout-" + order.orderId())                // ClientRequestToken
        .execute();                                                     // all or nothing

    TransactGetResult read = Transaction.get(client)                   // TransactGetItems
        .get(orders, order).getByKey(customers, CustomerSchema.INSTANCE.key("c-001")).execute();
    Optional<Order> o = read.item(orders, 0);                           // typed, by position
    List<Customer> cs = read.items(customers);
    // end::transactions[]
  }
}
