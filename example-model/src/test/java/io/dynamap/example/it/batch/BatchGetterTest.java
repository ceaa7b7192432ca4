package io.dynamap.example.it.batch;

import static io.dynamap.example.it.batch.BatchWriterTest.customer;
import static io.dynamap.example.it.batch.BatchWriterTest.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderSummary;
import io.dynamap.example.OrderSummarySchema;
import io.dynamap.example.it.projection.StatusSummary;
import io.dynamap.example.it.projection.StatusSummarySchema;
import io.dynamap.runtime.batch.BatchGetException;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchGetStatistics;
import io.dynamap.runtime.batch.BatchGetter;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.batch.UnreadKey;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * {@link BatchGetter} against Dynamap Local over HTTP, with faults from {@link BatchInterceptor}.
 */
@DynamapLocalTest
class BatchGetterTest {
  private static final int ORDERS = 200;
  private static final int CUSTOMERS = 100;

  private final BatchInterceptor interceptor = new BatchInterceptor();
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
            .addExecutionInterceptor(interceptor)
            .build();
    orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    customers = new CustomerRepository(client, tables.create(CustomerSchema.INSTANCE));
    interceptor.sentinels.put(
        orders.tableName(), OrderSchema.INSTANCE.key("~sentinel~", Instant.EPOCH));
    interceptor.sentinels.put(customers.tableName(), CustomerSchema.INSTANCE.key("~sentinel~"));
    try (BatchWriter writer = BatchWriter.of(client)) {
      for (int i = 0; i < ORDERS; i++) {
        writer.put(orders, order(i));
      }
      for (int i = 0; i < CUSTOMERS; i++) {
        writer.put(customers, customer(i));
      }
    }
    interceptor.executions.set(0);
    interceptor.writesSent.clear();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static Map<String, AttributeValue> orderKey(int i) {
    Order o = order(i);
    return OrderSchema.INSTANCE.key(o.customerId(), o.placedAt());
  }

  private static Map<String, AttributeValue> customerKey(int i) {
    return CustomerSchema.INSTANCE.key("cust-" + i);
  }

  /**
   * All 200 orders and 100 customers, 40 order keys and 20 customer keys again, and 10 and 5 keys
   * with no item: 315 distinct keys.
   */
  private BatchGetter.Request everything(
      BatchGetter getter, List<Map<String, AttributeValue>> orderKeys) {
    for (int i = 0; i < ORDERS; i++) {
      orderKeys.add(orderKey(i));
      if (i % 5 == 0) {
        orderKeys.add(orderKey(i)); // 40 duplicates
      }
    }
    for (int i = ORDERS; i < ORDERS + 10; i++) {
      orderKeys.add(orderKey(i)); // no such item
    }
    BatchGetter.Request request = getter.request().addAll(orders, orderKeys);
    for (int i = CUSTOMERS + 4; i >= 0; i--) { // 5 missing, and in reverse: order is kept
      request.add(customers, customerKey(i));
      if (i % 5 == 0) {
        request.add(
            customers, CustomerSchema.INSTANCE.key("cust-" + i)); // an equal map, not the same
      }
    }
    return request;
  }

  @Test
  void readsKeysOfTwoTypesOnceEach() {
    List<Map<String, AttributeValue>> orderKeys = new ArrayList<>();
    BatchGetResult result = everything(BatchGetter.of(client), orderKeys).execute();

    assertEquals(new BatchGetStatistics(315, 61, 300, 4, 0, 0, 0), result.statistics());
    List<Order> found = result.items(orders).collect(Collectors.toList());
    List<Order> expected = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      expected.add(order(i));
    }
    assertEquals(expected, found); // in the order the keys were given, each once, missing absent

    Map<Map<String, AttributeValue>, Customer> byKey = result.itemsByKey(customers);
    assertEquals(CUSTOMERS, byKey.size());
    assertEquals("Name 42", byKey.get(customerKey(42)).getName());
    assertEquals("cust-99", byKey.values().iterator().next().getCustomerId());
    assertNull(byKey.get(customerKey(CUSTOMERS + 1)));

