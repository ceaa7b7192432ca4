package io.dynamap.testing.fault;

import static io.dynamap.testing.fault.Things.key;
import static io.dynamap.testing.fault.Things.thing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.error.DynamoDbCallException;
import io.dynamap.runtime.error.InvalidRequestException;
import io.dynamap.runtime.error.ThrottledException;
import io.dynamap.runtime.listen.CallEvent;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * Dynamap's client against Dynamap Local through the fault proxy: what it retries, how soon, how
 * often, and that its counters agree with the proxy's log.
 */
@DynamapLocalTest
class RetryUnderFaultsTest {
  private final String table;

  RetryUnderFaultsTest(TestTables tables) {
    this.table = tables.create(Things.SCHEMA);
  }

  private static FaultPlan.Builder proxy() {
    return FaultPlan.builder().seed(5);
  }

  @Test
  void delayedResponseIsCutByTheReadTimeoutAndRetriedWithinTheCallsBudget() {
    RetryStatistics statistics = new RetryStatistics();
    List<CallEvent> events = new ArrayList<>();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(proxy().delay(Duration.ofMillis(1500)).build());
        DynamoDbClient client =
            Things.client(proxy.endpoint())
                .socketTimeout(Duration.ofMillis(300))
                .apiCallAttemptTimeout(Duration.ofMillis(600))
                .apiCallTimeout(Duration.ofSeconds(3))
                .errorRetryBaseDelay(Duration.ofMillis(50))
                .retryStatistics(statistics)
                .addListener(events::add)
                .build()) {
      proxy.injectNext(Fault.DELAY);

      long start = System.nanoTime();
      client.putItem(put -> put.tableName(table).item(thing("slow", 1)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(1, proxy.count(Fault.DELAY));
      assertEquals(1, statistics.errorRetries(), statistics.toString());
      assertEquals(0, statistics.throttleRetries());
      assertEquals(2, events.get(0).attempts());
      assertTrue(
          took.compareTo(Duration.ofMillis(300)) >= 0, "waited for the read timeout: " + took);
      assertTrue(
          took.compareTo(Duration.ofMillis(1500)) < 0,
          "did not wait for the delayed answer: " + took);
    }
  }

  @Test
  void nonRetryableErrorSurfacesAtOnceNamingOperationAndTable() {
    RetryStatistics statistics = new RetryStatistics();
    List<CallEvent> events = new ArrayList<>();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(proxy().build());
        DynamoDbClient client =
            Things.client(proxy.endpoint())
                .retryStatistics(statistics)
                .addListener(events::add)
                .build()) {
      Things.Repository things = new Things.Repository(client, table);
      Map<String, AttributeValue> noKey = Map.of("count", AttributeValue.fromN("1"));

      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> things.put(noKey));

      assertTrue(
          e.getMessage()
              .startsWith(
                  "PutItem on table " + table + " was rejected as invalid: ValidationException: "),
          e.getMessage());
      assertEquals("PutItem", e.operation());
      assertEquals(table, e.tableName().orElseThrow());
      assertTrue(e.requestId().isPresent(), "Dynamap Local's request id is kept");
      assertEquals(1, proxy.requests(), "one attempt");
      assertEquals(1, events.get(0).attempts());
      assertEquals(0, statistics.retries());
      assertEquals(1, statistics.nonRetryableFailures());
    }
  }

  @Test
  void throttlesAreRetriedQuicklyAndServerErrorsWithBackoff() {
    RetryStatistics statistics = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(proxy().build());
        DynamoDbClient client =
            Things.client(proxy.endpoint()).retryStatistics(statistics).build()) {
      proxy.injectNext(Fault.THROTTLING, Fault.THROTTLING, Fault.THROTTLING);
      long start = System.nanoTime();
      client.putItem(put -> put.tableName(table).item(thing("t", 1)));
      Duration throttledCall = Duration.ofNanos(System.nanoTime() - start);

      proxy.injectNext(Fault.SERVER_ERROR, Fault.SERVICE_UNAVAILABLE, Fault.SERVER_ERROR);
      start = System.nanoTime();
      client.putItem(put -> put.tableName(table).item(thing("e", 1)));
      Duration erroredCall = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(3, statistics.throttleRetries());
      assertEquals(3, statistics.errorRetries());
      // Three throttling retries of 25-75 ms each; no growth.
      long throttleBackoff = statistics.throttleBackoff().toMillis();
      assertTrue(
          throttleBackoff >= 75 && throttleBackoff <= 225,
          "throttle backoff " + throttleBackoff + " ms");
      // Error retries of about 250, 500 and 1000 ms, each 0.5 to 1.5 times that.
      long errorBackoff = statistics.errorBackoff().toMillis();
      assertTrue(
          errorBackoff >= 875 && errorBackoff <= 2625, "error backoff " + errorBackoff + " ms");
      assertTrue(throttledCall.compareTo(erroredCall) < 0, throttledCall + " vs " + erroredCall);
      assertTrue(
          throttledCall.compareTo(Duration.ofMillis(225 + 500)) < 0,
          "throttled call took " + throttledCall);
      assertTrue(
          erroredCall.compareTo(Duration.ofMillis(875)) >= 0, "errored call took " + erroredCall);
    }
  }

  @Test
  void retryCountersMatchTheProxysLogExactly() {
    RetryStatistics statistics = new RetryStatistics();
    CallMetrics metrics = new CallMetrics();
    int calls = 150;
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared().withFaults(proxy()
                .seed(20260501)
                .rate(Fault.THROTTLING, 0.15)
                .rate(Fault.SERVER_ERROR, 0.05)
                .rate(Fault.SERVICE_UNAVAILABLE, 0.05)
                .rate(Fault.CLOSE_CONNECTION, 0.05)
                .build());
        DynamoDbClient client =
            Things.fastRetryingClient(proxy.endpoint())
                .maxAttempts(10)
                .retryStatistics(statistics)
                .addListener(metrics)
                .build()) {
      for (int i = 0; i < calls; i++) {
        Map<String, AttributeValue> item = thing("c" + (i % 20), i);
        if (i % 2 == 0) {
          client.putItem(put -> put.tableName(table).item(item));
        } else {
          client.getItem(get -> get.tableName(table).key(key(item.get("id").s())));
        }
      }

      long throttles = proxy.count(Fault.THROTTLING);
      long errors =
          proxy.count(Fault.SERVER_ERROR)
              + proxy.count(Fault.SERVICE_UNAVAILABLE)
              + proxy.count(Fault.CLOSE_CONNECTION);
      assertTrue(
          throttles > 10 && errors > 10,
          "enough faults to mean something: " + proxy.faults().size());
      assertEquals(throttles, statistics.throttleRetries(), "seed " + proxy.seed());
      assertEquals(errors, statistics.errorRetries(), "seed " + proxy.seed());
      assertEquals(0, statistics.retriesExhausted());
      assertEquals(calls + throttles + errors, proxy.requests(), "every attempt reached the proxy");
      assertEquals(
          proxy.count(Fault.CLOSE_CONNECTION),
          statistics.networkFailures(),
          "the dropped connections, and only they, failed in the network");

      long attempts = 0;
      long throttleRetries = 0;
      long errorRetries = 0;
      long callsSeen = 0;
      for (CallMetrics.OperationStats stats : metrics.snapshot().values()) {
        attempts += stats.attempts();
        throttleRetries += stats.throttleRetries();
        errorRetries += stats.errorRetries();
        callsSeen += stats.calls();
        assertEquals(0, stats.failures());
      }
      assertEquals(calls, callsSeen);
      assertEquals(proxy.requests(), attempts);
      assertEquals(throttles, throttleRetries);
      assertEquals(errors, errorRetries);
      assertEquals(
          throttles,
          proxy.count(Fault.THROTTLING, "PutItem") + proxy.count(Fault.THROTTLING, "GetItem"));
    }
  }

  @Test
  void countersStayExactWithManyThreads() throws Exception {
    RetryStatistics statistics = new RetryStatistics();
    CallMetrics metrics = new CallMetrics();
    int threads = 4;
    int callsPerThread = 40;
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared().withFaults(proxy()
                .rate(Fault.THROTTLING, 0.2)
                .rate(Fault.SERVER_ERROR, 0.1)
                .rate(Fault.CLOSE_CONNECTION, 0.05)
                .build());
        DynamoDbClient client =
            Things.fastRetryingClient(proxy.endpoint())
                .maxAttempts(12)
                .retryStatistics(statistics)
                .addListener(metrics)
                .build()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String prefix = "thread" + t + "-";
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < callsPerThread; i++) {
                      Map<String, AttributeValue> item = thing(prefix + i, i);
                      client.putItem(put -> put.tableName(table).item(item));
                    }
                  }));
        }
        for (Future<?> future : done) {
          future.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      CallMetrics.OperationStats puts = metrics.operation("PutItem").orElseThrow();
      assertEquals(threads * callsPerThread, puts.calls());
      assertEquals(proxy.count(Fault.THROTTLING), statistics.throttleRetries());
      assertEquals(
          proxy.count(Fault.SERVER_ERROR) + proxy.count(Fault.CLOSE_CONNECTION),
          statistics.errorRetries());
      assertEquals(statistics.throttleRetries(), puts.throttleRetries(), "per-call counts add up");
      assertEquals(statistics.errorRetries(), puts.errorRetries());
      assertEquals(proxy.requests(), puts.attempts());
    }
  }

  @Test
  void throttlingThatOutlastsTheRetriesEndsInThrottledException() {
    RetryStatistics statistics = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(proxy().build());
        DynamoDbClient client =
            Things.client(proxy.endpoint()).maxAttempts(3).retryStatistics(statistics).build()) {
      Things.Repository things = new Things.Repository(client, table);
      proxy.injectNext(Fault.THROTTLING, Fault.THROTTLING, Fault.THROTTLING);

      ThrottledException e = assertThrows(ThrottledException.class, () -> things.get("x"));

      assertEquals(3, e.attempts());
      assertEquals("injected-fault-3", e.requestId().orElseThrow(), "the last attempt's id");
      assertInstanceOf(ProvisionedThroughputExceededException.class, e.getCause());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "GetItem on table " + table + " was throttled and still was after 3 attempts"),
          e.getMessage());
      assertEquals(2, statistics.throttleRetries());
      assertEquals(1, statistics.retriesExhausted());
      assertEquals(
          proxy.count(Fault.THROTTLING),
          statistics.throttleRetries() + statistics.retriesExhausted());
    }
  }

  @Test
  void builderAttemptCountIsHonoured() {
    RetryStatistics statistics = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(proxy().build());
        DynamoDbClient client =
            Things.fastRetryingClient(proxy.endpoint())
                .maxAttempts(2)
                .retryStatistics(statistics)
                .build()) {
      Things.Repository things = new Things.Repository(client, table);
      proxy.injectNext(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);

      DynamoDbCallException e =
          assertThrows(DynamoDbCallException.class, () -> things.put(thing("y", 1)));

      assertEquals(2, proxy.requests(), "two attempts, then it gave up");
      assertEquals(2, e.attempts());
      assertEquals(500, e.statusCode());
      assertEquals("InternalServerError", e.errorCode().orElseThrow());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "PutItem on table " + table + " failed after 2 attempts: InternalServerError"),
          e.getMessage());
      assertEquals(1, statistics.errorRetries());
      assertEquals(1, statistics.retriesExhausted());
    }
  }

  @Test
  void retriesStayWithinTheTotalCallTimeout() {
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(proxy().delay(Duration.ofSeconds(2)).build());
        DynamoDbClient client =
            Things.client(proxy.endpoint())
                .maxAttempts(10)
                .socketTimeout(Duration.ofMillis(200))
                .apiCallTimeout(Duration.ofMillis(900))
                .errorRetryBaseDelay(Duration.ofMillis(20))
                .build()) {
      proxy.injectNext(
          Fault.DELAY, Fault.DELAY, Fault.DELAY, Fault.DELAY, Fault.DELAY, Fault.DELAY);

      long start = System.nanoTime();
      DynamoDbCallException e =
          assertThrows(
              DynamoDbCallException.class, () -> new Things.Repository(client, table).get("z"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(
          took.compareTo(Duration.ofMillis(1500)) < 0,
          "the 900 ms budget bounds the call: " + took);
      assertTrue(
          e.getMessage().startsWith("GetItem on table " + table + " failed"), e.getMessage());
    }
  }
}
