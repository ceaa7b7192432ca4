package io.dynamap.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The engine's operations through the real SDK client, over HTTP and in-process: the transports
 * carry every request and answer, errors included, unchanged.
 */
class SdkOperationsTest {
  private static final String TABLE = "Orders";

  /** A clock tests move by hand. */
  static final class ManualClock extends Clock {
    private volatile Instant now = Instant.parse("2030-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static Map<String, AttributeValue> order(String customer, String id, long expires) {
    return Map.of(
        "customer", AttributeValue.fromS(customer),
        "id", AttributeValue.fromS(id),
        "total", AttributeValue.fromN("10"),
        "expires", AttributeValue.fromN(Long.toString(expires)));
  }

  private static Map<String, AttributeValue> key(String customer, String id) {
    return Map.of("customer", AttributeValue.fromS(customer), "id", AttributeValue.fromS(id));
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void tablesItemsQueriesAndTimeToLive(boolean inProcess) throws InterruptedException {
    ManualClock clock = new ManualClock();
    try (DynamapLocal local = DynamapLocal.builder().clock(clock).http(!inProcess).start();
        DynamoDbClient client = TestClients.client(local, inProcess, 1, null)) {
      client.createTable(
          create ->
              create
                  .tableName(TABLE)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName("customer")
                          .attributeType(ScalarAttributeType.S)
                          .build(),
                      AttributeDefinition.builder()
                          .attributeName("id")
                          .attributeType(ScalarAttributeType.S)
                          .build())
                  .keySchema(
                      KeySchemaElement.builder()
                          .attributeName("customer")
                          .keyType(KeyType.HASH)
                          .build(),
                      KeySchemaElement.builder()
                          .attributeName("id")
                          .keyType(KeyType.RANGE)
                          .build()));
      awaitActive(client);
      assertEquals(List.of(TABLE), client.listTables().tableNames());

      long soon = clock.instant().plusSeconds(60).getEpochSecond();
      long later = clock.instant().plusSeconds(3600).getEpochSecond();
      client.putItem(put -> put.tableName(TABLE).item(order("ann", "1", soon)));
      client.putItem(put -> put.tableName(TABLE).item(order("ann", "2", later)));
      client.putItem(put -> put.tableName(TABLE).item(order("bob", "1", later)));

      assertEquals(
          order("ann", "1", soon),
          client
              .getItem(get -> get.tableName(TABLE).key(key("ann", "1")).consistentRead(true))
              .item());
      assertEquals(
          "15",
          client
              .updateItem(
                  update ->
                      update
                          .tableName(TABLE)
                          .key(key("ann", "2"))
                          .updateExpression("SET #t = #t + :five")
                          .expressionAttributeNames(Map.of("#t", "total"))
                          .expressionAttributeValues(Map.of(":five", AttributeValue.fromN("5")))
                          .returnValues(ReturnValue.UPDATED_NEW))
              .attributes()
              .get("total")
              .n());
      assertEquals(
          2,
          client
              .query(
                  query ->
                      query
                          .tableName(TABLE)
                          .keyConditionExpression("customer = :c")
                          .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("ann"))))
              .count());
      assertEquals(3, client.scan(scan -> scan.tableName(TABLE)).count());
      ConditionalCheckFailedException failed =
          assertThrows(
              ConditionalCheckFailedException.class,
              () ->
                  client.deleteItem(
                      delete ->
                          delete
                              .tableName(TABLE)
                              .key(key("bob", "1"))
                              .conditionExpression("attribute_not_exists(id)")));
      assertEquals(400, failed.statusCode());

      client.updateTimeToLive(
          ttl ->
              ttl.tableName(TABLE)
                  .timeToLiveSpecification(spec -> spec.attributeName("expires").enabled(true)));
      clock.advance(Duration.ofMinutes(5));
      assertEquals(1, local.sweepExpiredItems());
      assertFalse(
          client
              .getItem(get -> get.tableName(TABLE).key(key("ann", "1")).consistentRead(true))
              .hasItem(),
          "expired and swept");

      String arn = client.describeTable(describe -> describe.tableName(TABLE)).table().tableArn();
      client.tagResource(
          tag -> tag.resourceArn(arn).tags(Tag.builder().key("team").value("a").build()));
      assertEquals(
          List.of(Tag.builder().key("team").value("a").build()),
          client.listTagsOfResource(list -> list.resourceArn(arn)).tags());