    // DynamoDB got at most 100 keys per request, none twice, 315 in all.
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (BatchGetItemRequest sent : interceptor.getsSent) {
      int inRequest = sent.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum();
      assertTrue(inRequest <= BatchGetter.MAX_KEYS_PER_REQUEST);
      total += inRequest;
      sent.requestItems()
          .forEach((table, keys) -> keys.keys().forEach(k -> assertTrue(seen.add(table + k))));
      sent.requestItems().values().forEach(k -> assertNull(k.consistentRead()));
    }
    assertEquals(315, total);
  }

  @Test
  void unprocessedKeysAreAskedForAgain() {
    interceptor.withhold = (n, table, position) -> n <= 6 && position % 4 == 1;
    BatchGetter getter =
        BatchGetter.builder(client).backoff(Duration.ofMillis(2), Duration.ofMillis(20)).build();
    BatchGetResult result = everything(getter, new ArrayList<>()).execute();

    BatchGetStatistics statistics = result.statistics();
    assertTrue(interceptor.withheld.get() > 0);
    assertEquals(interceptor.withheld.get(), statistics.unprocessedKeys());
    assertEquals(interceptor.executions.get(), statistics.requests());
    assertEquals(statistics.requests() - 4, statistics.retries());
    assertEquals(300, statistics.itemsFound());
    assertEquals(ORDERS, result.items(orders).count());
    assertEquals(CUSTOMERS, result.items(customers).count());
    // Each key reached DynamoDB once: withheld keys only when asked for again.
    int received =
        interceptor.getsSent.stream()
            .mapToInt(r -> r.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum())
            .sum();
    assertEquals(315, received);
  }

  @Test
  void projectedKeysAreReadWithAProjectionExpressionAndDecodedIntoTheRecord() {
    List<Map<String, AttributeValue>> orderKeys = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      orderKeys.add(orderKey(i));
    }
    orderKeys.add(orderKey(ORDERS + 1)); // no such item
    interceptor.withhold = (n, table, position) -> n == 1 && position % 7 == 3;
    // tag::batch-projection[]
    BatchGetResult result =
        BatchGetter.builder(client)
            .backoff(Duration.ofMillis(2), Duration.ofMillis(20))
            .build()
            .request()
            .addAll(orders, OrderSummarySchema.INSTANCE, orderKeys) // only the summary's attributes
            .add(customers, customerKey(3)) // whole items of another table, in the same requests
            .execute();
    List<OrderSummary> summaries = result.items(orders, OrderSummarySchema.INSTANCE).toList();
    // end::batch-projection[]

    List<OrderSummary> expected = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Order o = order(i);
      expected.add(new OrderSummary(o.customerId(), o.placedAt(), o.total()));
    }
    assertEquals(expected, summaries); // in key order, withheld keys asked for again
    assertTrue(interceptor.withheld.get() > 0);
    assertEquals("Name 3", result.itemsByKey(customers).get(customerKey(3)).getName());
    assertThrows(IllegalArgumentException.class, () -> result.items(orders));

    for (BatchGetItemRequest sent : interceptor.getsSent) {
      KeysAndAttributes ofOrders = sent.requestItems().get(orders.tableName());
      if (ofOrders != null) { // every request, retries too, names the projection's attributes
        assertEquals("#p0, #p1, #p2", ofOrders.projectionExpression());
        assertEquals(
            Map.of("#p0", "customerId", "#p1", "placedAt", "#p2", "total"),
            ofOrders.expressionAttributeNames());
      }
      KeysAndAttributes ofCustomers = sent.requestItems().get(customers.tableName());
      if (ofCustomers != null) {
        assertNull(ofCustomers.projectionExpression());
      }
    }
  }

  @Test
  void projectionsOfOneTableAreMergedAndEachDecodesItsOwnKeys() {
    Map<String, AttributeValue> both = orderKey(1);
    BatchGetResult result =
        BatchGetter.of(client)
            .request()
            .add(orders, OrderSummarySchema.INSTANCE, orderKey(0))
            .add(orders, OrderSummarySchema.INSTANCE, both)
            .add(orders, StatusSummarySchema.INSTANCE, both) // read once, decoded twice
            .add(orders, StatusSummarySchema.INSTANCE, orderKey(2))
            .execute();

    Order first = order(0);
    Order second = order(1);
    Order third = order(2);
    assertEquals(
        List.of(
            new OrderSummary(first.customerId(), first.placedAt(), first.total()),
            new OrderSummary(second.customerId(), second.placedAt(), second.total())),
        result.items(orders, OrderSummarySchema.INSTANCE).toList());
    assertEquals(
        List.of(
            new StatusSummary(second.status(), second.total(), second.orderId(), second.itemCount()),
            new StatusSummary(third.status(), third.total(), third.orderId(), third.itemCount())),
        result.items(orders, StatusSummarySchema.INSTANCE).toList());
    assertEquals(3, result.statistics().keysRequested());

    KeysAndAttributes sent = interceptor.getsSent.get(0).requestItems().get(orders.tableName());
    // the key attributes, then each projection's attributes once
    assertEquals("#p0, #p1, #p2, #p3, #p4, #p5", sent.projectionExpression());
    assertEquals(
        Set.of("customerId", "placedAt", "total", "status", "orderId", "itemCount"),
        Set.copyOf(sent.expressionAttributeNames().values()));
  }

  @Test
  void aTableAlsoReadWholeIsReadWhole() {
    BatchGetResult result =
        BatchGetter.of(client)
            .request()
            .add(orders, OrderSummarySchema.INSTANCE, orderKey(4))
            .add(orders, orderKey(5))
            .execute();
    Order fourth = order(4);
    assertEquals(
        List.of(new OrderSummary(fourth.customerId(), fourth.placedAt(), fourth.total())),
        result.items(orders, OrderSummarySchema.INSTANCE).toList());
    assertEquals(List.of(order(5)), result.items(orders).toList());
    assertNull(
        interceptor.getsSent.get(0).requestItems().get(orders.tableName()).projectionExpression());
  }

  @Test
  void getReadsProjectionsByKey() {
    Map<Map<String, AttributeValue>, OrderSummary> byKey =
        BatchGetter.of(client)
            .getByKey(orders, OrderSummarySchema.INSTANCE, List.of(orderKey(7), orderKey(ORDERS)));
    Order seventh = order(7);
    assertEquals(
        Map.of(
            orderKey(7), new OrderSummary(seventh.customerId(), seventh.placedAt(), seventh.total())),
        byKey);
  }

  @Test
  void throttledCallsAreRetried() {
    interceptor.throttle = n -> n == 1 || n == 3;
    BatchGetter getter =
        BatchGetter.builder(client).backoff(Duration.ofMillis(2), Duration.ofMillis(20)).build();
    BatchGetResult result = everything(getter, new ArrayList<>()).execute();
    assertEquals(2, result.statistics().throttles());
    assertEquals(2, result.statistics().retries());
    assertEquals(6, result.statistics().requests());
    assertEquals(300, result.statistics().itemsFound());
  }

  @Test
  void consistentReadIsSentWhenAskedFor() {
    BatchGetter getter = BatchGetter.builder(client).consistentRead(true).build();
    List<Customer> found =
        getter.get(customers, List.of(customerKey(1), customerKey(2))).collect(Collectors.toList());
    assertEquals(2, found.size());
    Map<Map<String, AttributeValue>, Order> byKey = getter.getByKey(orders, List.of(orderKey(3)));
    assertEquals(order(3), byKey.get(orderKey(3)));
    assertEquals(2, interceptor.getsSent.size());
    for (BatchGetItemRequest sent : interceptor.getsSent) {
      for (KeysAndAttributes keys : sent.requestItems().values()) {
        assertEquals(Boolean.TRUE, keys.consistentRead());
      }
    }
  }

  @Test
  void whenKeysStayUnprocessedTheExceptionListsThemWithWhatWasRead() {
    // Customers' keys are never processed; orders' are.
    interceptor.withhold = (n, table, position) -> table.equals(customers.tableName());
    BatchGetter getter =
        BatchGetter.builder(client)
            .backoff(Duration.ofMillis(10), Duration.ofMillis(50))
            .retryBudget(Duration.ofMillis(300))
            .build();
    BatchGetter.Request request = getter.request();
    for (int i = 0; i < 150; i++) {
      request.add(orders, orderKey(i));
    }
    for (int i = 0; i < 30; i++) {
      request.add(customers, customerKey(i));
    }
    long start = System.nanoTime();
    BatchGetException failure = assertThrows(BatchGetException.class, request::execute);
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());

    // Keys go in order: the first request has 100 orders, the second 50 orders and 30 customers.
    Set<UnreadKey> expected = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      expected.add(new UnreadKey(customers.tableName(), customerKey(i)));
    }
    assertEquals(expected, new HashSet<>(failure.unreadKeys()));
    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "30 keys were not read (still unprocessed when the retry"
                    + " budget of 300 ms ran out)"),
        failure.getMessage());
    assertEquals(150, failure.partialResult().items(orders).count());
    assertEquals(0, failure.partialResult().items(customers).count());
  }

  @Test
  void aRefusedRequestFailsWithEveryKeyNotRead() {
    OrderRepository missing = new OrderRepository(client, "NoSuchTable-" + UUID.randomUUID());
    BatchGetter.Request request = BatchGetter.of(client).request();
    for (int i = 0; i < 120; i++) {
      request.add(missing, orderKey(i));
    }
    BatchGetException failure = assertThrows(BatchGetException.class, request::execute);
    assertInstanceOf(ResourceNotFoundException.class, failure.getCause());
    assertEquals(120, failure.unreadKeys().size());
    assertEquals(1, failure.partialResult().statistics().requests()); // refused: not retried
  }

  @Test
  void numbersAreComparedByValueAsDynamoDbDoes(TestTables tables) {
    CounterRepository counters =
        new CounterRepository(client, tables.create(CounterSchema.INSTANCE));
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.put(counters, new Counter(7, "seven"));
      // 7, 7.0 and 70E-1 are one key to DynamoDB: collapsed, so it sees no duplicates.
      writer.deleteByKey(counters, Map.of("id", AttributeValue.fromN("7.0")));
      writer.put(counters, new Counter(7, "seven again"));
      writer.flush();
      assertEquals(2, writer.statistics().itemsCollapsed());
      assertEquals(1, writer.statistics().itemsWritten());
    }
    Map<String, AttributeValue> first = Map.of("id", AttributeValue.fromN("7.0"));
    BatchGetResult result =
        BatchGetter.of(client)
            .request()
            .add(counters, first)
            .add(counters, Map.of("id", AttributeValue.fromN("70E-1")))
            .add(counters, CounterSchema.INSTANCE.key(7))
            .execute();
    assertEquals(2, result.statistics().keysCollapsed());
    assertEquals(Map.of(first, new Counter(7, "seven again")), result.itemsByKey(counters));
  }

  @Test
  void aMapThatIsNotAKeyFailsWhenAdded() {
    BatchGetter.Request request = BatchGetter.of(client).request();
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> request.add(customers, orderKey(1)));
    assertTrue(
        e.getMessage().contains("is not a key of Customer, which needs customerId (S)"),
        e.getMessage());
    assertThrows(
        ItemMappingException.class,
        () -> request.add(customers, Map.of("customerId", AttributeValue.fromS(""))));
    assertEquals(0, interceptor.executions.get());
    assertThrows(IllegalArgumentException.class, () -> request.execute().items(orders));
  }
}
