package io.dynamap.async;

import static io.dynamap.async.Events.event;
import static io.dynamap.async.Events.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.DynamoDbCallException;
import io.dynamap.runtime.listen.CallEvent;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.retry.CallRetries;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The tuned async client against Dynamap Local, directly and through the fault endpoint. */
@DynamapLocalTest
class DynamapAsyncClientsTest {
  private static final long WAIT_SECONDS = 60;

  private final String table;

  DynamapAsyncClientsTest(TestTables tables) {
    this.table = tables.create(Events.SCHEMA);
  }

  /** A client of the endpoint with the shared server's credentials. */
  static DynamapAsyncClients.Builder client(URI endpoint) {
    return DynamapAsyncClients.builder()
        .endpoint(endpoint)
        .credentials(LocalDynamoDb.credentials())
        // Generous for a busy test machine, as LocalDynamoDb's own client is.
        .socketTimeout(Duration.ofSeconds(10))
        .apiCallAttemptTimeout(Duration.ofSeconds(15))
        .apiCallTimeout(Duration.ofSeconds(60));
  }

  /** A client whose retries wait about a millisecond, for tests that count rather than time. */
  static DynamapAsyncClients.Builder fastRetryingClient(URI endpoint) {
    return client(endpoint)
        .throttleRetryDelay(Duration.ofMillis(1))
        .errorRetryBaseDelay(Duration.ofMillis(1))
        .errorRetryMaxDelay(Duration.ofMillis(2));
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void putGetAndQueryThroughNetty() throws Exception {
    try (DynamoDbAsyncClient client = client(LocalDynamoDb.shared().endpoint()).build()) {
      roundTrip(client);
    }
  }

  @Test
  void putGetAndQueryThroughCrt() throws Exception {
    try (DynamoDbAsyncClient client =
        client(LocalDynamoDb.shared().endpoint()).httpClient(AsyncHttpClientKind.CRT).build()) {
      roundTrip(client);
    }
  }

  private void roundTrip(DynamoDbAsyncClient client) throws Exception {
    List<CompletableFuture<?>> puts = new ArrayList<>();
    for (int sequence = 3; sequence >= 1; sequence--) {
      Map<String, AttributeValue> item = event("orders", sequence, "event " + sequence);
      puts.add(client.putItem(put -> put.tableName(table).item(item)));
    }
    await(CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)));

    GetItemResponse got =
        await(client.getItem(get -> get.tableName(table).key(key("orders", 2))));
    assertEquals(event("orders", 2, "event 2"), got.item());

