package io.dynamap.example.it.faults;

import static io.dynamap.example.it.faults.Faults.describe;
import static io.dynamap.example.it.faults.Faults.key;
import static io.dynamap.example.it.faults.Faults.unprocessedByProxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchGetStatistics;
import io.dynamap.runtime.batch.BatchGetter;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads through {@link FaultyEndpoint} under the batch writer's faults (30 % of requests throttled, 20
 * % of the batches that get through partly unprocessed): {@link BatchGetter} and a query of
 * several pages return exactly what the table holds, and the counters match the proxy's log. The
 * data is written directly to Dynamap Local first, so only the reads meet faults.
 */
@DynamapLocalTest
class ReadsUnderFaultsTest {
  private final TestTables tables;
  private final DynamoDbClient direct;

  ReadsUnderFaultsTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  private static FaultPlan.Builder batchWriterFaults(long seed) {
    return Faults.proxy(seed).rate(Fault.THROTTLING, 0.3).rate(Fault.UNPROCESSED, 0.2);
  }

  @Test
  void batchGetReadsEveryKeyThroughThrottlingAndUnprocessedKeys() {
    OrderRepository stored = new OrderRepository(direct, tables.create(OrderSchema.INSTANCE));
    int count = 1_000;
    try (BatchWriter writer = BatchWriter.of(direct)) {
      writer.putAll(stored, Faults.orders(0, count));
    }
    // 1,000 keys with items, 100 without, and 50 given twice: 1,100 distinct keys, 11 requests.
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    Faults.orders(0, count).forEach(o -> keys.add(key(o)));
    Faults.orders(count, count + 100).forEach(o -> keys.add(key(o)));
    Faults.orders(0, 50).forEach(o -> keys.add(key(o)));

    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(batchWriterFaults(1_100).build());
        // Two attempts per call, so that some calls are throttled on both and the getter retries.
        DynamoDbClient client =
            Faults.client(proxy).maxAttempts(2).retryStatistics(retries).build()) {
      OrderRepository orders = new OrderRepository(client, stored.tableName());
      BatchGetter getter =
          BatchGetter.builder(client).backoff(Duration.ofMillis(1), Duration.ofMillis(5)).build();

      BatchGetResult result = getter.request().addAll(orders, keys).execute();

      Map<Map<String, AttributeValue>, Order> found = result.itemsByKey(orders);
      assertEquals(count, found.size());
      for (Order expected : Faults.orders(0, count)) {
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
      assertTrue(statistics.throttles() > 0, "calls throttled on both attempts: " + log);
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

  @Test
  void aQueryOfSeveralPagesReadsEveryItemInOrderThroughThrottling() {
    OrderRepository stored = new OrderRepository(direct, tables.create(OrderSchema.INSTANCE));
    // 600 orders of about 4 KB in one partition: 2.4 MB, so pages of 1 MB; others around them.
    List<Order> big = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      big.add(large("big", i));
    }
    try (BatchWriter writer = BatchWriter.of(direct)) {
      writer.putAll(stored, big);
      for (int i = 0; i < 20; i++) {
        writer.put(stored, large("before", i));
        writer.put(stored, large("bigger", i));
      }
    }

    RetryStatistics retries = new RetryStatistics();
    CallMetrics metrics = new CallMetrics();
    // Seed 3 throttles the second page's request twice and the third page's once.
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(batchWriterFaults(3).build());
        DynamoDbClient client =
            Faults.client(proxy).retryStatistics(retries).addListener(metrics).build()) {
      OrderRepository orders = new OrderRepository(client, stored.tableName());

      List<Order> read = orders.query(OrderKeys.partition("big")).stream().toList();

      assertEquals(big, read, "every item once, in sort key order");
      String log = describe(proxy) + ", " + retries;
      long pages = metrics.operation("Query").orElseThrow().calls();
      assertTrue(pages >= 3, "several pages: " + pages);
      assertTrue(proxy.count(Fault.THROTTLING) > 0, "throttled: " + log);
      assertEquals(0, proxy.count(Fault.UNPROCESSED), "a query is not a batch: " + log);
      assertEquals(proxy.count(Fault.THROTTLING), retries.throttleRetries(), log);
      assertEquals(0, retries.retriesExhausted() + retries.errorRetries(), log);
      assertEquals(pages + retries.throttleRetries(), proxy.requests(), log);
    }
  }

  /** An order of about 4 KB: its note is long. */
  private static Order large(String customer, int i) {
    return new Order(
        customer,
        Faults.T0.plusSeconds(i),
        new UUID(0xB16, i),
        OrderStatus.values()[i % OrderStatus.values().length],
        new BigDecimal(i + ".5"),
        1 + i % 4,
        false,
        String.valueOf((char) ('a' + i % 26)).repeat(4_000));
  }
}
