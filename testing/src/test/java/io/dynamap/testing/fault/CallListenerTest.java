package io.dynamap.testing.fault;

import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import static io.dynamap.testing.fault.Things.key;
import static io.dynamap.testing.fault.Things.thing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.listen.CallEvent;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** What listeners registered on a Dynamap client see of real calls. */
@DynamapLocalTest
class CallListenerTest {
  private final TestTables tables;
  private final String table;

  CallListenerTest(TestTables tables) {
    this.tables = tables;
    this.table = tables.create(Things.SCHEMA);
  }

  @Test
  void listenerSeesOperationTableLatencyAttemptsRetriesAndCapacity() {
    List<CallEvent> events = new ArrayList<>();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(FaultPlan.builder().build());
        DynamoDbClient client =
            Things.fastRetryingClient(proxy.endpoint()).addListener(events::add).build()) {
      proxy.injectNext(Fault.THROTTLING, Fault.SERVER_ERROR);

      client.putItem(put -> put.tableName(table).item(thing("a", 1)));

      CallEvent event = events.get(0);
      assertEquals("PutItem", event.operation());
      assertEquals(table, event.table().orElseThrow());
      assertEquals(3, event.attempts());
      assertEquals(1, event.throttleRetries());
      assertEquals(1, event.errorRetries());
      assertTrue(event.succeeded());
      assertTrue(event.latency().compareTo(Duration.ZERO) > 0);
      assertEquals(1.0, event.capacityUnits(), "a small put consumes one write unit");
      assertEquals(table, event.consumedCapacity().get(0).tableName());
      assertTrue(event.requestId().isPresent());
    }
  }

  @Test
  void listenerSeesTheError() {
    List<CallEvent> events = new ArrayList<>();
    try (DynamoDbClient client =
        Things.client(LocalDynamoDb.shared().endpoint()).addListener(events::add).build()) {
      client.putItem(put -> put.tableName(table).item(thing("a", 1)));

      ConditionalCheckFailedException thrown =
          assertThrows(
              ConditionalCheckFailedException.class,
              () ->
                  client.putItem(
                      put ->
                          put.tableName(table)
                              .item(thing("a", 2))
                              .conditionExpression("attribute_not_exists(id)")));

      CallEvent failed = events.get(1);
      assertFalse(failed.succeeded());
      assertEquals(thrown, failed.error().orElseThrow());
      assertEquals("ConditionalCheckFailedException", failed.errorCode().orElseThrow());
      assertEquals(400, failed.statusCode().orElseThrow());
      assertEquals(1, failed.attempts());
      assertEquals(thrown.requestId(), failed.requestId().orElseThrow());
      assertTrue(failed.consumedCapacity().isEmpty());
    }
  }

  @Test
  void batchCallsNameEveryTableAndSumTheirCapacity() {
    String other = tables.create(Things.SCHEMA);
    List<CallEvent> events = new ArrayList<>();
    try (DynamoDbClient client =
        Things.client(LocalDynamoDb.shared().endpoint()).addListener(events::add).build()) {
      Map<String, List<WriteRequest>> writes =
          Map.of(
              table, List.of(put(thing("a", 1)), put(thing("b", 2))),
              other, List.of(put(thing("c", 3))));
      client.batchWriteItem(batch -> batch.requestItems(writes));
      client.batchGetItem(
          batch ->
              batch.requestItems(
                  Map.of(
                      table, KeysAndAttributes.builder().keys(List.of(key("a"))).build(),
                      other, KeysAndAttributes.builder().keys(List.of(key("c"))).build())));

      CallEvent write = events.get(0);
      assertEquals("BatchWriteItem", write.operation());
      assertEquals(
          List.of(table, other).stream().sorted().toList(),
          write.tables().stream().sorted().toList());
      assertTrue(write.table().isEmpty());
      assertEquals(3.0, write.capacityUnits());
      assertEquals(2, write.consumedCapacity().size());
      assertEquals("BatchGetItem", events.get(1).operation());
      assertTrue(events.get(1).capacityUnits() > 0);
    }
  }

  @Test
  void consumedCapacityIsNotRequestedWithoutListenersOrWhenTurnedOff() {
    List<CallEvent> events = new ArrayList<>();
    try (DynamoDbClient plain = Things.client(LocalDynamoDb.shared().endpoint()).build();
        DynamoDbClient off =
            Things.client(LocalDynamoDb.shared().endpoint())
                .addListener(events::add)
                .returnConsumedCapacity(false)
                .build()) {
      PutItemResponse plainResponse =
          plain.putItem(put -> put.tableName(table).item(thing("a", 1)));
      off.putItem(put -> put.tableName(table).item(thing("b", 1)));
      off.putItem(
          put ->
              put.tableName(table)
                  .item(thing("c", 1))
                  .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

      assertEquals(null, plainResponse.consumedCapacity());
      assertTrue(events.get(0).consumedCapacity().isEmpty());
      assertEquals(1.0, events.get(1).capacityUnits(), "a request's own choice is kept");
    }
  }

  @Test
  void readyMetricsListenerKeepsCountersAndPercentilesPerOperation() {
    CallMetrics metrics = new CallMetrics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(FaultPlan.builder().build());
        DynamoDbClient client =
            Things.fastRetryingClient(proxy.endpoint()).addListener(metrics).build()) {
      for (int i = 0; i < 20; i++) {
        Map<String, AttributeValue> item = thing("m" + i, i);
        client.putItem(put -> put.tableName(table).item(item));
      }
      proxy.injectNext(Fault.THROTTLING);
      for (int i = 0; i < 10; i++) {
        String id = "m" + i;
        client.getItem(get -> get.tableName(table).key(key(id)));
      }

      CallMetrics.OperationStats puts = metrics.operation("PutItem").orElseThrow();
      CallMetrics.OperationStats gets = metrics.operation("GetItem").orElseThrow();
      assertEquals(20, puts.calls());
      assertEquals(20, puts.attempts());
      assertEquals(20.0, puts.capacityUnits());
      assertEquals(10, gets.calls());
      assertEquals(11, gets.attempts());
      assertEquals(1, gets.throttleRetries());
      assertEquals(5.0, gets.capacityUnits(), "ten eventually consistent reads of small items");
      assertTrue(puts.p50().compareTo(puts.p99()) <= 0);
      assertTrue(puts.p99().compareTo(puts.max()) <= 0);
      assertEquals(20, puts.latencySamples());
    }
  }

  @Test
  void aFailingListenerDoesNotFailTheCall() {
    List<CallEvent> events = new ArrayList<>();
    try (DynamoDbClient client =
        Things.client(LocalDynamoDb.shared().endpoint())
            .addListener(
                event -> {
                  throw new IllegalStateException("listener bug");
                })
            .addListener(events::add)
            .build()) {
      assertNotNull(client.putItem(put -> put.tableName(table).item(thing("a", 1))));
      assertEquals(1, events.size(), "later listeners still run");
    }
  }

  @Test
  void repositoryCallsReachListenersAsTheirOperations() {
    List<CallEvent> events = new ArrayList<>();
    try (DynamoDbClient client =
        Things.client(LocalDynamoDb.shared().endpoint()).addListener(events::add).build()) {
      Things.Repository things = new Things.Repository(client, table);
      things.put(thing("r", 1));
      things.get("r");
      assertEquals(1, things.scan().stream().count());

      assertEquals(
          List.of("PutItem", "GetItem", "Scan"),
          events.stream().map(CallEvent::operation).toList());
      events.forEach(event -> assertEquals(table, event.table().orElseThrow()));
      assertInstanceOf(Double.class, events.get(2).consumedCapacity().get(0).capacityUnits());
    }
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }
}
