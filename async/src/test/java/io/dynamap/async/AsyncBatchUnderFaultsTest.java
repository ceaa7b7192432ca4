package io.dynamap.async;

import static io.dynamap.async.AsyncBatchWriterTest.await;
import static io.dynamap.async.AsyncBatchWriterTest.failureOf;
import static io.dynamap.async.Readings.key;
import static io.dynamap.async.Readings.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Readings.Reading;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.local.fault.InjectedFault;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchGetStatistics;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link AsyncBatchWriter} and {@link AsyncBatchGetter} through {@link FaultyEndpoint} in front of
 * Dynamap Local, with the same faults and the same guarantees as the blocking batch fault tests:
 * every item written or read exactly once, checked directly in the table (not through the
 * proxy), and the counters of every layer matching the proxy's log. Who retries what is as there:
 * the SDK's retry strategy retries a failed attempt ({@link RetryStatistics}); a call it gave up on
 * and the items a successful call left unprocessed are retried by the batch class ({@link
 * BatchWriteStatistics}, {@link BatchGetStatistics}).
 */
@DynamapLocalTest
class AsyncBatchUnderFaultsTest {
  private static final Pattern BUDGET_REASON =
      Pattern.compile(
          "still (unprocessed|failing \\(ProvisionedThroughputExceededException\\)) when the retry"
              + " budget of 400 ms ran out");

  private final TestTables tables;
  private final DynamoDbClient direct;

  AsyncBatchUnderFaultsTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  private static long unprocessedByProxy(FaultyEndpoint proxy, String operation) {
    return proxy.faults().stream()
        .filter(f -> f.fault() == Fault.UNPROCESSED && f.operation().equals(operation))
        .mapToLong(InjectedFault::unprocessed)
        .sum();
  }

  private static String describe(FaultyEndpoint proxy) {
    Map<Fault, Long> counts = new EnumMap<>(Fault.class);
    for (InjectedFault fault : proxy.faults()) {
      counts.merge(fault.fault(), 1L, Long::sum);
    }
    return "seed " + proxy.seed() + ", " + proxy.requests() + " requests, faults " + counts;
  }

  /** Every reading in the table, directly: exactly these, each once, each as written. */
  private void assertStoredExactly(String table, List<Reading> expected) {
    assertEquals(expected.size(), Readings.countDirectly(direct, table));
    Map<Map<String, AttributeValue>, Reading> stored = Readings.scanDirectly(direct, table);
    assertEquals(expected.size(), stored.size());
    for (Reading reading : expected) {
      assertEquals(reading, stored.get(key(reading)));
    }
  }

