package io.dynamap.example.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerAttributes;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.example.Order;
import io.dynamap.example.OrderAttributes;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.error.TransactionCancelledException.Outcome;
import io.dynamap.runtime.tx.TransactGetResult;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.runtime.tx.WriteTransaction;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Write and read transactions across the Orders and Customers tables against Dynamap Local:
 * atomic commits, a cancelled transaction mapped back to its actions with the typed current
 * item, limits refused before sending, idempotency tokens and typed transactional reads.
 */
@DynamapLocalTest
class TransactionTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private DynamoDbClient client;
  private OrderRepository orders;
  private CustomerRepository customers;

  @BeforeEach
  void setUp(LocalDynamoDb local, TestTables tables) {
    client =
        DynamapClients.builder()
            .endpoint(local.endpoint())
            .credentials(
                LocalDynamoDb.credentials())
            .addExecutionInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeTransmission(
                      Context.BeforeTransmission context, ExecutionAttributes attributes) {
                    requests.add(context.request());
                  }
                })
            .build();
    orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    customers = new CustomerRepository(client, tables.create(CustomerSchema.INSTANCE));
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static Order order(String customerId, int minutes, OrderStatus status) {
    Order order =
        new Order(
            customerId,
            AT.plusSeconds(60L * minutes),
            UUID.nameUUIDFromBytes((customerId + minutes).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            status,
            new BigDecimal("42.5"),
            1,
            false,
            "note " + minutes);
    return OrderSchema.INSTANCE.fromItem(OrderSchema.INSTANCE.toItem(order));
  }

  private static Customer customer(String id, long points) {
    Customer c = new Customer(id, "Name " + id, id + "@example.com", AT);
    c.setLoyaltyPoints(points);
    return c;
  }

  private List<TransactWriteItemsRequest> writes() {
    return requests.stream()
        .filter(TransactWriteItemsRequest.class::isInstance)
        .map(TransactWriteItemsRequest.class::cast)
        .toList();
  }

  @Test
  void putsUpdatesDeletesAndChecksAcrossTablesAtomically() {
    Order old = order("c-1", 0, OrderStatus.SHIPPED);
    orders.put(old);
    customers.put(customer("c-1", 100));
    customers.put(customer("c-2", 5));
    Order placed = order("c-1", 10, OrderStatus.PLACED);

    Transaction.write(client)
        .put(orders, placed, OrderAttributes.customerId.notExists())
        .update(
            customers,
            customers.update(customer("c-1", 0)).increment(CustomerAttributes.loyaltyPoints, 10).whenExists())
        .delete(orders, old, OrderAttributes.status.eq(OrderStatus.SHIPPED))
        .conditionCheck(customers, customer("c-2", 0), CustomerAttributes.loyaltyPoints.ge(5L))
        .execute();

    assertEquals(Optional.of(placed), orders.get("c-1", placed.placedAt()));
    assertEquals(Optional.empty(), orders.get("c-1", old.placedAt()));
    assertEquals(110, customers.get("c-1").orElseThrow().getLoyaltyPoints());
    assertEquals(5, customers.get("c-2").orElseThrow().getLoyaltyPoints());

    TransactWriteItemsRequest sent = writes().get(0);
    assertEquals(4, sent.transactItems().size());
    assertEquals(null, sent.clientRequestToken());
    // Every conditional action asks for the current item should its condition fail.
    for (TransactWriteItem item : sent.transactItems()) {
      ReturnValuesOnConditionCheckFailure returned =
          item.put() != null
              ? item.put().returnValuesOnConditionCheckFailure()
              : item.update() != null
                  ? item.update().returnValuesOnConditionCheckFailure()
                  : item.delete() != null
                      ? item.delete().returnValuesOnConditionCheckFailure()
                      : item.conditionCheck().returnValuesOnConditionCheckFailure();
      assertEquals(ReturnValuesOnConditionCheckFailure.ALL_OLD, returned);
    }
  }

  @Test
  void aFailedConditionCancelsEverythingAndNamesItsActionWithTheTypedCurrentItem() {
    Order placed = order("c-1", 0, OrderStatus.PLACED);
    orders.put(placed);
    customers.put(customer("c-1", 100));
    Order another = order("c-1", 10, OrderStatus.PLACED);

    WriteTransaction tx =
        Transaction.write(client)
            .put(orders, another)
            .update(
                customers,
                customers.update(customer("c-1", 0)).increment(CustomerAttributes.loyaltyPoints, 10))
            .conditionCheck(orders, placed, OrderAttributes.status.eq(OrderStatus.SHIPPED))
            .delete(customers, customer("c-9", 0), CustomerAttributes.customerId.notExists());
    TransactionCancelledException e = assertThrows(TransactionCancelledException.class, tx::execute);

    // Nothing was written.
    assertEquals(Optional.empty(), orders.get("c-1", another.placedAt()));
    assertEquals(100, customers.get("c-1").orElseThrow().getLoyaltyPoints());

    List<Outcome> outcomes = e.outcomes();
    assertEquals(4, outcomes.size());
    assertEquals(List.of("None", "None", "ConditionalCheckFailed", "None"),
        outcomes.stream().map(Outcome::code).toList());
    Outcome failed = e.failedOutcomes().get(0);
    assertEquals(2, failed.index());
    assertEquals("ConditionCheck", failed.operation());
    assertEquals(orders.tableName(), failed.tableName());
    assertTrue(failed.action().startsWith("#2 ConditionCheck on table " + orders.tableName()), failed.action());
    assertTrue(failed.action().contains("customerId=\"c-1\""), failed.action());
    assertTrue(failed.conditionFailed());
    assertEquals(Optional.of(placed), failed.item(OrderSchema.INSTANCE));
    assertEquals(Optional.of(placed), failed.currentItem());
    assertTrue(e.getMessage().contains("#2 ConditionCheck"), e.getMessage());
    assertTrue(e.getMessage().contains("ConditionalCheckFailed"), e.getMessage());
    assertEquals(Optional.empty(), e.outcome(0).currentItem());
    assertFalse(e.outcome(1).failed());
    assertThrows(IllegalArgumentException.class, () -> failed.item(CustomerSchema.INSTANCE));
    assertEquals(4, e.cancellationReasons().size());
  }

  @Test
  void moreThanOneHundredActionsAreRefusedBeforeSending() {
    WriteTransaction tx = Transaction.write(client);
    for (int i = 0; i < Transaction.MAX_ACTIONS; i++) {
      tx.put(customers, customer("c-" + i, i));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tx.put(customers, customer("c-100", 0)));
    assertTrue(e.getMessage().contains("#100 Put on table " + customers.tableName()), e.getMessage());
    assertTrue(e.getMessage().contains("at most 100 actions"), e.getMessage());
    assertEquals(100, tx.size());
    assertTrue(writes().isEmpty());

    // The hundred it holds are within DynamoDB's limit and go in one request.
    tx.execute();
    assertEquals(100, customers.scan().stream().count());
  }

  @Test
  void twoActionsOnOneItemAreRefusedBeforeSending() {
    Order placed = order("c-1", 0, OrderStatus.PLACED);
    WriteTransaction tx = Transaction.write(client).put(orders, placed);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> tx.conditionCheck(orders, placed, OrderAttributes.status.exists()));
    assertTrue(e.getMessage().contains("#1 ConditionCheck"), e.getMessage());
    assertTrue(e.getMessage().contains("#0 Put"), e.getMessage());
    // The same key in another table is another item.
    tx.put(customers, customer("c-1", 0));
    tx.execute();
    assertEquals(1, writes().size());
  }

  @Test
  void theIdempotencyTokenIsSentAndARetryWritesOnce() {
    String token = "checkout-" + UUID.randomUUID().toString().substring(0, 8);
    customers.put(customer("c-1", 100));
    for (int attempt = 0; attempt < 2; attempt++) {
      Transaction.write(client)
          .update(
              customers,
              customers.update(customer("c-1", 0)).increment(CustomerAttributes.loyaltyPoints, 10))
          .idempotencyToken(token)
          .execute();
    }
    assertEquals(2, writes().size());
    assertEquals(token, writes().get(0).clientRequestToken());
    assertEquals(token, writes().get(1).clientRequestToken());
    assertEquals(110, customers.get("c-1").orElseThrow().getLoyaltyPoints());
    assertThrows(IllegalArgumentException.class, () -> Transaction.write(client).idempotencyToken(""));
  }

  @Test
  void transactGetReadsTypedItemsFromTwoTables() {
    Order placed = order("c-1", 0, OrderStatus.PLACED);
    orders.put(placed);
    customers.put(customer("c-1", 100));
    customers.put(customer("c-2", 7));

    TransactGetResult read =
        Transaction.get(client)
            .get(orders, placed)
            .get(customers, customer("c-1", 0))
            .get(customers, customer("c-missing", 0))
            .get(customers, customer("c-2", 0))
            .execute();

    assertEquals(4, read.size());
    Optional<Order> order = read.item(orders, 0);
    assertEquals(Optional.of(placed), order);
    Customer first = read.item(customers, 1).orElseThrow();
    assertEquals("c-1", first.getCustomerId());
    assertEquals(100, first.getLoyaltyPoints());
    assertEquals(Optional.empty(), read.item(customers, 2));
    assertFalse(read.exists(2));
    assertEquals(List.of("c-1", "c-2"), read.items(customers).stream().map(Customer::getCustomerId).toList());
    assertEquals(List.of(placed), read.items(orders));
    assertEquals(7, read.item(customers, customer("c-2", 0)).orElseThrow().getLoyaltyPoints());
    assertThrows(IllegalArgumentException.class, () -> read.item(orders, 1));

    Transaction.get(client).get(customers, customer("c-1", 0));
    var tooMany = Transaction.get(client);
    for (int i = 0; i < 100; i++) {
      tooMany.get(customers, customer("k-" + i, 0));
    }
    assertThrows(IllegalArgumentException.class, () -> tooMany.get(customers, customer("k-100", 0)));
  }
}
