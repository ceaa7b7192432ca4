package io.dynamap.testing.fault;

import static io.dynamap.testing.fault.Things.key;
import static io.dynamap.testing.fault.Things.thing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.testing.DynamoDbLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The proxy itself, seen through a client that does not retry: what each fault looks like. */
@DynamoDbLocalTest
class FaultProxyTest {
  private final String table;
  private final DynamoDbClient direct;

  FaultProxyTest(TestTables tables, DynamoDbClient direct) {
    this.table = tables.create(Things.SCHEMA);
    this.direct = direct;
  }

  private static FaultProxy.Builder proxy() {
    return FaultProxy.builder(LocalDynamoDb.shared().endpoint()).seed(7);
  }

  private static DynamoDbClient singleAttempt(FaultProxy proxy) {
    return Things.client(proxy.endpoint()).maxAttempts(1).build();
  }

  @Test
  void forwardsRequestsUnchangedWhenNoFaultIsDrawn() {
    try (FaultProxy proxy = proxy().start();
        DynamoDbClient client = singleAttempt(proxy)) {
      client.putItem(put -> put.tableName(table).item(thing("a", 1)));

      Map<String, AttributeValue> read =
          client.getItem(get -> get.tableName(table).key(key("a"))).item();

      assertEquals(thing("a", 1), read);
      assertEquals(2, proxy.requests());
      assertEquals(2, proxy.forwarded());
      assertTrue(proxy.faults().isEmpty());
      assertEquals("127.0.0.1", proxy.endpoint().getHost());
    }
  }