      client.deleteItem(delete -> delete.tableName(TABLE).key(key("bob", "1")));
      assertEquals(1, client.scan(scan -> scan.tableName(TABLE)).count());
      client.deleteTable(delete -> delete.tableName(TABLE));
      Thread.sleep(50);
      assertThrows(
          ResourceNotFoundException.class,
          () -> client.describeTable(describe -> describe.tableName(TABLE)));
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void batchesAndTransactions(boolean inProcess) throws InterruptedException {
    try (DynamapLocal local = DynamapLocal.builder().http(!inProcess).start();
        DynamoDbClient client = TestClients.client(local, inProcess, 1, null)) {
      createKeyedById(client);
      List<WriteRequest> writes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        writes.add(put("b" + i));
      }

      assertTrue(
          client
              .batchWriteItem(batch -> batch.requestItems(Map.of(TABLE, writes)))
              .unprocessedItems()
              .isEmpty());
      assertEquals(
          2,
          client
              .batchGetItem(
                  batch ->
                      batch.requestItems(
                          Map.of(
                              TABLE,
                              KeysAndAttributes.builder()
                                  .keys(id("b0"), id("b4"), id("x"))
                                  .build())))
              .responses()
              .get(TABLE)
              .size());
      client.transactWriteItems(
          tx ->
              tx.transactItems(
                  TransactWriteItem.builder()
                      .put(put -> put.tableName(TABLE).item(id("t1")))
                      .build(),
                  TransactWriteItem.builder()
                      .delete(delete -> delete.tableName(TABLE).key(id("b0")))
                      .build()));
      TransactionCanceledException canceled =
          assertThrows(
              TransactionCanceledException.class,
              () ->
                  client.transactWriteItems(
                      tx ->
                          tx.transactItems(
                              TransactWriteItem.builder()
                                  .conditionCheck(
                                      check ->
                                          check
                                              .tableName(TABLE)
                                              .key(id("b0"))
                                              .conditionExpression("attribute_exists(id)"))
                                  .build())));
      assertEquals("ConditionalCheckFailed", canceled.cancellationReasons().get(0).code());
      assertEquals(
          2,
          client
              .transactGetItems(
                  tx ->
                      tx.transactItems(
                          TransactGetItem.builder()
                              .get(get -> get.tableName(TABLE).key(id("t1")))
                              .build(),
                          TransactGetItem.builder()
                              .get(get -> get.tableName(TABLE).key(id("b1")))
                              .build()))
              .responses()
              .stream()
              .filter(response -> response.hasItem())
              .count());
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void unprocessedFaultsLeaveRealItemsUnwrittenAndUnread(boolean inProcess)
      throws InterruptedException {
    try (DynamapLocal local = DynamapLocal.builder().http(!inProcess).start();
        DynamoDbClient client = TestClients.client(local, inProcess, 1, null)) {
      createKeyedById(client);
      List<WriteRequest> writes = new ArrayList<>();
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        writes.add(put("u" + i));
        keys.add(id("u" + i));
      }
      local.faults().injectNext(Fault.UNPROCESSED);

      List<WriteRequest> left =
          client
              .batchWriteItem(batch -> batch.requestItems(Map.of(TABLE, writes)))
              .unprocessedItems()
              .get(TABLE);
      int stored = client.scan(scan -> scan.tableName(TABLE)).count();

      assertEquals(20, stored + left.size());
      assertEquals(left.size(), local.faults().faults().get(0).unprocessed());
      for (WriteRequest write : left) {
        assertFalse(
            client.getItem(get -> get.tableName(TABLE).key(write.putRequest().item())).hasItem());
      }

      local.faults().injectNext(Fault.UNPROCESSED);
      BatchGetItemResponse read =
          client.batchGetItem(
              batch ->
                  batch.requestItems(
                      Map.of(
                          TABLE,
                          KeysAndAttributes.builder()
                              .keys(keys)
                              .projectionExpression("id")
                              .build())));
      KeysAndAttributes unread = read.unprocessedKeys().get(TABLE);
      assertEquals("id", unread.projectionExpression(), "the table's parameters are kept");
      assertEquals(
          stored - countStoredAmong(left, unread.keys()),
          read.responses().getOrDefault(TABLE, List.of()).size());
    }
  }

  /** How many of the unread keys were among the stored items (not among the unwritten ones). */
  private static int countStoredAmong(
      List<WriteRequest> unwritten, List<Map<String, AttributeValue>> unread) {
    List<Map<String, AttributeValue>> unwrittenKeys = new ArrayList<>();
    unwritten.forEach(write -> unwrittenKeys.add(write.putRequest().item()));
    int stored = 0;
    for (Map<String, AttributeValue> key : unread) {
      stored += unwrittenKeys.contains(key) ? 0 : 1;
    }
    return stored;
  }

  private static Map<String, AttributeValue> id(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  private static WriteRequest put(String id) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(id(id)).build()).build();
  }

  private static void createKeyedById(DynamoDbClient client) throws InterruptedException {
    client.createTable(
        create ->
            create
                .tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    awaitActive(client);
  }

  private static void awaitActive(DynamoDbClient client) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (client.describeTable(describe -> describe.tableName(TABLE)).table().tableStatus()
          == TableStatus.ACTIVE) {
        return;
      }
      Thread.sleep(5);
    }
    assertTrue(false, TABLE + " never became ACTIVE");
  }
}
