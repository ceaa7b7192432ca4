package io.dynamap.example.it.expr;

import static io.dynamap.example.OrderAttributes.customerId;
import static io.dynamap.example.OrderAttributes.lines;
import static io.dynamap.example.OrderAttributes.note;
import static io.dynamap.example.OrderAttributes.status;
import static io.dynamap.example.OrderAttributes.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Conditional puts and deletes against Dynamap Local: succeeding, failing with the current item
 * decoded into the entity, and {@code putIfAbsent}.
 */
@DynamapLocalTest
class ConditionalWriteTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private final RequestCapture capture = new RequestCapture();
  private DynamoDbClient logged;

  @BeforeEach
  void logRequests(LocalDynamoDb local) {
    logged = capture.client(local);
  }

  @AfterEach
  void closeClient() {
    logged.close();
  }

  private static Order order(OrderStatus status, String total, String note) {
    return FilterTest.stored(new Order(
        "c-1",
        AT,
        UUID.nameUUIDFromBytes(new byte[] {1}),
        status,
        new BigDecimal(total),
        2,
        false,
        note,
        List.of(new OrderLine("SKU-1", 2, new BigDecimal("2.50"), Set.of("gift")))));
  }

  @Test
  void conditionalPutSucceedsOrFailsWithTheTypedCurrentItem(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order placed = order(OrderStatus.PLACED, "42.50", null);
    orders.put(placed);

    Order paid = order(OrderStatus.PAID, "42.50", "paid by card");
    orders.put(paid, status.eq(OrderStatus.PLACED).and(note.notExists()));
    assertEquals(Optional.of(paid), orders.get("c-1", AT));

    Order shipped = order(OrderStatus.SHIPPED, "42.50", "shipped");
    ConditionFailedException e =
        assertThrows(
            ConditionFailedException.class,
            () -> orders.put(shipped, status.eq(OrderStatus.PLACED)));
    assertEquals(Optional.of(paid), e.item(OrderSchema.INSTANCE));
    assertEquals(Optional.of(paid), e.item(orders.schema()));
    assertEquals("PAID", e.item().get("status").s());
    assertTrue(e.getMessage().contains("PutItem on table " + orders.tableName()), e.getMessage());
    assertTrue(e.getMessage().contains("condition: status = \"PLACED\""), e.getMessage());
    assertEquals(Optional.of(paid), orders.get("c-1", AT), "nothing was written");

    // Nested paths and list indexes in a write condition.
    orders.put(shipped, lines.at(0).sku.eq("SKU-1").and(lines.at(0).options.contains("gift")));
    assertEquals(Optional.of(shipped), orders.get("c-1", AT));

    PutItemRequest request = capture.of(PutItemRequest.class).get(2);
    assertEquals("#a0 = :a0", request.conditionExpression());
    assertEquals(
        ReturnValuesOnConditionCheckFailure.ALL_OLD, request.returnValuesOnConditionCheckFailure());
  }

  @Test
  void failedConditionOnAMissingItemHasNoCurrentItem(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    ConditionFailedException e =
        assertThrows(
            ConditionFailedException.class,
            () -> orders.put(order(OrderStatus.PAID, "1", null), customerId.exists()));
    assertEquals(Optional.empty(), e.item(OrderSchema.INSTANCE));
    assertTrue(e.item().isEmpty());
    assertEquals(Optional.empty(), orders.get("c-1", AT));
  }

  @Test
  void conditionalDeleteSucceedsOrFailsWithTheTypedCurrentItem(
      DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order big = order(OrderStatus.CANCELLED, "100", "cancelled");
    orders.put(big);

    ConditionFailedException e =
        assertThrows(
            ConditionFailedException.class,
            () -> orders.delete(big, total.lt(new BigDecimal("50"))));
    assertEquals(Optional.of(big), e.item(orders.schema()));
    assertTrue(e.getMessage().contains("DeleteItem"), e.getMessage());
    assertEquals(Optional.of(big), orders.get("c-1", AT));
    DeleteItemRequest request = capture.of(DeleteItemRequest.class).get(0);
    assertEquals("#a0 < :a0", request.conditionExpression());
    assertEquals(
        ReturnValuesOnConditionCheckFailure.ALL_OLD, request.returnValuesOnConditionCheckFailure());

    orders.delete(big, status.eq(OrderStatus.CANCELLED).and(total.ge(new BigDecimal("50"))));
    assertEquals(Optional.empty(), orders.get("c-1", AT));

    // No item: exists() fails with no current item, notExists() holds and deletes nothing.
    ConditionFailedException gone =
        assertThrows(ConditionFailedException.class, () -> orders.delete(big, customerId.exists()));
    assertEquals(Optional.empty(), gone.item(orders.schema()));
    orders.delete(big, note.notExists());
  }

  @Test
  void putIfAbsentWritesOnlyWhenNoItemHasTheKey(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order first = order(OrderStatus.PLACED, "10", "first");
    Order second = order(OrderStatus.PAID, "20", "second");
    assertTrue(orders.putIfAbsent(first));
    assertFalse(orders.putIfAbsent(second));
    assertEquals(Optional.of(first), orders.get("c-1", AT));
    PutItemRequest request = capture.of(PutItemRequest.class).get(1);
    assertEquals("attribute_not_exists(#a0)", request.conditionExpression());
    assertEquals("customerId", request.expressionAttributeNames().get("#a0"));
    assertFalse(request.hasExpressionAttributeValues());
    // Another sort key under the same partition key is another item.
    Order later =
        new Order("c-1", AT.plusSeconds(1), UUID.randomUUID(), OrderStatus.PLACED,
            BigDecimal.ONE, 1, false, null);
    assertTrue(orders.putIfAbsent(later));
    assertEquals(Optional.of(later), orders.get("c-1", AT.plusSeconds(1)));
  }
}