    QueryResponse query =
        await(
            client.query(
                q ->
                    q.tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("orders")))));
    assertEquals(
        List.of("event 1", "event 2", "event 3"),
        query.items().stream().map(item -> item.get("payload").s()).toList());
  }

  @Test
  void throttlingAndServerErrorsAreRetriedCountedAndSeenByListeners() throws Exception {
    RetryStatistics statistics = new RetryStatistics();
    List<CallEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (FaultyEndpoint faulty = LocalDynamoDb.shared().withFaults(FaultPlan.none());
        DynamoDbAsyncClient client =
            fastRetryingClient(faulty.endpoint())
                .retryStatistics(statistics)
                .addListener(events::add)
                .build()) {
      faulty.injectNext(Fault.THROTTLING, Fault.SERVER_ERROR, Fault.SERVICE_UNAVAILABLE);

      await(client.putItem(put -> put.tableName(table).item(event("retried", 1, "x"))));

      assertEquals(1, statistics.throttleRetries());
      assertEquals(2, statistics.errorRetries());
      assertEquals(4, faulty.requests());
      // The retry token carried the call across the SDK's threads: the listener gets its counts.
      CallEvent event = events.get(0);
      assertEquals("PutItem", event.operation());
      assertEquals(table, event.table().orElseThrow());
      assertEquals(4, event.attempts());
      assertEquals(1, event.throttleRetries());
      assertEquals(2, event.errorRetries());
      assertTrue(event.succeeded());
      assertFalse(event.consumedCapacity().isEmpty(), "capacity asked for, for the listener");
      assertTrue(
          CallRetries.current().isEmpty(), "no call left bound to the calling thread");
    }
  }

  @Test
  void droppedConnectionsAndAnswersPastTheReadTimeoutAreRetriedAsNetworkFailures()
      throws Exception {
    RetryStatistics statistics = new RetryStatistics();
    List<CallEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (FaultyEndpoint faulty =
            LocalDynamoDb.shared()
                .withFaults(FaultPlan.builder().delay(Duration.ofMillis(1500)).build());
        DynamoDbAsyncClient client =
            fastRetryingClient(faulty.endpoint())
                .socketTimeout(Duration.ofMillis(300))
                .apiCallAttemptTimeout(Duration.ofMillis(600))
                .retryStatistics(statistics)
                .addListener(events::add)
                .build()) {
      faulty.injectNext(Fault.CLOSE_CONNECTION, Fault.DELAY);

      await(client.putItem(put -> put.tableName(table).item(event("dropped", 1, "x"))));

      assertEquals(2, statistics.errorRetries(), statistics.toString());
      assertEquals(2, statistics.networkFailures(), "a dropped connection and a read timeout");
      assertEquals(3, faulty.requests());
      assertEquals(3, events.get(0).attempts());
      assertEquals(2, events.get(0).errorRetries());
    }
  }

  /**
   * Dropped connections are left out of this mix: with many calls in flight, both non-blocking
   * clients (Netty and CRT) then see a few more failed attempts than were injected, some of them
   * on requests Dynamap Local had served, which the blocking client at the same concurrency does
   * not; the one-at-a-time test above covers them.
   */
  @Test
  void concurrentCallsUnderRandomFaultsAreCountedExactlyAsTheEndpointLoggedThem()
      throws Exception {
    RetryStatistics statistics = new RetryStatistics();
    CallMetrics metrics = new CallMetrics();
    int calls = 300;
    Semaphore inFlight = new Semaphore(32);
    try (FaultyEndpoint faulty =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .seed(20261205)
                        .rate(Fault.THROTTLING, 0.15)
                        .rate(Fault.SERVER_ERROR, 0.05)
                        .rate(Fault.SERVICE_UNAVAILABLE, 0.05)
                        .build());
        DynamoDbAsyncClient client =
            fastRetryingClient(faulty.endpoint())
                .maxAttempts(10)
                .retryStatistics(statistics)
                .addListener(metrics)
                .build()) {
      List<CompletableFuture<?>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        inFlight.acquire();
        int n = i;
        CompletableFuture<?> call =
            n % 2 == 0
                ? client.putItem(put -> put.tableName(table).item(event("c" + n % 20, n, "p")))
                : client.getItem(get -> get.tableName(table).key(key("c" + n % 20, n - 1)));
        futures.add(call.whenComplete((result, failure) -> inFlight.release()));
      }
      await(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)));

      long throttles = faulty.count(Fault.THROTTLING);
      long errors =
          faulty.count(Fault.SERVER_ERROR)
              + faulty.count(Fault.SERVICE_UNAVAILABLE);
      assertTrue(throttles > 10 && errors > 10, "enough faults: " + faulty.faults().size());
      String log = "seed " + faulty.seed() + ", " + statistics;
      // The SDK's Netty client closes a connection after a 5xx; now and then it reuses one as it
      // closes, and that attempt fails in the network, possibly before reaching the proxy.
      long network = statistics.networkFailures();
      assertTrue(network <= 3, "few network failures: " + log);
      assertEquals(throttles, statistics.throttleRetries(), log);
      assertEquals(errors + network, statistics.errorRetries(), log);
      assertEquals(0, statistics.retriesExhausted(), log);
      long sent = calls + throttles + errors;
      assertTrue(
          faulty.requests() >= sent && faulty.requests() <= sent + network,
          "every attempt but network failures reached the proxy: " + log);

      long callsSeen = 0;
      long attempts = 0;
      long throttleRetries = 0;
      long errorRetries = 0;
      for (CallMetrics.OperationStats stats : metrics.snapshot().values()) {
        callsSeen += stats.calls();
        attempts += stats.attempts();
        throttleRetries += stats.throttleRetries();
        errorRetries += stats.errorRetries();
        assertEquals(0, stats.failures());
      }
      assertEquals(calls, callsSeen, "the listener saw every call once");
      assertEquals(sent + network, attempts, "and every attempt");
      assertEquals(throttles, throttleRetries, "per-call throttling retries");
      assertEquals(errors + network, errorRetries, "per-call error retries");
      assertTrue(CallRetries.current().isEmpty(), "no call left bound to the calling thread");
    }
  }

  @Test
  void aRefusedConnectionOnThisMachineFailsAtOnceSayingNothingIsListening() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    RetryStatistics statistics = new RetryStatistics();
    try (DynamoDbAsyncClient client =
        DynamapAsyncClients.builder()
            .endpoint(URI.create("http://localhost:" + closedPort))
            .retryStatistics(statistics)
            .build()) {
      CompletableFuture<GetItemResponse> call =
          client.getItem(get -> get.tableName("Orders").key(key("x", 1)));

      CompletionException thrown =
          assertThrows(CompletionException.class, () -> call.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join());
      SdkException cause = assertInstanceOf(SdkException.class, thrown.getCause());
      assertEquals(1, cause.numAttempts());
      assertEquals(0, statistics.retries());
      assertEquals(1, statistics.nonRetryableFailures());
      DynamapException translated = DynamapErrors.translate(cause, "GetItem", "Orders");
      assertInstanceOf(DynamoDbCallException.class, translated);
      assertTrue(
          translated
              .getMessage()
              .startsWith(
                  "GetItem on table Orders failed: nothing is listening at localhost:"
                      + closedPort
                      + ": is the server running"),
          translated.getMessage());
    }
  }

  @Test
  void callsReturnAtOnceAndTheirCallbacksAndListenersRunOnTheSdksThreads() throws Exception {
    Thread caller = Thread.currentThread();
    List<Thread> listenerThreads = Collections.synchronizedList(new ArrayList<>());
    try (FaultyEndpoint faulty =
            LocalDynamoDb.shared().withFaults(FaultPlan.builder().delay(Duration.ofMillis(300)).build());
        DynamoDbAsyncClient client =
            client(faulty.endpoint()).addListener(event -> listenerThreads.add(Thread.currentThread())).build()) {
      int calls = 20;
      faulty.injectNext(Collections.nCopies(calls, Fault.DELAY).toArray(Fault[]::new));
      List<CompletableFuture<Thread>> callbacks = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int n = i;
        CompletableFuture<?> call =
            client.putItem(put -> put.tableName(table).item(event("threads", n, "p")));
        // Each answer is held 300 ms: a call that returned a completed future had blocked.
        assertFalse(call.isDone(), "call " + n + " returned before its answer");
        callbacks.add(call.thenApply(response -> Thread.currentThread()));
      }

      for (CompletableFuture<Thread> callback : callbacks) {
        Thread thread = await(callback);
        assertNotEquals(caller, thread, "callback ran on the calling thread");
      }
      assertEquals(calls, listenerThreads.size());
      assertFalse(listenerThreads.contains(caller), "a listener ran on the calling thread");
      assertEquals(calls, faulty.count(Fault.DELAY));
    }
  }

  @Test
  void settingsAreCheckedAsTheBlockingBuildersAre() {
    DynamapAsyncClients.Builder builder = DynamapAsyncClients.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.maxConnections(0));
    assertThrows(IllegalArgumentException.class, () -> builder.maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> builder.socketTimeout(Duration.ZERO));
    builder.errorRetryBaseDelay(Duration.ofSeconds(3)).errorRetryMaxDelay(Duration.ofSeconds(1));
    IllegalArgumentException outOfOrder =
        assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(outOfOrder.getMessage().contains("errorRetryMaxDelay"), outOfOrder.getMessage());
  }

  @Test
  void theRetryStrategyIsBuiltFromTheSameSettingsAsTheBlockingClientsOne() {
    RetryStatistics statistics = new RetryStatistics();
    var strategy =
        DynamapAsyncClients.builder()
            .endpoint(URI.create("http://127.0.0.1:8000"))
            .maxAttempts(7)
            .throttleRetryDelay(Duration.ofMillis(20))
            .retryCircuitBreaker(true)
            .retryStatistics(statistics)
            .buildRetryStrategy();
    var blocking =
        DynamapClients.builder()
            .endpoint(URI.create("http://127.0.0.1:8000"))
            .maxAttempts(7)
            .throttleRetryDelay(Duration.ofMillis(20))
            .retryCircuitBreaker(true)
            .buildRetryStrategy();
    assertEquals(blocking.toString(), strategy.toString());
    assertEquals(7, strategy.maxAttempts());
    assertSame(statistics, strategy.statistics());
    assertTrue(strategy.circuitBreakerEnabled());
  }
}
