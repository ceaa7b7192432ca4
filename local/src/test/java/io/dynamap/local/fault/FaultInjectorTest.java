package io.dynamap.local.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.DynamapLocal;
import io.dynamap.local.FakeLocal;
import io.dynamap.local.FakeOperations;
import io.dynamap.local.TestClients;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The fault injector seen through the SDK, over HTTP and in-process alike: what each fault looks
 * like to a client that does not retry, and what the log records.
 */
class FaultInjectorTest {
  private static final String TABLE = "Things";

  private final FakeOperations operations = new FakeOperations();

  private DynamapLocal start(FaultPlan plan) {
    return FakeLocal.start(DynamapLocal.builder().faults(plan), operations);
  }

  private DynamapLocal start() {
    return start(FaultPlan.builder().seed(7).build());
  }

  private static DynamoDbClient singleAttempt(DynamapLocal local, boolean inProcess) {
    return TestClients.client(local, inProcess, 1, null);
  }

  static Map<String, AttributeValue> thing(String id, int count) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.fromS(id));
    item.put("count", AttributeValue.fromN(Integer.toString(count)));
    return item;
  }

  static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void passesRequestsWhenNoFaultIsDrawn(boolean inProcess) {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));

      Map<String, AttributeValue> read =
          client.getItem(get -> get.tableName(TABLE).key(key("a"))).item();

      assertEquals(thing("a", 1), read);
      assertEquals(2, local.faults().requests());
      assertEquals(2, local.faults().served());
      assertTrue(local.faults().faults().isEmpty());
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void throttlingAnswerIsParsedByTheSdkAsProvisionedThroughputExceeded(boolean inProcess) {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      local.faults().injectNext(Fault.THROTTLING);

      ProvisionedThroughputExceededException e =
          assertThrows(
              ProvisionedThroughputExceededException.class,
              () -> client.putItem(put -> put.tableName(TABLE).item(thing("a", 1))));

      assertEquals(400, e.statusCode());
      assertEquals("ProvisionedThroughputExceededException", e.awsErrorDetails().errorCode());
      assertTrue(e.isThrottlingException());
      assertEquals("injected-fault-1", e.requestId());
      assertEquals(
          List.of(
              new InjectedFault(
                  1, "PutItem", List.of(TABLE), Fault.THROTTLING, "injected-fault-1", 0, 0)),
          local.faults().faults());
      assertEquals(0, local.faults().served(), "a throttled request is not carried out");
      assertFalse(operations.contains(TABLE, "a"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ThrottlingException", "RequestLimitExceeded"})
  void throttlingAnswerCanCarryTheOtherThrottlingCodes(String code) {
    try (DynamapLocal local = start(FaultPlan.builder().throttlingErrorCode(code).build());
        DynamoDbClient client = singleAttempt(local, true)) {
      local.faults().injectNext(Fault.THROTTLING);

      DynamoDbException e =
          assertThrows(
              DynamoDbException.class,
              () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));

      assertEquals(code, e.awsErrorDetails().errorCode());
      assertEquals(400, e.statusCode());
      assertTrue(e.isThrottlingException(), "the SDK knows " + code + " as throttling");
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void serverErrorsAreAnswered500And503(boolean inProcess) {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      local.faults().injectNext(Fault.SERVER_ERROR, Fault.SERVICE_UNAVAILABLE);

      DynamoDbException first =
          assertThrows(
              DynamoDbException.class,
              () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));
      DynamoDbException second =
          assertThrows(
              DynamoDbException.class,
              () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));

      assertEquals(500, first.statusCode());
      assertEquals("InternalServerError", first.awsErrorDetails().errorCode());
      assertEquals(503, second.statusCode());
      assertEquals(1, local.faults().count(Fault.SERVER_ERROR));
      assertEquals(1, local.faults().count(Fault.SERVICE_UNAVAILABLE));
      assertEquals(2, local.faults().failedAttempts());
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void closedConnectionFailsTheAttemptWithAnIoError(boolean inProcess) {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      local.faults().injectNext(Fault.CLOSE_CONNECTION);

      SdkClientException e =
          assertThrows(
              SdkClientException.class,
              () -> client.putItem(put -> put.tableName(TABLE).item(thing("a", 1))));

      assertInstanceOf(IOException.class, rootCause(e), e.toString());
      assertEquals(1, local.faults().count(Fault.CLOSE_CONNECTION));
      assertEquals(0, local.faults().served(), "the request was dropped, not carried out");
      // The client's next request gets a fresh connection and goes through.
      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));
      assertEquals(1, local.faults().served());
      assertTrue(operations.contains(TABLE, "a"));
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void delayLongerThanTheAttemptTimeoutIsCutByIt(boolean inProcess) {
    try (DynamapLocal local = start(FaultPlan.builder().delay(Duration.ofSeconds(3)).build());
        DynamoDbClient client = TestClients.client(local, inProcess, 1, Duration.ofMillis(200))) {
      warmUp(client);
      local.faults().injectNext(Fault.DELAY);

      long start = System.nanoTime();
      SdkClientException e =
          assertThrows(
              SdkClientException.class,
              () -> client.putItem(put -> put.tableName(TABLE).item(thing("a", 1))));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(
          took.compareTo(Duration.ofSeconds(2)) < 0,
          "cut by the 200 ms attempt timeout, took " + took + ": " + e);
      assertEquals(1, local.faults().count(Fault.DELAY));
      // The request was carried out before the answer was held back, as on a slow server.
      assertTrue(operations.contains(TABLE, "a"));
    }
  }

  @Test
  void delayLongerThanTheReadTimeoutIsCutByItOverHttp() {
    try (DynamapLocal local = start(FaultPlan.builder().delay(Duration.ofSeconds(3)).build());
        DynamoDbClient client =
            TestClients.http(local, 1)
                .httpClientBuilder(ApacheHttpClient.builder().socketTimeout(Duration.ofMillis(200)))
                .build()) {
      warmUp(client);
      local.faults().injectNext(Fault.DELAY);

      long start = System.nanoTime();
      SdkClientException e =
          assertThrows(
              SdkClientException.class,
              () -> client.putItem(put -> put.tableName(TABLE).item(thing("a", 1))));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertInstanceOf(SocketTimeoutException.class, rootCause(e), e.toString());
      assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "cut by the read timeout: " + took);
      assertTrue(operations.contains(TABLE, "a"), "carried out before the answer was held");
      // The server answers the next request on a new connection at once.
      client.getItem(get -> get.tableName(TABLE).key(key("a")));
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void shortDelayHoldsTheAnswer(boolean inProcess) {
    try (DynamapLocal local = start(FaultPlan.builder().delay(Duration.ofMillis(150)).build());
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      local.faults().injectNext(Fault.DELAY);

      long start = System.nanoTime();
      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(took.compareTo(Duration.ofMillis(150)) >= 0, "held back: " + took);
      assertEquals(List.of(Fault.DELAY), faultKinds(local));
      assertEquals(1, local.faults().served());
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void unprocessedItemsAreReallyNotWritten(boolean inProcess) {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      local.faults().injectNext(Fault.UNPROCESSED);
      List<WriteRequest> writes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        writes.add(
            WriteRequest.builder()
                .putRequest(PutRequest.builder().item(thing("t" + i, i)).build())
                .build());
      }

      BatchWriteItemResponse response =
          client.batchWriteItem(batch -> batch.requestItems(Map.of(TABLE, writes)));

      List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(TABLE, List.of());
      InjectedFault fault = local.faults().faults().get(0);
      assertEquals(Fault.UNPROCESSED, fault.fault());
      assertEquals(List.of(TABLE), fault.tables());
      assertEquals(20, fault.total());
      assertEquals(unprocessed.size(), fault.unprocessed());
      assertTrue(unprocessed.size() >= 1 && unprocessed.size() <= 20, unprocessed.toString());
      Set<String> left = new HashSet<>();
      for (WriteRequest write : unprocessed) {
        left.add(write.putRequest().item().get("id").s());
      }
      for (int i = 0; i < 20; i++) {
        String id = "t" + i;
        assertEquals(
            !left.contains(id), operations.contains(TABLE, id), id + " stored iff processed");
      }
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void unprocessedKeysAreReallyNotRead(boolean inProcess) {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, inProcess)) {
      for (int i = 0; i < 10; i++) {
        Map<String, AttributeValue> item = thing("k" + i, i);
        client.putItem(put -> put.tableName(TABLE).item(item));
      }
      local.faults().injectNext(Fault.UNPROCESSED);
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        keys.add(key("k" + i));
      }

      BatchGetItemResponse response =
          client.batchGetItem(
              batch ->
                  batch.requestItems(
                      Map.of(
                          TABLE,
                          KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));

      List<Map<String, AttributeValue>> read = response.responses().getOrDefault(TABLE, List.of());
      KeysAndAttributes left = response.unprocessedKeys().get(TABLE);
      assertTrue(left != null && !left.keys().isEmpty(), "at least one key left unprocessed");
      assertEquals(Boolean.TRUE, left.consistentRead(), "the table's other parameters are kept");
      assertEquals(10, read.size() + left.keys().size());
      Set<String> readIds = new HashSet<>();
      read.forEach(item -> readIds.add(item.get("id").s()));
      left.keys().forEach(k -> assertFalse(readIds.contains(k.get("id").s())));
      assertEquals(left.keys().size(), local.faults().faults().get(0).unprocessed());
    }
  }

  @Test
  void unprocessedReachingARequestThatIsNotABatchLetsItThroughUnlogged() {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, true)) {
      local.faults().injectNext(Fault.UNPROCESSED);

      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));

      assertTrue(local.faults().faults().isEmpty());
      assertTrue(operations.contains(TABLE, "a"));
    }
  }

  @Test
  void theSameSeedGivesTheSameFaults() {
    Function<Long, List<InjectedFault>> run =
        seed -> {
          try (DynamapLocal local =
                  start(
                      FaultPlan.builder()
                          .seed(seed)
                          .rate(Fault.THROTTLING, 0.3)
                          .rate(Fault.SERVER_ERROR, 0.2)
                          .build());
              DynamoDbClient client = singleAttempt(local, true)) {
            for (int i = 0; i < 30; i++) {
              try {
                client.getItem(get -> get.tableName(TABLE).key(key("a")));
              } catch (DynamoDbException expected) {
                // Injected.
              }
            }
            assertEquals(seed, local.faults().seed());
            return local.faults().faults();
          }
        };

    List<InjectedFault> first = run.apply(11L);

    assertEquals(first, run.apply(11L));
    assertFalse(first.isEmpty());
    assertNotEquals(first, run.apply(12L), "another seed, other faults");
  }

  @Test
  void faultsCanBeLimitedToOperationsAndInNumber() {
    try (DynamapLocal local =
            start(
                FaultPlan.builder()
                    .rate(Fault.THROTTLING, 1.0)
                    .operations("GetItem")
                    .maxFaults(2)
                    .build());
        DynamoDbClient client = singleAttempt(local, true)) {
      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));
      assertThrows(
          DynamoDbException.class, () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));
      assertThrows(
          DynamoDbException.class, () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));
      assertEquals(thing("a", 1), client.getItem(get -> get.tableName(TABLE).key(key("a"))).item());

      assertEquals(2, local.faults().count(Fault.THROTTLING, "GetItem"));
      assertEquals(0, local.faults().count(Fault.THROTTLING, "PutItem"));
    }
  }

  @Test
  void faultsCanBeLimitedToTables() {
    try (DynamapLocal local =
            start(FaultPlan.builder().rate(Fault.SERVER_ERROR, 1.0).tables("Fragile").build());
        DynamoDbClient client = singleAttempt(local, true)) {
      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));
      assertThrows(
          DynamoDbException.class,
          () -> client.putItem(put -> put.tableName("Fragile").item(thing("a", 1))));
      local.faults().injectNext(Fault.THROTTLING);
      client.putItem(put -> put.tableName(TABLE).item(thing("b", 1)));

      assertEquals(
          List.of(
              new InjectedFault(
                  2, "PutItem", List.of("Fragile"), Fault.SERVER_ERROR, "injected-fault-2", 0, 0)),
          local.faults().faults());
    }
  }

  @Test
  void thePlanCanBeReplacedWhileRunning() {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, true)) {
      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));

      local.faults().plan(FaultPlan.builder().seed(3).rate(Fault.THROTTLING, 1.0).build());
      assertThrows(
          ProvisionedThroughputExceededException.class,
          () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));
      local.faults().plan(FaultPlan.none());
      client.getItem(get -> get.tableName(TABLE).key(key("a")));

      assertEquals(3, local.faults().requests());
      assertEquals(2, local.faults().served());
      assertEquals(1, local.faults().count(Fault.THROTTLING));
      assertEquals(2, local.faults().faults().get(0).request(), "numbers go on across plans");
    }
  }

  @Test
  void clearLogForgetsFaultsAndQueuedOnes() {
    try (DynamapLocal local = start();
        DynamoDbClient client = singleAttempt(local, true)) {
      local.faults().injectNext(Fault.THROTTLING);
      assertThrows(
          DynamoDbException.class, () -> client.getItem(get -> get.tableName(TABLE).key(key("a"))));
      local.faults().injectNext(Fault.THROTTLING);

      local.faults().clearLog();
      client.getItem(get -> get.tableName(TABLE).key(key("a")));

      assertTrue(local.faults().faults().isEmpty());
      assertEquals(0, local.faults().failedAttempts());
      assertEquals(2, local.faults().requests());
    }
  }

  @Test
  void theSdkRetriesInjectedFaultsAndTheLogAccountsForEveryAttempt() {
    try (DynamapLocal local = start();
        DynamoDbClient client = TestClients.inProcess(local, 4).build()) {
      local.faults().injectNext(Fault.THROTTLING, Fault.SERVER_ERROR, Fault.CLOSE_CONNECTION);

      client.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));

      assertEquals(4, local.faults().requests());
      assertEquals(1, local.faults().served());
      assertEquals(3, local.faults().failedAttempts());
      assertEquals(
          List.of(Fault.THROTTLING, Fault.SERVER_ERROR, Fault.CLOSE_CONNECTION), faultKinds(local));
    }
  }

  @Test
  void theDirectClientBypassesTheFaults() {
    try (DynamapLocal local = start(FaultPlan.builder().rate(Fault.SERVER_ERROR, 1.0).build());
        DynamoDbClient faulty = singleAttempt(local, true);
        DynamoDbClient direct =
            TestClients.inProcess(local, 1).httpClient(local.directHttpClient()).build()) {
      assertThrows(
          DynamoDbException.class,
          () -> faulty.putItem(put -> put.tableName(TABLE).item(thing("a", 1))));

      direct.putItem(put -> put.tableName(TABLE).item(thing("a", 1)));

      assertEquals(thing("a", 1), direct.getItem(get -> get.tableName(TABLE).key(key("a"))).item());
      assertEquals(1, local.faults().requests(), "the direct client's requests are not counted");
      assertEquals(1, local.faults().count(Fault.SERVER_ERROR));
    }
  }

  @Test
  void planRejectsImpossibleSettings() {
    assertThrows(IllegalArgumentException.class, () -> FaultPlan.builder().rate(Fault.NONE, 0.1));
    assertThrows(IllegalArgumentException.class, () -> FaultPlan.builder().rate(Fault.DELAY, 1.1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FaultPlan.builder().rate(Fault.THROTTLING, 0.6).rate(Fault.SERVER_ERROR, 0.6).build());
    assertThrows(
        IllegalArgumentException.class, () -> FaultPlan.builder().delay(Duration.ofMinutes(2)));
    assertThrows(IllegalArgumentException.class, () -> FaultPlan.builder().maxFaults(-1));
  }

  /**
   * Makes a first request, so that a short timeout is not spent loading the SDK's classes on a busy
   * machine; tries a few times, as the timeout may cut the first ones.
   */
  private static void warmUp(DynamoDbClient client) {
    for (int i = 0; i < 10; i++) {
      try {
        client.getItem(get -> get.tableName("WarmUp").key(key("w")));
        return;
      } catch (SdkClientException slow) {
        // Cut by the timeout: try again, now that more is loaded.
      }
    }
  }

  private static List<Fault> faultKinds(DynamapLocal local) {
    List<Fault> kinds = new ArrayList<>();
    local.faults().faults().forEach(f -> kinds.add(f.fault()));
    return kinds;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }
}
