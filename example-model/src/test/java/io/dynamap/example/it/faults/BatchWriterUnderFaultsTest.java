package io.dynamap.example.it.faults;

import static io.dynamap.example.it.faults.Faults.describe;
import static io.dynamap.example.it.faults.Faults.key;
import static io.dynamap.example.it.faults.Faults.unprocessedByProxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.batch.UnwrittenItem.Operation;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.local.fault.Fault;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * {@link BatchWriter} through {@link FaultyEndpoint} in front of Dynamap Local, with a client from
 * {@code DynamapClients}: the proxy throttles requests and leaves parts of batches unprocessed (so
 * those items really are not written), and the tests check the table directly, not through the
 * proxy, and the counters of every layer against the proxy's log.
 *
 * <p>Who retries what, and where it is counted:
 *
 * <ul>
 *   <li>A throttled HTTP answer fails one attempt of a call; the SDK's retry strategy retries it
 *       ({@link RetryStatistics#throttleRetries()}), or, when it was the call's last attempt, gives
 *       up ({@link RetryStatistics#retriesExhausted()}) and the call fails as a whole. The writer
 *       counts such a call in {@link BatchWriteStatistics#throttles()} and sends the batch again.
 *   <li>An {@code UNPROCESSED} answer is a successful call; the writer sends the items left out
 *       again ({@link BatchWriteStatistics#unprocessedItems()}, one {@link
 *       BatchWriteStatistics#retries()} per answer).
 *   <li>A delayed answer is cut by the read timeout and retried by the SDK as an error ({@link
 *       RetryStatistics#errorRetries()}); a call whose attempts all time out fails as a whole and
 *       the writer sends the batch again.
 * </ul>
 */
@DynamapLocalTest
class BatchWriterUnderFaultsTest {
  private static final Pattern BUDGET_REASON =
      Pattern.compile(
          "still (unprocessed|failing \\(ProvisionedThroughputExceededException\\)) when the retry"
              + " budget of 400 ms ran out");

  private final TestTables tables;
  private final DynamoDbClient direct;

  BatchWriterUnderFaultsTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  @Test
  void twentyThousandItemsAreWrittenExactlyOnceThroughThrottlingAndUnprocessedBatches() {
    int count = 20_000;
    String table = tables.create(TickSchema.INSTANCE);
    RetryStatistics retries = new RetryStatistics();
    CallMetrics metrics = new CallMetrics();
    BatchWriteStatistics written;
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared().withFaults(Faults.proxy(20_000)
                .operations("BatchWriteItem")
                .rate(Fault.THROTTLING, 0.3)
                .rate(Fault.UNPROCESSED, 0.2)
                .build());
        // Three attempts per call: about 1 call in 37 is throttled on all three, so the writer's
        // own retry of throttled calls is exercised too.
        DynamoDbClient client =
            Faults.client(proxy)
                .maxAttempts(3)
                // Only throttles and unprocessed items are injected: a pause of a busy machine must
                // not become a timeout, an error retry the counts below do not expect.
                .socketTimeout(Duration.ofSeconds(30))
                .apiCallAttemptTimeout(Duration.ofSeconds(30))
                .apiCallTimeout(Duration.ofSeconds(120))
                .retryStatistics(retries)
                .addListener(metrics)
                .build()) {
      TickRepository ticks = new TickRepository(client, table);
      try (BatchWriter writer =
          BatchWriter.builder(client)
              .maxInFlight(4)
              .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
              .retryBudget(Duration.ofSeconds(30))
              .build()) {
        for (int i = 0; i < count; i++) {
          writer.put(ticks, tick(i));
        }
        writer.flush();
        written = writer.statistics();
      }
      String log = describe(proxy) + ", " + retries + ", " + written;

      long throttled = proxy.count(Fault.THROTTLING);
      long unprocessedAnswers = proxy.count(Fault.UNPROCESSED);
      assertTrue(throttled > 300 && unprocessedAnswers > 100, "faults were injected: " + log);
      assertEquals(throttled + unprocessedAnswers, proxy.faults().size(), log);

      // Every throttled answer reached the SDK's retry strategy: retried, or the call's last.
      assertEquals(throttled, retries.throttleRetries() + retries.retriesExhausted(), log);
      assertEquals(0, retries.errorRetries(), log);
      assertEquals(0, retries.nonRetryableFailures(), log);
      // A call the SDK gave up on is one whole-call throttle for the writer, which retries it.
      assertEquals(retries.retriesExhausted(), written.throttles(), log);
      assertTrue(written.throttles() > 0, "calls throttled on every attempt: " + log);
      // Each unprocessed answer left at least one item out; the writer sent exactly those again.
      assertEquals(unprocessedByProxy(proxy, "BatchWriteItem"), written.unprocessedItems(), log);
      assertEquals(unprocessedAnswers + written.throttles(), written.retries(), log);
      assertEquals(count / 25 + written.retries(), written.requests(), log);
      // Every HTTP request: one per writer call, plus one per SDK retry.
      assertEquals(written.requests() + retries.throttleRetries(), proxy.requests(), log);
      assertEquals(
          new BatchWriteStatistics(
              count,
              0,
              0,
              written.requests(),
              written.retries(),
              written.unprocessedItems(),
              written.throttles()),
          written,
          log);

      // The client's listeners saw the same calls and attempts.
      CallMetrics.OperationStats calls = metrics.operation("BatchWriteItem").orElseThrow();
      assertEquals(written.requests(), calls.calls(), log);
      assertEquals(written.throttles(), calls.failures(), log);
      assertEquals(proxy.requests(), calls.attempts(), log);
      assertEquals(retries.throttleRetries(), calls.throttleRetries(), log);
    }

    // Straight from Dynamap Local: as many items as written, every key once, every value right.
    assertEquals(count, Faults.countDirectly(direct, table));
    Map<Map<String, AttributeValue>, Tick> stored =
        Faults.scanDirectly(direct, table, TickSchema.INSTANCE);
    assertEquals(count, stored.size());
    for (int i = 0; i < count; i++) {
      Tick expected = tick(i);
      assertEquals(expected, stored.get(TickSchema.INSTANCE.keyOf(expected)), "tick " + i);
    }
  }

  private static Tick tick(int i) {
    return new Tick(String.format("t-%05d", i), 31L * i + 7);
  }

  @Test
  void aDelayedBatchIsCutByTheReadTimeoutAndRetriedWithinTheCallsBudget() {
    String table = tables.create(OrderSchema.INSTANCE);
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(Faults.proxy(3).delay(Duration.ofMillis(1500)).build());
        DynamoDbClient client =
            Faults.client(proxy)
                .socketTimeout(Duration.ofMillis(200))
                .apiCallAttemptTimeout(Duration.ofMillis(500))
                .apiCallTimeout(Duration.ofSeconds(3))
                .errorRetryBaseDelay(Duration.ofMillis(20))
                .errorRetryMaxDelay(Duration.ofMillis(40))
                .maxAttempts(2)
                .retryStatistics(retries)
                .build();
        BatchWriter writer =
            BatchWriter.builder(client)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build()) {
      OrderRepository orders = new OrderRepository(client, table);

      // One attempt delayed: the SDK cuts it after the 200 ms read timeout and retries it.
      proxy.injectNext(Fault.DELAY);
      long start = System.nanoTime();
      Faults.orders(0, 25).forEach(o -> writer.put(orders, o));
      writer.flush();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(took.compareTo(Duration.ofMillis(200)) >= 0, "waited for the timeout: " + took);
      assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "did not wait the delay: " + took);
      assertEquals(1, retries.errorRetries(), retries.toString());
      assertEquals(new BatchWriteStatistics(25, 0, 0, 1, 0, 0, 0), writer.statistics());

      // Both attempts of the next call delayed: the call fails after its two attempts, and the
      // writer sends the batch again, still well before the first delayed answer would come.
      proxy.injectNext(Fault.DELAY, Fault.DELAY);
      start = System.nanoTime();
      Faults.orders(25, 50).forEach(o -> writer.put(orders, o));
      writer.flush();
      took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(took.compareTo(Duration.ofMillis(400)) >= 0, "two timeouts: " + took);
      assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "did not wait the delay: " + took);
      assertEquals(3, proxy.count(Fault.DELAY));
      assertEquals(2, retries.errorRetries(), retries.toString());
      assertEquals(1, retries.retriesExhausted(), retries.toString());
      assertEquals(0, retries.throttleRetries());
      assertEquals(new BatchWriteStatistics(50, 0, 0, 3, 1, 0, 0), writer.statistics());
      assertEquals(1 + 1 + 2 + 1, proxy.requests(), "every attempt reached the proxy");
    }
    // A delayed batch was carried out before its answer was held back, and then again by the
    // retry: puts are idempotent, so each order is in the table once, as written.
    Map<Map<String, AttributeValue>, Order> stored = Faults.scanDirectly(direct, table);
    assertEquals(Set.copyOf(Faults.orders(0, 50)), Set.copyOf(stored.values()));
  }

  @Test
  void aNonRetryableErrorSurfacesAtOnceWithDynamoDbsMessage() {
    String ordersTable = tables.create(OrderSchema.INSTANCE);
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(Faults.proxy(4).build());
        DynamoDbClient client = Faults.client(proxy).retryStatistics(retries).build();
        BatchWriter writer = BatchWriter.of(client)) {
      // Customers written to the orders table: their items lack the sort key placedAt.
      CustomerRepository wrongTable = new CustomerRepository(client, ordersTable);
      for (int i = 0; i < 25; i++) {
        writer.put(wrongTable, new Customer("cust-" + i, "Name " + i, null, Faults.T0));
      }
      // Throttled twice first: those attempts are retried, the refusal that follows is not.
      proxy.injectNext(Fault.THROTTLING, Fault.THROTTLING);

      long start = System.nanoTime();
      BatchWriteException e = assertThrows(BatchWriteException.class, writer::flush);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "at once: " + took);
      assertEquals(3, proxy.requests(), "two throttled attempts and the refused one");
      assertEquals(2, retries.throttleRetries());
      assertEquals(1, retries.nonRetryableFailures());
      assertEquals(0, retries.retriesExhausted() + retries.errorRetries());
      assertEquals(new BatchWriteStatistics(0, 0, 25, 1, 0, 0, 0), writer.statistics());

      DynamoDbException cause = assertInstanceOf(DynamoDbException.class, e.getCause());
      assertEquals("ValidationException", cause.awsErrorDetails().errorCode());
      assertEquals(25, e.unwrittenItems().size());
      for (UnwrittenItem item : e.unwrittenItems()) {
        assertSame(cause, item.cause());
        assertEquals(ordersTable, item.tableName());
      }
      String message = e.getMessage();
      // DynamoDB words a batch put without its key as a key that does not match the schema.
      assertTrue(
          message.startsWith(
              "25 items were not written (25 refused (ValidationException: The provided key element"
                  + " does not match the schema)): PUT "
                  + ordersTable
                  + " {customerId=\"cust-0\"}, PUT "),
          message);
    }
    assertEquals(0, Faults.countDirectly(direct, ordersTable));
  }

  @Test
  void whenEveryBatchIsThrottledOrLeftUnprocessedCloseNamesExactlyTheItemsNotWritten() {
    String table = tables.create(OrderSchema.INSTANCE);
    // 15 orders to delete, already stored.
    OrderRepository seeded = new OrderRepository(direct, table);
    List<Order> toDelete = Faults.orders(0, 15);
    toDelete.forEach(seeded::put);
    List<Order> toPut = Faults.orders(1_000, 1_085);
    List<Object> writes = new ArrayList<>();
    writes.addAll(toPut);
    writes.addAll(toDelete.stream().map(o -> (Object) key(o)).toList());
    Collections.shuffle(writes, new Random(17));

    RetryStatistics retries = new RetryStatistics();
    Duration budget = Duration.ofMillis(400);
    BatchWriteException failure;
    BatchWriteStatistics statistics;
    long elapsed;
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared().withFaults(Faults.proxy(21)
                .operations("BatchWriteItem")
                .rate(Fault.THROTTLING, 0.5)
                .rate(Fault.UNPROCESSED, 1.0)
                .build());
        DynamoDbClient client =
            Faults.client(proxy).maxAttempts(3).retryStatistics(retries).build()) {
      OrderRepository orders = new OrderRepository(client, table);
      // 100 writes: four batches, all in flight at once, the last sent by close(); so every
      // failure is reported by close().
      BatchWriter writer =
          BatchWriter.builder(client)
              .maxInFlight(4)
              .backoff(Duration.ofMillis(5), Duration.ofMillis(40))
              .retryBudget(budget)
              .build();
      for (Object write : writes) {
        if (write instanceof Order order) {
          writer.put(orders, order);
        } else {
          @SuppressWarnings("unchecked")
          Map<String, AttributeValue> deleteKey = (Map<String, AttributeValue>) write;
          writer.deleteByKey(orders, deleteKey);
        }
      }
      long start = System.nanoTime();
      failure = assertThrows(BatchWriteException.class, writer::close);
      elapsed = System.nanoTime() - start;
      statistics = writer.statistics();

      String log = describe(proxy) + ", " + retries + ", " + statistics;
      // No call got through whole: each ended unprocessed, or throttled on all its attempts.
      assertEquals(
          proxy.count(Fault.THROTTLING),
          retries.throttleRetries() + retries.retriesExhausted(),
          log);
      assertEquals(retries.retriesExhausted(), statistics.throttles(), log);
      assertEquals(
          proxy.count(Fault.UNPROCESSED) + statistics.throttles(), statistics.requests(), log);
      assertEquals(statistics.requests() - 4, statistics.retries(), log);
      assertEquals(unprocessedByProxy(proxy, "BatchWriteItem"), statistics.unprocessedItems(), log);
      assertEquals(statistics.requests() + retries.throttleRetries(), proxy.requests(), log);
    }
    assertTrue(
        elapsed < budget.toNanos() + Duration.ofSeconds(2).toNanos(),
        "about the budget: " + elapsed / 1_000_000 + " ms");

    // What the table holds, read directly: a put not written is absent, a delete not done left
    // its item there.
    Set<Map<String, AttributeValue>> present = Faults.scanDirectly(direct, table).keySet();
    Set<List<Object>> notWritten = new HashSet<>();
    for (Order order : toPut) {
      if (!present.contains(key(order))) {
        notWritten.add(List.of(Operation.PUT, key(order)));
      }
    }
    for (Order order : toDelete) {
      if (present.contains(key(order))) {
        notWritten.add(List.of(Operation.DELETE, key(order)));
      }
    }
    List<UnwrittenItem> reported = failure.unwrittenItems();
    assertEquals(
        notWritten,
        reported.stream()
            .map(u -> List.<Object>of(u.operation(), u.key()))
            .collect(Collectors.toSet()));
    assertEquals(notWritten.size(), reported.size(), "each item reported once");
    assertTrue(reported.size() >= 4, "each batch keeps at least one item out: " + reported.size());
    assertTrue(reported.size() < 100, "some items got through: " + reported.size());
    assertEquals(100 - reported.size(), statistics.itemsWritten());
    assertEquals(reported.size(), statistics.itemsFailed());
    assertTrue(
        failure.getMessage().startsWith(reported.size() + " items were not written ("),
        failure.getMessage());
    for (UnwrittenItem item : reported) {
      assertEquals(table, item.tableName());
      assertTrue(BUDGET_REASON.matcher(item.reason()).matches(), item.reason());
      if (item.cause() != null) {
        assertTrue(item.reason().startsWith("still failing"), item.reason());
      }
      if (item.operation() == Operation.PUT) {
        Order order = (Order) item.entity();
        assertEquals(OrderSchema.INSTANCE.toItem(order), item.item());
        assertTrue(toPut.contains(order));
      } else {
        assertNull(item.entity());
        assertEquals(item.key(), item.item());
      }
    }
  }
}
