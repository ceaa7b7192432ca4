package io.dynamap.example.it.table;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.it.ttl.SessionRepository;
import io.dynamap.example.it.ttl.SessionSchema;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.table.IndexDescription;
import io.dynamap.runtime.table.KeyElement;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableMismatchException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** A repository's describe() and verifyTable(), against tables made by the model and by others. */
@DynamapLocalTest
class DescribeAndVerifyTableTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void describeShowsTheTableItsIndexesAndItsSize(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    for (int i = 0; i < 3; i++) {
      orders.put(order("c-1", i));
    }

    TableDescription table = orders.describe();

    assertEquals(orders.tableName(), table.name());
    assertEquals(TableStatus.ACTIVE, table.status());
    assertTrue(table.isReady());
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingMode());
    assertEquals(0, table.readCapacityUnits());
    assertEquals(
        List.of(
            new KeyElement("customerId", KeyType.HASH, ScalarAttributeType.S),
            new KeyElement("placedAt", KeyType.RANGE, ScalarAttributeType.S)),
        table.key());
    // Dynamap Local counts at once; DynamoDB updates these figures about every six hours.
    assertEquals(3, table.itemCount());
    assertTrue(table.sizeBytes() > 0, "size " + table.sizeBytes());
    assertTrue(table.arn().endsWith(":table/" + orders.tableName()), table.arn());
    assertTrue(table.createdAt() != null);

    IndexDescription byStatus = table.index("byStatus").orElseThrow();
    assertTrue(byStatus.global());
    assertEquals(IndexStatus.ACTIVE, byStatus.status());
    assertEquals(ProjectionType.INCLUDE, byStatus.projection());
    assertEquals(List.of("orderId", "itemCount"), byStatus.nonKeyAttributes());
    assertEquals(
        List.of(
            new KeyElement("status", KeyType.HASH, ScalarAttributeType.S),
            new KeyElement("total", KeyType.RANGE, ScalarAttributeType.N)),
        byStatus.key());
    IndexDescription byTotal = table.index("byTotal").orElseThrow();
    assertFalse(byTotal.global());
    assertNull(byTotal.status());
    assertEquals(3, byTotal.itemCount());

    assertTrue(table.timeToLiveAttribute().isEmpty());
    assertEquals(TimeToLiveStatus.DISABLED, table.timeToLiveStatus());
  }

  @Test
  void aTableCreatedFromTheModelMatchesIt(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    assertDoesNotThrow(orders::verifyTable);

    SessionRepository sessions = new SessionRepository(client, "Sessions_" + UUID.randomUUID());
    sessions.createTable(); // enables Time to Live on expiresAt
    try {
      assertEquals("expiresAt", sessions.describe().timeToLiveAttribute().orElseThrow());
      assertDoesNotThrow(sessions::verifyTable);
    } finally {
      sessions.deleteTable();
    }
  }

  @Test
  void everyDifferenceIsListedInOneException(DynamoDbClient client) {
    String name = "Orders_drifted_" + UUID.randomUUID();
    // The key's sort attribute stored as a number, byStatus keeping only keys, byTotal absent,
    // Time to Live on for an entity that declares none.
    client.createTable(
        create ->
            create
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    definition("customerId", ScalarAttributeType.S),
                    definition("placedAt", ScalarAttributeType.N),
                    definition("status", ScalarAttributeType.S),
                    definition("total", ScalarAttributeType.N))
                .keySchema(key("customerId", KeyType.HASH), key("placedAt", KeyType.RANGE))
                .globalSecondaryIndexes(
                    index ->
                        index
                            .indexName("byStatus")
                            .keySchema(key("status", KeyType.HASH), key("total", KeyType.RANGE))
                            .projection(projection -> projection.projectionType(ProjectionType.KEYS_ONLY))));
    try {
      client.updateTimeToLive(
          ttl -> ttl.tableName(name).timeToLiveSpecification(spec -> spec.attributeName("expires").enabled(true)));
      OrderRepository orders = new OrderRepository(client, name);

      TableMismatchException e = assertThrows(TableMismatchException.class, orders::verifyTable);

      assertEquals(
          List.of(
              "the table's key is customerId (S, partition) + placedAt (N, sort), the model's is"
                  + " customerId (S, partition) + placedAt (S, sort)",
              "index byStatus projects KEYS_ONLY, the model declares INCLUDE",
              "the local index byTotal is missing (the model declares it on customerId (S,"
                  + " partition) + total (N, sort))",
              "Time to Live is on and deletes items by expires, but the model declares no"
                  + " @TimeToLive attribute"),
          e.differences());
      assertEquals(name, e.tableName());
      assertTrue(
          e.getMessage().startsWith("Table " + name + " does not match the model of Order (4 differences):\n  - the table's key is"),
          e.getMessage());
    } finally {
      client.deleteTable(delete -> delete.tableName(name));
    }
  }

  @Test
  void aModelWithTimeToLiveNamesTheAttributeItExpiresBy(DynamoDbClient client, TestTables tables) {
    SessionRepository sessions = new SessionRepository(client, tables.create(SessionSchema.INSTANCE));

    TableMismatchException e = assertThrows(TableMismatchException.class, sessions::verifyTable);

    assertEquals(
        List.of("Time to Live is DISABLED, the model expires items by expiresAt (createTable() enables it)"),
        e.differences());
    assertTrue(e.getMessage().contains("(1 difference):"), e.getMessage());
  }

  @Test
  void aMissingTableIsNotFound(DynamoDbClient client) {
    OrderRepository orders = new OrderRepository(client, "NoSuchOrders");
    assertThrows(TableNotFoundException.class, orders::describe);
    assertThrows(TableNotFoundException.class, orders::verifyTable);
  }

  private static Order order(String customer, int i) {
    return new Order(
        customer, START.plusSeconds(3600L * i), UUID.randomUUID(), OrderStatus.PLACED,
        new BigDecimal("10.5").add(BigDecimal.valueOf(i)), 1, false, null, List.of());
  }

  private static software.amazon.awssdk.services.dynamodb.model.AttributeDefinition definition(
      String name, ScalarAttributeType type) {
    return software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
        .attributeName(name).attributeType(type).build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.KeySchemaElement key(
      String name, KeyType type) {
    return software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder()
        .attributeName(name).keyType(type).build();
  }
}
