package io.dynamap.example.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.batch.UnwrittenItem.Operation;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.ItemSizes;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link BatchWriter} against Dynamap Local over HTTP. Faults (unprocessed items, throttling,
 * slowness) come from {@link BatchInterceptor}, which changes what DynamoDB receives and answers
 * rather than mocking it: an item it reports unprocessed really was not written.
 */
@DynamapLocalTest
class BatchWriterTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

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
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Order order(int i) {
    return new Order(
        "c-" + (i % 37),
        T0.plusSeconds(i),
        new UUID(7, i),
        OrderStatus.values()[i % OrderStatus.values().length],
        new BigDecimal(i + ".25"),
        i % 9,
        i % 2 == 0,
        "note " + i);
  }

  static Customer customer(int i) {
    Customer customer =
        new Customer("cust-" + i, "Name " + i, "n" + i + "@example.com", T0.plusSeconds(i));
    customer.setLoyaltyPoints(i);
    return customer;
  }

  private static BatchWriter.Builder fastRetries(BatchWriter.Builder builder) {
    return builder.backoff(Duration.ofMillis(2), Duration.ofMillis(20));
  }

  @Test
  void writesEveryItemOnceAcrossTwoTablesAndTypes() {
    int orderCount = 1_030;
    int customerCount = 515;
    try (BatchWriter writer = BatchWriter.of(client)) {
      for (int i = 0; i < orderCount; i++) {
        writer.put(orders, order(i));
        if (i < customerCount) {
          writer.put(customers, customer(i));
        }
      }
      writer.flush();
      BatchWriteStatistics statistics = writer.statistics();
      // Buffers are per table: ceil(1030 / 25) + ceil(515 / 25) requests, nothing retried.
      assertEquals(
          new BatchWriteStatistics(orderCount + customerCount, 0, 0, 42 + 21, 0, 0, 0), statistics);
    }
    assertEquals(42, requestsFor(orders.tableName()));
    assertEquals(21, requestsFor(customers.tableName()));
    assertTrue(
        interceptor.writesSent.stream()
            .allMatch(
                r ->
                    r.requestItems().size() == 1
                        && r.requestItems().values().iterator().next().size()
                            <= BatchWriter.MAX_ITEMS_PER_REQUEST));
    assertEquals(orderCount, interceptor.writesReceived(orders.tableName()));
    assertEquals(customerCount, interceptor.writesReceived(customers.tableName()));

    assertOrdersStored(orderCount);
    Map<String, Customer> storedCustomers =
        customers.scan().stream().collect(Collectors.toMap(Customer::getCustomerId, Function.identity()));
    assertEquals(customerCount, storedCustomers.size());
    for (int i = 0; i < customerCount; i++) {
      Customer stored = storedCustomers.get("cust-" + i);
      assertEquals("Name " + i, stored.getName());
      assertEquals("n" + i + "@example.com", stored.getEmail());
      assertEquals(T0.plusSeconds(i), stored.getSignedUpAt());
      assertEquals(i, stored.getLoyaltyPoints());
    }
  }

  @Test
  void writesToOneKeyInOneBufferCollapseAndTheLastWins() {
    Order first = order(1);
    Order second = withNote(first, "second");
    Order gone = order(2);
    Order kept = order(3);
    Customer replaced = customer(1);
    Customer replacement = customer(1);
    replacement.setName("Replacement");
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.put(orders, first);
      writer.put(orders, gone);
      writer.put(orders, second);
      writer.deleteByKey(orders, OrderSchema.INSTANCE.key(gone.customerId(), gone.placedAt()));
      writer.put(orders, kept);
      writer.put(customers, replaced);
      writer.delete(customers, replaced);
      writer.put(customers, replacement);
      // 100 puts of 4 keys: one buffer, 4 writes.
      for (int i = 0; i < 100; i++) {
        writer.put(orders, withNote(order(10 + i % 4), "round " + i));
      }
      writer.flush();
      assertEquals(4 + 96, writer.statistics().itemsCollapsed());
      assertEquals(2, writer.statistics().requests());
      assertEquals(3 + 4 + 1, writer.statistics().itemsWritten());
    }
    // DynamoDB saw each key once per request: no "duplicates" error, and the last write of each.
    assertEquals(7, interceptor.writesReceived(orders.tableName()));
    assertEquals(1, interceptor.writesReceived(customers.tableName()));
    assertEquals("second", orders.get(first.customerId(), first.placedAt()).orElseThrow().note());
    assertTrue(orders.get(gone.customerId(), gone.placedAt()).isEmpty());
    assertEquals(kept, orders.get(kept.customerId(), kept.placedAt()).orElseThrow());
    assertEquals("Replacement", customers.get("cust-1").orElseThrow().getName());
    for (int k = 0; k < 4; k++) {
      Order o = order(10 + k);
      assertEquals(
          "round " + (96 + k), orders.get(o.customerId(), o.placedAt()).orElseThrow().note());
    }
  }

  @Test
  void aLaterBatchWithTheSameKeyWaitsForTheEarlierOneInFlight() {
    Order early = withNote(order(0), "early");
    Order late = withNote(order(0), "late");
    interceptor.slowOne = 1; // the first batch, holding "early", takes half a second longer
    interceptor.slowOneDelay = Duration.ofMillis(500);
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.put(orders, early);
      for (int i = 1; i < 25; i++) {
        writer.put(orders, order(i));
      }
      writer.put(orders, order(25)); // the buffer is full: the first batch goes
      writer.put(orders, late); // into the next buffer, as "early" is no longer buffered
      for (int i = 26; i < 49; i++) {
        writer.put(orders, order(i));
      }
      writer.flush(); // sends the second batch, which must wait for the first
      assertEquals(0, writer.statistics().itemsCollapsed());
      assertEquals(2, writer.statistics().requests());
    }
    // Without the wait, the fast second batch would land first and the slow "early" would win.
    assertEquals(1, interceptor.maxInFlight.get());
    assertEquals("late", orders.get(late.customerId(), late.placedAt()).orElseThrow().note());
  }

  @Test
  void deletesByEntityAndByKey() {
    List<Order> all = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(order(i));
    }
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.putAll(orders, all);
      writer.flush();
      for (int i = 0; i < 40; i++) {
        writer.delete(orders, all.get(i));
      }
      for (int i = 40; i < 70; i++) {
        writer.deleteByKey(
            orders, OrderSchema.INSTANCE.key(all.get(i).customerId(), all.get(i).placedAt()));
      }
      writer.flush();
      assertEquals(170, writer.statistics().itemsWritten());
    }
    Set<Order> remaining = orders.scan().stream().collect(Collectors.toSet());
    assertEquals(Set.copyOf(all.subList(70, 100)), remaining);
  }

  @Test
  void badInputFailsAtTheCallBeforeAnyRequest() {
    try (BatchWriter writer = BatchWriter.of(client)) {
      Order noKey = new Order(null, T0, null, null, null, 0, false, null);
      ItemMappingException nullKey =
          assertThrows(ItemMappingException.class, () -> writer.put(orders, noKey));
      assertTrue(nullKey.getMessage().contains(orders.tableName()), nullKey.getMessage());
      assertTrue(nullKey.getMessage().contains("customerId"), nullKey.getMessage());

      ItemMappingException otherEntitysKey =
          assertThrows(
              ItemMappingException.class,
              () -> writer.deleteByKey(orders, CustomerSchema.INSTANCE.key("cust-1")));
      assertTrue(otherEntitysKey.getMessage().contains("placedAt"), otherEntitysKey.getMessage());

      Map<String, AttributeValue> wrongType =
          Map.of("customerId", AttributeValue.fromN("1"), "placedAt", AttributeValue.fromS("x"));
      ItemMappingException typed =
          assertThrows(ItemMappingException.class, () -> writer.deleteByKey(orders, wrongType));
      assertTrue(
          typed.getMessage().contains("'customerId' is N, the key needs S"), typed.getMessage());

      Order huge = withNote(order(1), "x".repeat(ItemSizes.MAX_ITEM_BYTES));
      ItemMappingException tooLarge =
          assertThrows(ItemMappingException.class, () -> writer.put(orders, huge));
      assertTrue(
          tooLarge.getMessage().contains("table " + orders.tableName()), tooLarge.getMessage());
      assertTrue(tooLarge.getMessage().contains("customerId=\"c-1\""), tooLarge.getMessage());
      assertTrue(
          tooLarge.getMessage().contains("over DynamoDB's limit of 409600 bytes"),
          tooLarge.getMessage());
      writer.flush();
      assertEquals(0, writer.statistics().requests());
    }
    assertEquals(0, interceptor.executions.get());
  }

  @Test
  void itemsUpTo400KbAreAcceptedAndDynamoDbAgrees() {
    // Customers: a table without local indexes, whose projected copies DynamoDB also counts.
    Customer base = new Customer("c-big", "", "big@example.com", Instant.parse("2026-01-01T00:00:00Z"));
    long baseSize = ItemSizes.itemSize(CustomerSchema.INSTANCE.toItem(base));
    Customer largest = new Customer("c-big", "y".repeat((int) (ItemSizes.MAX_ITEM_BYTES - baseSize)),
        "big@example.com", base.getSignedUpAt());
    assertEquals(
        ItemSizes.MAX_ITEM_BYTES, ItemSizes.itemSize(CustomerSchema.INSTANCE.toItem(largest)));
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.put(customers, largest);
      Customer oneByteMore = new Customer("c-big", largest.getName() + "y", "big@example.com", base.getSignedUpAt());
      assertThrows(ItemMappingException.class, () -> writer.put(customers, oneByteMore));
    }
    assertEquals(largest.getName(), customers.get("c-big").orElseThrow().getName());
  }

  @Test
  void aProducerFasterThanDynamoDbWaitsWithBoundedMemory() {
    interceptor.delay = Duration.ofMillis(80);
    int maxInFlight = 2;
    long maxBacklog = 0;
    long start = System.nanoTime();
    try (BatchWriter writer = BatchWriter.builder(client).maxInFlight(maxInFlight).build()) {
      for (int i = 0; i < 300; i++) {
        writer.put(orders, order(i));
        // Accepted but not yet written: at most one buffer and the batches in flight.
        maxBacklog = Math.max(maxBacklog, (i + 1) - writer.statistics().itemsWritten());
      }
      long producing = System.nanoTime() - start;
      // 12 batches, 2 at a time, 80 ms each: the producer had to wait for the first 10.
      assertTrue(
          producing >= TimeUnit.MILLISECONDS.toNanos(5 * 80),
          "producer did not wait: " + producing);
    }
    assertEquals(maxInFlight, interceptor.maxInFlight.get());
    assertTrue(maxBacklog <= (maxInFlight + 1) * 25L, "backlog " + maxBacklog);
    assertEquals(300, orders.scan().stream().count());
  }

  @Test
  void severalProducersShareOneWriter() throws Exception {
    ExecutorService producers = Executors.newFixedThreadPool(4);
    try (BatchWriter writer = BatchWriter.of(client)) {
      List<CompletableFuture<Void>> done = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        int first = p * 250;
        done.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = first; i < first + 250; i++) {
                    writer.put(orders, order(i));
                  }
                },
                producers));
      }
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      writer.flush();
      assertEquals(1_000, writer.statistics().itemsWritten());
      assertEquals(40, writer.statistics().requests());
    } finally {
      producers.shutdownNow();
    }
    assertOrdersStored(1_000);
  }

  @Test
  void unprocessedItemsAreRetriedUntilWritten() {
    // The first 10 executions, retries included, return every third write unprocessed.
    interceptor.withhold = (n, table, position) -> n <= 10 && position % 3 == 0;
    try (BatchWriter writer = fastRetries(BatchWriter.builder(client)).build()) {
      for (int i = 0; i < 500; i++) {
        writer.put(orders, order(i));
        if (i < 250) {
          writer.put(customers, customer(i));
        }
      }
      writer.flush();
      BatchWriteStatistics statistics = writer.statistics();
      assertTrue(interceptor.withheld.get() > 0);
      assertEquals(interceptor.withheld.get(), statistics.unprocessedItems());
      assertEquals(interceptor.executions.get(), statistics.requests());
      assertEquals(statistics.requests() - (20 + 10), statistics.retries());
      assertEquals(750, statistics.itemsWritten());
      assertEquals(0, statistics.throttles());
    }
    // DynamoDB received every item exactly once: the withheld ones only when they were retried.
    assertEquals(500, interceptor.writesReceived(orders.tableName()));
    assertEquals(250, interceptor.writesReceived(customers.tableName()));
    assertOrdersStored(500);
    assertEquals(250, customers.scan().stream().count());
  }

  @Test
  void throttledRequestsAreRetriedUntilWritten() {
    Set<Integer> throttled = Set.of(2, 3, 5, 8, 9);
    interceptor.throttle = throttled::contains;
    try (BatchWriter writer = fastRetries(BatchWriter.builder(client)).build()) {
      for (int i = 0; i < 400; i++) {
        writer.put(orders, order(i));
        if (i < 100) {
          writer.put(customers, customer(i));
        }
      }
      writer.flush();
      BatchWriteStatistics statistics = writer.statistics();
      assertEquals(throttled.size(), interceptor.throttled.get());
      assertEquals(throttled.size(), statistics.throttles());
      assertEquals(interceptor.executions.get(), statistics.requests());
      assertEquals(16 + 4, statistics.requests() - statistics.retries());
      assertEquals(throttled.size(), statistics.retries());
      assertEquals(500, statistics.itemsWritten());
      assertEquals(0, statistics.unprocessedItems());
    }
    assertEquals(400, interceptor.writesReceived(orders.tableName()));
    assertEquals(100, interceptor.writesReceived(customers.tableName()));
    assertOrdersStored(400);
    assertEquals(100, customers.scan().stream().count());
  }

  @Test
  void whenEverythingStaysUnprocessedCloseReportsEveryItemWithinTheBudget() {
    interceptor.withhold = (n, table, position) -> true;
    Duration budget = Duration.ofMillis(400);
    Set<String> expected = new HashSet<>();
    BatchWriter writer =
        BatchWriter.builder(client)
            .backoff(Duration.ofMillis(10), Duration.ofMillis(100))
            .retryBudget(budget)
            .build();
    for (int i = 0; i < 30; i++) {
      writer.put(orders, order(i));
      expected.add(
          describe(Operation.PUT, orders.tableName(), OrderSchema.INSTANCE.keyOf(order(i))));
    }
    for (int i = 0; i < 20; i++) {
      writer.put(customers, customer(i));
      expected.add(
          describe(
              Operation.PUT, customers.tableName(), CustomerSchema.INSTANCE.keyOf(customer(i))));
    }
    Map<String, AttributeValue> deleted = OrderSchema.INSTANCE.key("c-gone", T0);
    writer.deleteByKey(orders, deleted);
    expected.add(describe(Operation.DELETE, orders.tableName(), deleted));

    long start = System.nanoTime();
    BatchWriteException failure = assertThrows(BatchWriteException.class, writer::close);
    long elapsed = System.nanoTime() - start;

    assertTrue(
        elapsed < budget.toNanos() + TimeUnit.SECONDS.toNanos(3),
        "took " + elapsed / 1_000_000 + " ms");
    List<UnwrittenItem> unwritten = failure.unwrittenItems();
    assertEquals(51, unwritten.size());
    assertEquals(
        expected,
        unwritten.stream()
            .map(u -> describe(u.operation(), u.tableName(), u.key()))
            .collect(Collectors.toSet()));
    for (UnwrittenItem item : unwritten) {
      assertEquals("still unprocessed when the retry budget of 400 ms ran out", item.reason());
      assertNull(item.cause());
      if (item.operation() == Operation.PUT) {
        assertTrue(item.entity() instanceof Order || item.entity() instanceof Customer);
        assertTrue(item.item().keySet().containsAll(item.key().keySet()));
      } else {
        assertNull(item.entity());
        assertEquals(deleted, item.key());
      }
    }
    assertTrue(
        failure.getMessage().startsWith("51 items were not written (51 still unprocessed"),
        failure.getMessage());
    assertEquals(0, writer.statistics().itemsWritten());
    assertEquals(51, writer.statistics().itemsFailed());
    assertEquals(interceptor.withheld.get(), writer.statistics().unprocessedItems());
    assertEquals(0, orders.scan().stream().count());
    assertEquals(0, customers.scan().stream().count());

    // The failed items can be written again from the report.
    Map<String, List<WriteRequest>> retry =
        unwritten.stream()
            .collect(
                Collectors.groupingBy(
                    UnwrittenItem::tableName,
                    Collectors.mapping(UnwrittenItem::toWriteRequest, Collectors.toList())));
    interceptor.withhold = (n, table, position) -> false;
    retry.forEach(
        (table, requests) -> {
          for (int from = 0; from < requests.size(); from += 25) {
            List<WriteRequest> chunk = requests.subList(from, Math.min(from + 25, requests.size()));
            client.batchWriteItem(
                BatchWriteItemRequest.builder().requestItems(Map.of(table, chunk)).build());
          }
        });
    assertEquals(30, orders.scan().stream().count());
    assertEquals(20, customers.scan().stream().count());

    writer.close(); // a second close does nothing
    assertThrows(IllegalStateException.class, () -> writer.put(orders, order(1)));
    assertThrows(IllegalStateException.class, writer::flush);
  }

  @Test
  void anInterruptedCloseStopsRetryingAndReportsEveryItemNotWritten() throws Exception {
    interceptor.withhold = (n, table, position) -> true;
    BatchWriter writer =
        BatchWriter.builder(client)
            .backoff(Duration.ofMillis(200), Duration.ofSeconds(1))
            .retryBudget(Duration.ofMinutes(1))
            .build();
    for (int i = 0; i < 60; i++) {
      writer.put(orders, order(i)); // two batches go at once, the third is sent by close()
    }
    Thread closing = Thread.currentThread();
    ScheduledExecutorService interrupter = Executors.newSingleThreadScheduledExecutor();
    try {
      interrupter.schedule(closing::interrupt, 300, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      BatchWriteException failure = assertThrows(BatchWriteException.class, writer::close);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
      assertTrue(Thread.interrupted(), "close() sets the interrupt flag again"); // and clears it
      assertEquals(60, failure.unwrittenItems().size());
      assertEquals(
          Set.of("not written: close() was interrupted"),
          failure.unwrittenItems().stream().map(UnwrittenItem::reason).collect(Collectors.toSet()));
    } finally {
      interrupter.shutdownNow();
      Thread.interrupted();
    }
    assertEquals(0, orders.scan().stream().count());
  }

  @Test
  void aRefusedRequestFailsFastWithItsItemsAndOtherTablesAreStillWritten() {
    OrderRepository missing = new OrderRepository(client, "NoSuchTable-" + UUID.randomUUID());
    try (BatchWriter writer = BatchWriter.of(client)) {
      for (int i = 0; i < 26; i++) {
        writer.put(missing, order(i)); // the 26th sends the first 25, which fail
      }
      for (int i = 0; i < 10; i++) {
        writer.put(orders, order(i));
      }
      waitUntil(() -> writer.statistics().itemsFailed() == 25);

      // The next call reports the failure, without accepting its own item.
      BatchWriteException reported =
          assertThrows(BatchWriteException.class, () -> writer.put(orders, order(99)));
      assertInstanceOf(ResourceNotFoundException.class, reported.getCause());
      for (UnwrittenItem item : reported.unwrittenItems().subList(0, 25)) {
        assertEquals(missing.tableName(), item.tableName());
        assertTrue(
            item.reason().startsWith("refused (ResourceNotFoundException: "), item.reason());
        assertSame(reported.getCause(), item.cause());
      }
      // Refused: not retried.
      assertEquals(0, writer.statistics().retries());

      // The put that reported the failure is listed in it, not accepted.
      assertEquals(26, reported.unwrittenItems().size());
      UnwrittenItem refusedPut = reported.unwrittenItems().get(25);
      assertEquals(orders.tableName(), refusedPut.tableName());
      assertEquals(order(99), refusedPut.entity());
      assertEquals("not sent: the writer had failed", refusedPut.reason());

      // flush() sends what was accepted before: the missing table's 26th item fails, the real
      // table's are written. The writer has one failure: the same exception, listing it too.
      BatchWriteException flushed = assertThrows(BatchWriteException.class, writer::flush);
      assertSame(reported, flushed);
      assertEquals(27, flushed.unwrittenItems().size());
      assertEquals(missing.tableName(), flushed.unwrittenItems().get(26).tableName());
      assertEquals(order(25), flushed.unwrittenItems().get(26).entity());

      // The writer accepts nothing more: a put fails at once, its item listed in the same failure.
      assertSame(reported, assertThrows(BatchWriteException.class, () -> writer.put(orders, order(50))));
      assertEquals(28, reported.unwrittenItems().size());
      assertEquals(order(50), reported.unwrittenItems().get(27).entity());
    } // close() does not throw the failure again: it was thrown already
    assertEquals(10, orders.scan().stream().count());
    assertFalse(orders.get(order(99).customerId(), order(99).placedAt()).isPresent());
    assertFalse(orders.get(order(50).customerId(), order(50).placedAt()).isPresent());
  }

  private long requestsFor(String table) {
    synchronized (interceptor.writesSent) {
      return interceptor.writesSent.stream()
          .filter(r -> r.requestItems().containsKey(table))
          .count();
    }
  }

  private void assertOrdersStored(int count) {
    List<Order> stored = orders.scan().stream().collect(Collectors.toList());
    assertEquals(count, stored.size());
    Set<Order> expected = new HashSet<>();
    for (int i = 0; i < count; i++) {
      expected.add(order(i));
    }
    assertEquals(expected, new HashSet<>(stored));
  }

  private static Order withNote(Order o, String note) {
    return new Order(
        o.customerId(),
        o.placedAt(),
        o.orderId(),
        o.status(),
        o.total(),
        o.itemCount(),
        o.giftWrapped(),
        note);
  }

  private static String describe(
      Operation operation, String table, Map<String, AttributeValue> key) {
    return operation + " " + table + " " + new java.util.TreeMap<>(key);
  }

  /** Polls a condition for at most 5 seconds. */
  static void waitUntil(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