  @Test
  void throttlingAnswerIsParsedByTheSdkAsProvisionedThroughputExceeded() {
    try (FaultProxy proxy = proxy().start();
        DynamoDbClient client = singleAttempt(proxy)) {
      proxy.injectNext(Fault.THROTTLING);

      ProvisionedThroughputExceededException e =
          assertThrows(
              ProvisionedThroughputExceededException.class,
              () -> client.putItem(put -> put.tableName(table).item(thing("a", 1))));

      assertEquals(400, e.statusCode());
      assertEquals("ProvisionedThroughputExceededException", e.awsErrorDetails().errorCode());
      assertTrue(e.isThrottlingException());
      assertEquals("FaultProxy-1", e.requestId());
      assertEquals(
          List.of(
              new InjectedFault(
                  1, "PutItem", List.of(table), Fault.THROTTLING, "FaultProxy-1", 0, 0)),
          proxy.faults());
      assertEquals(0, proxy.forwarded(), "a throttled request is not carried out");
      assertTrue(direct.getItem(get -> get.tableName(table).key(key("a"))).item().isEmpty());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ThrottlingException", "RequestLimitExceeded"})
  void throttlingAnswerCanCarryTheOtherThrottlingCodes(String code) {
    try (FaultProxy proxy = proxy().throttlingErrorCode(code).start();
        DynamoDbClient client = singleAttempt(proxy)) {
      proxy.injectNext(Fault.THROTTLING);

      DynamoDbException e =
          assertThrows(
              DynamoDbException.class,
              () -> client.getItem(get -> get.tableName(table).key(key("a"))));

      assertEquals(code, e.awsErrorDetails().errorCode());
      assertEquals(400, e.statusCode());
    }
  }

  @Test
  void serverErrorsAreAnswered500And503() {
    try (FaultProxy proxy = proxy().start();
        DynamoDbClient client = singleAttempt(proxy)) {
      proxy.injectNext(Fault.SERVER_ERROR, Fault.SERVICE_UNAVAILABLE);

      DynamoDbException first =
          assertThrows(
              DynamoDbException.class,
              () -> client.getItem(get -> get.tableName(table).key(key("a"))));
      DynamoDbException second =
          assertThrows(
              DynamoDbException.class,
              () -> client.getItem(get -> get.tableName(table).key(key("a"))));

      assertEquals(500, first.statusCode());
      assertEquals("InternalServerError", first.awsErrorDetails().errorCode());
      assertEquals(503, second.statusCode());
      assertEquals(2, proxy.count(Fault.SERVER_ERROR) + proxy.count(Fault.SERVICE_UNAVAILABLE));
    }
  }

  @Test
  void closedConnectionFailsTheAttemptWithAnIoError() {
    try (FaultProxy proxy = proxy().start();
        DynamoDbClient client = singleAttempt(proxy)) {
      proxy.injectNext(Fault.CLOSE_CONNECTION);

      SdkClientException e =
          assertThrows(
              SdkClientException.class,
              () -> client.putItem(put -> put.tableName(table).item(thing("a", 1))));

      assertInstanceOf(IOException.class, rootCause(e), e.toString());
      assertEquals(1, proxy.count(Fault.CLOSE_CONNECTION));
      assertEquals(0, proxy.forwarded(), "the request was dropped, not carried out");
      // The client's next request gets a fresh connection and goes through.
      client.putItem(put -> put.tableName(table).item(thing("a", 1)));
      assertEquals(1, proxy.forwarded());
    }
  }

  @Test
  void delayLongerThanTheReadTimeoutIsCutByIt() {
    try (FaultProxy proxy = proxy().delay(Duration.ofMillis(800)).start();
        DynamoDbClient client =
            Things.client(proxy.endpoint())
                .maxAttempts(1)
                .socketTimeout(Duration.ofMillis(200))
                .build()) {
      proxy.injectNext(Fault.DELAY);

      long start = System.nanoTime();
      SdkClientException e =
          assertThrows(
              SdkClientException.class,
              () -> client.putItem(put -> put.tableName(table).item(thing("a", 1))));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertInstanceOf(java.net.SocketTimeoutException.class, rootCause(e), e.toString());
      assertTrue(
          took.compareTo(Duration.ofMillis(700)) < 0,
          "cut by the 200 ms read timeout, took " + took);
      assertEquals(1, proxy.count(Fault.DELAY));
      // The request was carried out before the answer was held back, as on a slow server.
      assertEquals(
          thing("a", 1),
          direct.getItem(get -> get.tableName(table).key(key("a")).consistentRead(true)).item());
    }
  }

  @Test
  void unprocessedItemsAreReallyNotWritten() {
    try (FaultProxy proxy = proxy().start();
        DynamoDbClient client = singleAttempt(proxy)) {
      proxy.injectNext(Fault.UNPROCESSED);
      List<WriteRequest> writes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        writes.add(
            WriteRequest.builder()
                .putRequest(PutRequest.builder().item(thing("t" + i, i)).build())
                .build());
      }

      BatchWriteItemResponse response =
          client.batchWriteItem(batch -> batch.requestItems(Map.of(table, writes)));

      List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
      InjectedFault fault = proxy.faults().get(0);
      assertEquals(Fault.UNPROCESSED, fault.fault());
      assertEquals(20, fault.total());
      assertEquals(unprocessed.size(), fault.unprocessed());
      assertTrue(unprocessed.size() >= 1 && unprocessed.size() <= 20, unprocessed.toString());
      Set<String> left = new HashSet<>();
      for (WriteRequest write : unprocessed) {
        left.add(write.putRequest().item().get("id").s());
      }
      for (int i = 0; i < 20; i++) {
        String id = "t" + i;
        boolean stored =
            direct.getItem(get -> get.tableName(table).key(key(id)).consistentRead(true)).hasItem()
                && !direct
                    .getItem(get -> get.tableName(table).key(key(id)).consistentRead(true))
                    .item()
                    .isEmpty();
        assertEquals(!left.contains(id), stored, id + " stored iff processed");
      }
    }
  }

  @Test
  void unprocessedKeysAreReallyNotRead() {
    for (int i = 0; i < 10; i++) {
      Map<String, AttributeValue> item = thing("k" + i, i);
      direct.putItem(put -> put.tableName(table).item(item));
    }
    try (FaultProxy proxy = proxy().start();
        DynamoDbClient client = singleAttempt(proxy)) {
      proxy.injectNext(Fault.UNPROCESSED);
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        keys.add(key("k" + i));
      }

      BatchGetItemResponse response =
          client.batchGetItem(
              batch ->
                  batch.requestItems(
                      Map.of(
                          table,
                          KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));

      List<Map<String, AttributeValue>> read = response.responses().getOrDefault(table, List.of());
      KeysAndAttributes left = response.unprocessedKeys().get(table);
      assertTrue(left != null && !left.keys().isEmpty(), "at least one key left unprocessed");
      assertEquals(Boolean.TRUE, left.consistentRead(), "the table's other parameters are kept");
      assertEquals(10, read.size() + left.keys().size());
      Set<String> readIds = new HashSet<>();
      read.forEach(item -> readIds.add(item.get("id").s()));
      left.keys().forEach(k -> assertFalse(readIds.contains(k.get("id").s())));
      assertEquals(left.keys().size(), proxy.faults().get(0).unprocessed());
    }
  }

  @Test
  void theSameSeedGivesTheSameFaults() {
    Function<Long, List<InjectedFault>> run =
        seed -> {
          try (FaultProxy proxy =
                  FaultProxy.builder(LocalDynamoDb.shared().endpoint())
                      .seed(seed)
                      .rate(Fault.THROTTLING, 0.3)
                      .rate(Fault.SERVER_ERROR, 0.2)
                      .start();
              DynamoDbClient client = singleAttempt(proxy)) {
            for (int i = 0; i < 30; i++) {
              try {
                client.getItem(get -> get.tableName(table).key(key("a")));
              } catch (DynamoDbException expected) {
                // Injected.
              }
            }
            return proxy.faults();
          }
        };

    List<InjectedFault> first = run.apply(11L);

    assertEquals(first, run.apply(11L));
    assertFalse(first.isEmpty());
    assertFalse(first.equals(run.apply(12L)), "another seed, other faults");
  }

  @Test
  void faultsCanBeLimitedToOperationsAndInNumber() {
    try (FaultProxy proxy =
            proxy().rate(Fault.THROTTLING, 1.0).operations("GetItem").maxFaults(2).start();
        DynamoDbClient client = singleAttempt(proxy)) {
      client.putItem(put -> put.tableName(table).item(thing("a", 1)));
      assertThrows(
          DynamoDbException.class, () -> client.getItem(get -> get.tableName(table).key(key("a"))));
      assertThrows(
          DynamoDbException.class, () -> client.getItem(get -> get.tableName(table).key(key("a"))));
      assertEquals(thing("a", 1), client.getItem(get -> get.tableName(table).key(key("a"))).item());

      assertEquals(2, proxy.count(Fault.THROTTLING, "GetItem"));
      assertEquals(0, proxy.count(Fault.THROTTLING, "PutItem"));
    }
  }

  @Test
  void closeFreesThePortAndEndsTheThreads() throws InterruptedException {
    FaultProxy proxy = proxy().start();
    int port = proxy.endpoint().getPort();
    try (DynamoDbClient client = singleAttempt(proxy)) {
      client.listTables();
    }

    proxy.close();
    proxy.close();

    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    Thread.sleep(100);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()
          && thread.getName().startsWith("fault-proxy-")
          && thread.getName().contains(Integer.toString(port))) {
        // The forwarding client's threads may take a moment to notice the shutdown.
        thread.join(2000);
        assertFalse(thread.isAlive(), thread.getName() + " still running");
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }
}