  @Test
  void fiveThousandItemsAreWrittenExactlyOnceThroughThrottlingAndUnprocessedBatches()
      throws Exception {
    int count = 5_000;
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    RetryStatistics retries = new RetryStatistics();
    CallMetrics metrics = new CallMetrics();
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .seed(5_000)
                        .operations("BatchWriteItem")
                        .rate(Fault.THROTTLING, 0.3)
                        .rate(Fault.UNPROCESSED, 0.2)
                        .build());
        // Three attempts per call: the first batch, sent alone, is throttled on all three (and
        // about 1 call in 37 after it), so the writer's own retry of throttled calls is exercised.
        DynamoDbAsyncClient client =
            DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint())
                .maxAttempts(3)
                // Only throttles and unprocessed items are injected: a pause of a busy machine must
                // not become a timeout, an error retry the counts below do not expect.
                .socketTimeout(Duration.ofSeconds(30))
                .apiCallAttemptTimeout(Duration.ofSeconds(30))
                .apiCallTimeout(Duration.ofSeconds(120))
                .retryStatistics(retries)
                .addListener(metrics)
                .build()) {
      AsyncBatchWriter writer =
          AsyncBatchWriter.builder(client)
              .maxInFlight(4)
              .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
              .retryBudget(Duration.ofSeconds(60))
              .build();
      proxy.injectNext(Fault.THROTTLING, Fault.THROTTLING, Fault.THROTTLING);
      await(writer.putAll(readings, Readings.readings(0, 25)).thenCompose(v -> writer.flush()));
      assertTrue(writer.statistics().throttles() >= 1, "the first batch, throttled three times");
      await(
          writer
              .putAll(readings, Readings.readings(25, count))
              .thenCompose(v -> writer.close()));
      BatchWriteStatistics written = writer.statistics();
      String log = describe(proxy) + ", " + retries + ", " + written;

      long throttled = proxy.count(Fault.THROTTLING);
      long unprocessedAnswers = proxy.count(Fault.UNPROCESSED);
      assertTrue(throttled > 50 && unprocessedAnswers > 20, "faults were injected: " + log);
      assertEquals(throttled + unprocessedAnswers, proxy.faults().size(), log);
      assertEquals(throttled, retries.throttleRetries() + retries.retriesExhausted(), log);
      // The SDK's Netty client closes a connection after some error answers; now and then it
      // reuses one as it closes, and that attempt fails in the network (possibly before reaching
      // the proxy) and is retried as an error. Those, and no other error, are allowed.
      long network = retries.networkFailures();
      assertTrue(network <= 3, "few network failures: " + log);
      assertEquals(network, retries.errorRetries(), log);
      assertEquals(0, retries.nonRetryableFailures(), log);
      assertEquals(retries.retriesExhausted(), written.throttles(), log);
      assertTrue(written.throttles() > 0, "calls throttled on every attempt: " + log);
      assertEquals(unprocessedByProxy(proxy, "BatchWriteItem"), written.unprocessedItems(), log);
      assertEquals(unprocessedAnswers + written.throttles(), written.retries(), log);
      assertEquals(count / 25 + written.retries(), written.requests(), log);
      long attempts = written.requests() + retries.throttleRetries() + retries.errorRetries();
      assertTrue(
          proxy.requests() <= attempts && proxy.requests() >= attempts - network,
          "every attempt but network failures reached the proxy: " + log);
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
      CallMetrics.OperationStats calls = metrics.operation("BatchWriteItem").orElseThrow();
      assertEquals(written.requests(), calls.calls(), log);
      assertEquals(written.throttles(), calls.failures(), log);
      assertEquals(attempts, calls.attempts(), log);
    }
    assertStoredExactly(readings.tableName(), Readings.readings(0, count));
  }

  @Test
  void serverErrorsAreRetriedByTheSdkAndThenByTheWriter() throws Exception {
    int count = 2_000;
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .seed(500)
                        .operations("BatchWriteItem")
                        .rate(Fault.SERVER_ERROR, 0.25)
                        .rate(Fault.SERVICE_UNAVAILABLE, 0.25)
                        .build());
        // Two attempts: a quarter of the calls fail on both, and the writer sends them again.
        DynamoDbAsyncClient client =
            DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint())
                .maxAttempts(2)
                .retryCircuitBreaker(false)
                .retryStatistics(retries)
                .build()) {
      AsyncBatchWriter writer =
          AsyncBatchWriter.builder(client)
              .maxInFlight(4)
              .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
              .retryBudget(Duration.ofSeconds(60))
              .build();
      await(writer.putAll(readings, Readings.readings(0, count)).thenCompose(v -> writer.close()));
      BatchWriteStatistics written = writer.statistics();
      String log = describe(proxy) + ", " + retries + ", " + written;

      long faults = proxy.count(Fault.SERVER_ERROR) + proxy.count(Fault.SERVICE_UNAVAILABLE);
      assertTrue(faults > 20, "faults were injected: " + log);
      // The SDK's Netty client closes a connection after a 5xx; now and then it reuses one as it
      // closes, and that attempt fails in the network, possibly before reaching the proxy.
      long network = retries.networkFailures();
      assertTrue(network <= 3, "few network failures: " + log);
      assertEquals(faults + network, retries.errorRetries() + retries.retriesExhausted(), log);
      assertTrue(retries.retriesExhausted() > 0, "calls failing on both attempts: " + log);
      // A call the SDK gave up on is sent again by the writer; 5xx are not throttles.
      assertEquals(retries.retriesExhausted(), written.retries(), log);
      assertEquals(0, written.throttles() + written.unprocessedItems(), log);
      assertEquals(count / 25 + written.retries(), written.requests(), log);
      long attempts = written.requests() + retries.errorRetries();
      assertTrue(
          proxy.requests() <= attempts && proxy.requests() >= attempts - network,
          "every attempt but network failures reached the proxy: " + log);
      assertEquals(count, written.itemsWritten(), log);
    }
    assertStoredExactly(readings.tableName(), Readings.readings(0, count));
  }

  @Test
  void aDelayedBatchIsCutByTheReadTimeoutAndRetried() throws Exception {
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(FaultPlan.builder().seed(3).delay(Duration.ofMillis(1500)).build());
        DynamoDbAsyncClient client =
            DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint())
                .socketTimeout(Duration.ofMillis(200))
                .apiCallAttemptTimeout(Duration.ofMillis(500))
                .apiCallTimeout(Duration.ofSeconds(3))
                .maxAttempts(2)
                .retryStatistics(retries)
                .build()) {
      AsyncBatchWriter writer =
          AsyncBatchWriter.builder(client).backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build();

      // A first call starts the client's event loop and connection, which on a busy machine
      // takes longer than the delay: the timings below are of the timeouts alone.
      await(
          client.describeTable(
              describe ->
                  describe
                      .tableName(readings.tableName())
                      .overrideConfiguration(
                          o ->
                              o.apiCallAttemptTimeout(Duration.ofSeconds(20))
                                  .apiCallTimeout(Duration.ofSeconds(20)))));

      // One attempt delayed: the SDK cuts it at the read timeout and retries it.
      proxy.injectNext(Fault.DELAY);
      long start = System.nanoTime();
      await(writer.putAll(readings, Readings.readings(0, 25)).thenCompose(v -> writer.flush()));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofMillis(200)) >= 0, "waited for the timeout: " + took);
      assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "did not wait the delay: " + took);
      assertEquals(1, retries.errorRetries(), retries.toString());
      assertEquals(new BatchWriteStatistics(25, 0, 0, 1, 0, 0, 0), writer.statistics());

      // Both attempts of the next call delayed: the call fails, and the writer sends it again.
      proxy.injectNext(Fault.DELAY, Fault.DELAY);
      start = System.nanoTime();
      await(writer.putAll(readings, Readings.readings(25, 50)).thenCompose(v -> writer.close()));
      took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofMillis(400)) >= 0, "two timeouts: " + took);
      assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "did not wait the delay: " + took);
      assertEquals(3, proxy.count(Fault.DELAY));
      assertEquals(2, retries.errorRetries(), retries.toString());
      assertEquals(1, retries.retriesExhausted(), retries.toString());
      assertEquals(new BatchWriteStatistics(50, 0, 0, 3, 1, 0, 0), writer.statistics());
      assertEquals(1 + 1 + 1 + 2 + 1, proxy.requests(), "every attempt reached the proxy");
    }
    // Delayed batches were carried out before their answers were held back, and again by the
    // retries: puts are idempotent, so each reading is in the table once, as written.
    assertStoredExactly(readings.tableName(), Readings.readings(0, 50));
  }

  @Test
  void whenEveryBatchIsLeftUnprocessedCloseNamesExactlyTheItemsNotWritten() throws Exception {
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    // 15 readings to delete, already stored; 85 to put.
    List<Reading> toDelete = Readings.readings(0, 15);
    AsyncBatchWriter seeder;
    try (DynamoDbAsyncClient seeding =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      seeder = AsyncBatchWriter.of(seeding);
      await(seeder.putAll(readings, toDelete).thenCompose(v -> seeder.close()));
    }
    List<Reading> toPut = Readings.readings(1_000, 1_085);

    RetryStatistics retries = new RetryStatistics();
    Duration budget = Duration.ofMillis(400);
    BatchWriteException failure;
    BatchWriteStatistics statistics;
    long elapsed;
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .seed(21)
                        .operations("BatchWriteItem")
                        .rate(Fault.THROTTLING, 0.5)
                        .rate(Fault.UNPROCESSED, 1.0)
                        .build());
        DynamoDbAsyncClient client =
            DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint())
                .maxAttempts(3)
                .retryStatistics(retries)
                .build()) {
      AsyncBatchWriter writer =
          AsyncBatchWriter.builder(client)
              .maxInFlight(4)
              .backoff(Duration.ofMillis(5), Duration.ofMillis(40))
              .retryBudget(budget)
              .build();
      // 100 writes: four batches, all in flight at once, the last sent by close(); so every
      // failure is reported by close().
      List<Write> writes = new ArrayList<>();
      toPut.forEach(r -> writes.add(new Write(r, false)));
      toDelete.forEach(r -> writes.add(new Write(r, true)));
      Collections.shuffle(writes, new Random(17));
      for (Write write : writes) {
        await(
            write.delete()
                ? writer.delete(readings, write.reading())
                : writer.put(readings, write.reading()));
      }
      long start = System.nanoTime();
      Throwable closed = failureOf(writer.close());
      elapsed = System.nanoTime() - start;
      failure = assertInstanceOf(BatchWriteException.class, closed);
      statistics = writer.statistics();

      String log = describe(proxy) + ", " + retries + ", " + statistics;
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
    Set<Map<String, AttributeValue>> present =
        Readings.scanDirectly(direct, readings.tableName()).keySet();
    Set<List<Object>> notWritten = new HashSet<>();
    for (Reading reading : toPut) {
      if (!present.contains(key(reading))) {
        notWritten.add(List.of(UnwrittenItem.Operation.PUT, key(reading)));
      }
    }
    for (Reading reading : toDelete) {
      if (present.contains(key(reading))) {
        notWritten.add(List.of(UnwrittenItem.Operation.DELETE, key(reading)));
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
    for (UnwrittenItem item : reported) {
      assertTrue(BUDGET_REASON.matcher(item.reason()).matches(), item.reason());
      assertInstanceOf(Reading.class, item.entity());
    }
  }

  private record Write(Reading reading, boolean delete) {}

  /**
   * Dropped connections with 16 batches in flight. Puts are idempotent, so the guarantee is the
   * same: every item stored once, as written, and every attempt accounted for.
   *
   * <p>One count differs from the blocking client's: the SDK may see a few more failed attempts
   * than connections were dropped (in 5 of 9 runs, 1 or 2 more out of 15). The extra failure
   * carries the same channel diagnostics (channel id, request and response counts, idle time) as
   * the dropped attempt before it in the same call, and the proxy served the attempt it failed:
   * the async SDK reports a dropped connection's error a second time, and when the retry has
   * already started (the retry backoff here is 1 to 2 ms) that late report fails the retry,
   * whose answer is then discarded. With a 50 ms backoff it was not seen in 6 runs, nor with 4 in
   * flight. The writer is unaffected: it sees one more failed attempt inside the SDK's retries.
   */
  @Test
  void droppedConnectionsLoseNothingAndDuplicateNothing() throws Exception {
    int count = 2_000;
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .seed(77)
                        .operations("BatchWriteItem")
                        .rate(Fault.CLOSE_CONNECTION, 0.15)
                        .build());
        DynamoDbAsyncClient client =
            DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint())
                .maxAttempts(3)
                .retryCircuitBreaker(false)
                .retryStatistics(retries)
                .build()) {
      AsyncBatchWriter writer =
          AsyncBatchWriter.builder(client)
              .maxInFlight(16)
              .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
              .retryBudget(Duration.ofSeconds(60))
              .build();
      await(writer.putAll(readings, Readings.readings(0, count)).thenCompose(v -> writer.close()));
      BatchWriteStatistics written = writer.statistics();
      String log = describe(proxy) + ", served " + proxy.served() + ", " + retries + ", " + written;

      long dropped = proxy.count(Fault.CLOSE_CONNECTION);
      long failedAttempts = retries.errorRetries() + retries.retriesExhausted();
      assertTrue(dropped > 10, "faults were injected: " + log);
      assertEquals(count, written.itemsWritten(), log);
      assertEquals(0, written.itemsFailed() + written.throttles() + written.unprocessedItems(), log);
      // Every dropped attempt failed (a few more too, see above: served ones, or ones the client
      // sent on a connection closing under it, which never reached the proxy); each failed
      // attempt was retried by the SDK or ended its call, which the writer then sent again.
      long extra = failedAttempts - dropped;
      assertTrue(extra >= 0 && extra <= 3, log);
      assertEquals(failedAttempts, retries.networkFailures(), "all failures were the network's");
      // The proxy saw every attempt but those extra ones, and carried out all but the dropped.
      long attempts = written.requests() + retries.errorRetries();
      assertTrue(proxy.requests() <= attempts && proxy.requests() >= attempts - extra, log);
      assertEquals(proxy.requests() - dropped, proxy.served(), log);
      assertEquals(retries.retriesExhausted(), written.retries(), log);
      assertEquals(count / 25 + written.retries(), written.requests(), log);
    }
    assertStoredExactly(readings.tableName(), Readings.readings(0, count));
  }

  @Test
  void batchGetReadsEveryKeyThroughThrottlingAndUnprocessedKeys() throws Exception {
    int count = 1_000;
    EntityTable<Reading> stored = Readings.table(tables.create(Readings.SCHEMA));
    try (DynamoDbAsyncClient seeding =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      AsyncBatchWriter seeder = AsyncBatchWriter.of(seeding);
      await(seeder.putAll(stored, Readings.readings(0, count)).thenCompose(v -> seeder.close()));
    }
    // 1,000 keys with items, 100 without, and 50 given twice: 1,100 distinct keys, 11 requests.
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    Readings.readings(0, count).forEach(r -> keys.add(key(r)));
    Readings.readings(count, count + 100).forEach(r -> keys.add(key(r)));
    Readings.readings(0, 50).forEach(r -> keys.add(key(r)));

    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .seed(1_100)
                        .rate(Fault.THROTTLING, 0.3)
                        .rate(Fault.UNPROCESSED, 0.2)
                        .build());
        // Two attempts per call, so that some calls are throttled on both and the getter retries.
        DynamoDbAsyncClient client =
            DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint())
                .maxAttempts(2)
                .retryStatistics(retries)
                .build()) {
      AsyncBatchGetter getter =
          AsyncBatchGetter.builder(client)
              .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
              .build();

      BatchGetResult result = await(getter.request().addAll(stored, keys).execute());

      Map<Map<String, AttributeValue>, Reading> found = result.itemsByKey(stored);
      assertEquals(count, found.size());
      for (Reading expected : Readings.readings(0, count)) {
        assertEquals(expected, found.get(key(expected)));
      }
      BatchGetStatistics statistics = result.statistics();
      String log = describe(proxy) + ", " + retries + ", " + statistics;
      long throttled = proxy.count(Fault.THROTTLING);
      long unprocessedAnswers = proxy.count(Fault.UNPROCESSED);
      assertTrue(throttled > 0 && unprocessedAnswers > 0, "faults were injected: " + log);
      assertEquals(throttled, retries.throttleRetries() + retries.retriesExhausted(), log);
      assertEquals(0, retries.errorRetries() + retries.nonRetryableFailures(), log);
      assertEquals(retries.retriesExhausted(), statistics.throttles(), log);
      assertEquals(unprocessedByProxy(proxy, "BatchGetItem"), statistics.unprocessedKeys(), log);
      assertEquals(unprocessedAnswers + statistics.throttles(), statistics.retries(), log);
      assertEquals(11 + statistics.retries(), statistics.requests(), log);
      assertEquals(statistics.requests() + retries.throttleRetries(), proxy.requests(), log);
      assertEquals(
          new BatchGetStatistics(
              1_100,
              50,
              count,
              statistics.requests(),
              statistics.retries(),
              statistics.unprocessedKeys(),
              statistics.throttles()),
          statistics,
          log);
    }
  }
}
