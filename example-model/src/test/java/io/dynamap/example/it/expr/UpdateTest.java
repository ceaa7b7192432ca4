package io.dynamap.example.it.expr;

import static io.dynamap.example.OrderAttributes.giftWrapped;
import static io.dynamap.example.OrderAttributes.itemCount;
import static io.dynamap.example.OrderAttributes.lines;
import static io.dynamap.example.OrderAttributes.note;
import static io.dynamap.example.OrderAttributes.status;
import static io.dynamap.example.OrderAttributes.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Address;
import io.dynamap.example.Customer;
import io.dynamap.example.CustomerAttributes;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.example.Order;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.PhoneNumber;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Typed updates against Dynamap Local, on the generated metamodels. */
@DynamapLocalTest
class UpdateTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final OrderLine LINE_1 =
      new OrderLine("SKU-1", 2, new BigDecimal("2.5"), Set.of("gift"));
  private static final OrderLine LINE_2 = new OrderLine("SKU-2", 1, new BigDecimal("10"), Set.of());

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

  private static Order order(OrderStatus status, String note, List<OrderLine> lines) {
    return FilterTest.stored(
        new Order("c-1", AT, UUID.nameUUIDFromBytes(new byte[] {1}), status,
            new BigDecimal("42.5"), 2, false, note, lines));
  }

  @Test
  void setRemoveIncrementAppendAndSetIfNotExistsOnAnOrder(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order placed = order(OrderStatus.PLACED, "leave at the door", List.of(LINE_1));
    orders.put(placed);

    Order updated =
        orders
            .update(placed)
            .set(status, OrderStatus.PAID)
            .set(total, new BigDecimal("52.5"))
            .remove(note)
            .increment(itemCount, 1)
            .setIfNotExists(giftWrapped, true)
            .append(lines, LINE_2)
            .when(status.eq(OrderStatus.PLACED))
            .execute();

    Order expected =
        FilterTest.stored(
            new Order("c-1", AT, placed.orderId(), OrderStatus.PAID, new BigDecimal("52.5"), 3,
                false, null, List.of(LINE_1, LINE_2)));
    assertEquals(expected, updated, "ALL_NEW decoded; giftWrapped was there already");
    assertEquals(Optional.of(expected), orders.get("c-1", AT));

    UpdateItemRequest request = capture.of(UpdateItemRequest.class).get(0);
    assertEquals(
        "SET #a0 = :a0, #a1 = :a1, #a2 = if_not_exists(#a2, :a2) + :a3,"
            + " #a3 = if_not_exists(#a3, :a4), #a4 = list_append(if_not_exists(#a4, :a5), :a6)"
            + " REMOVE #a5",
        request.updateExpression());
    assertEquals("#a0 = :a7", request.conditionExpression());
    assertEquals("status", request.expressionAttributeNames().get("#a0"));
    assertEquals("note", request.expressionAttributeNames().get("#a5"));
    assertEquals(ReturnValue.ALL_NEW, request.returnValues());
    assertEquals(
        ReturnValuesOnConditionCheckFailure.ALL_OLD, request.returnValuesOnConditionCheckFailure());

    // Nested path inside a list element; the old item on request.
    Optional<Order> old =
        orders.update(updated).set(lines.at(1).quantity, 5).executeReturningOld();
    assertEquals(Optional.of(expected), old);
    assertEquals(5, orders.get("c-1", AT).orElseThrow().lines().get(1).quantity());
    assertEquals(ReturnValue.ALL_OLD, capture.of(UpdateItemRequest.class).get(1).returnValues());
    assertNull(capture.of(UpdateItemRequest.class).get(1).conditionExpression());
  }

  @Test
  void appendCreatesAMissingList(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order withoutLines = order(OrderStatus.PLACED, null, null);
    orders.put(withoutLines);
    assertNull(orders.get("c-1", AT).orElseThrow().lines());
    Order updated = orders.update(withoutLines).append(lines, LINE_1, LINE_2).execute();
    assertEquals(List.of(LINE_1, LINE_2), updated.lines());
  }

  @Test
  void failedConditionCarriesTheTypedCurrentItem(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order paid = order(OrderStatus.PAID, "n", List.of(LINE_1));
    orders.put(paid);
    ConditionFailedException e =
        assertThrows(
            ConditionFailedException.class,
            () ->
                orders
                    .update(paid)
                    .set(status, OrderStatus.SHIPPED)
                    .when(status.eq(OrderStatus.PLACED))
                    .execute());
    assertEquals(Optional.of(paid), e.item(orders.schema()));
    assertTrue(e.getMessage().contains("UpdateItem on table " + orders.tableName()), e.getMessage());
    assertTrue(e.getMessage().contains("condition: status = \"PLACED\""), e.getMessage());
    assertEquals(Optional.of(paid), orders.get("c-1", AT), "nothing was written");
  }

  @Test
  void whenExistsOnAMissingItemFailsWithNoCurrentItem(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order missing = order(OrderStatus.PLACED, null, null);
    ConditionFailedException e =
        assertThrows(
            ConditionFailedException.class,
            () -> orders.update(missing).set(note, "x").whenExists().execute());
    assertEquals(Optional.empty(), e.item(orders.schema()));
    assertEquals(Optional.empty(), orders.get("c-1", AT));
    assertEquals(
        "attribute_exists(#a1)", capture.of(UpdateItemRequest.class).get(0).conditionExpression());
    assertEquals(
        "customerId", capture.of(UpdateItemRequest.class).get(0).expressionAttributeNames().get("#a1"));
  }

  @Test
  void setsOnCustomersAndUpdatingAMissingItemCreatesIt(TestTables tables) {
    CustomerRepository customers =
        new CustomerRepository(logged, tables.create(CustomerSchema.INSTANCE));
    Customer ada = new Customer("c-1", "Ada", "ada@example.com", Instant.EPOCH);

    // No item yet: the update creates it, with the key and the updated attributes only.
    Customer created =
        customers
            .update(ada)
            .add(CustomerAttributes.tags, Set.of("new"))
            .increment(CustomerAttributes.loyaltyPoints, 10)
            .setIfNotExists(CustomerAttributes.signedUpAt, Instant.EPOCH)
            .execute();
    assertEquals("c-1", created.getCustomerId());
    assertNull(created.getName());
    assertEquals(Set.of("new"), created.getTags());
    assertEquals(10, created.getLoyaltyPoints());
    assertEquals(Instant.EPOCH, created.getSignedUpAt());

    Customer updated =
        customers
            .update(ada)
            .add(CustomerAttributes.tags, Set.of("vip", "gold"))
            .increment(CustomerAttributes.loyaltyPoints, -3)
            .set(CustomerAttributes.phone, new PhoneNumber(33, "612345678"))
            .setIfNotExists(CustomerAttributes.signedUpAt, Instant.parse("2030-01-01T00:00:00Z"))
            .set(CustomerAttributes.name, "Ada")
            .whenExists()
            .execute();
    assertEquals(Set.of("new", "vip", "gold"), updated.getTags());
    assertEquals(
        Set.of("vip", "gold"),
        customers.update(ada).delete(CustomerAttributes.tags, Set.of("new")).execute().getTags());
    assertEquals(7, updated.getLoyaltyPoints());
    assertEquals(new PhoneNumber(33, "612345678"), updated.getPhone());
    assertEquals(Instant.EPOCH, updated.getSignedUpAt(), "setIfNotExists kept the first value");
    assertEquals("Ada", updated.getName());

    // Deleting the last members removes the set; an empty set assigned is a REMOVE.
    Customer noTags =
        customers.update(ada).delete(CustomerAttributes.tags, Set.of("vip", "gold")).execute();
    assertTrue(noTags.getTags() == null || noTags.getTags().isEmpty(), "" + noTags.getTags());
    customers.update(ada).set(CustomerAttributes.tags, Set.of("a")).execute();
    Customer cleared = customers.update(ada).set(CustomerAttributes.tags, Set.of()).execute();
    assertTrue(cleared.getTags() == null || cleared.getTags().isEmpty(), "" + cleared.getTags());
    assertEquals(
        "REMOVE #a0", capture.of(UpdateItemRequest.class).get(5).updateExpression());

    // A document's attribute is set at its nested path once the document exists.
    Customer withAddress = customers.get("c-1").orElseThrow();
    withAddress.setShippingAddress(new Address("1 rue", "Paris", "75001", "FR"));
    customers.put(withAddress);
    Customer moved =
        customers.update(ada).set(CustomerAttributes.shippingAddress.city, "Lyon").execute();
    assertEquals(new Address("1 rue", "Lyon", "75001", "FR"), moved.getShippingAddress());

    customers.update(ada).remove(CustomerAttributes.phone).executeWithoutResult();
    assertNull(customers.get("c-1").orElseThrow().getPhone());
    assertEquals(
        ReturnValue.NONE, capture.of(UpdateItemRequest.class).get(7).returnValues());
  }

  @Test
  void anUpdateWithNoActionsWritesJustTheKeyAsUpdateItemWithoutAnExpressionDoes(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));

    orders.update("c-9", AT).executeWithoutResult();

    var stored =
        logged.getItem(get -> get.tableName(orders.tableName()).key(Map.of(
            "customerId", AttributeValue.fromS("c-9"),
            "placedAt", AttributeValue.fromS("2026-03-01T10:00:00.000000000Z")))).item();
    assertEquals(Set.of("customerId", "placedAt"), stored.keySet(), "a key-only item: " + stored);
    UpdateItemRequest sent = capture.of(UpdateItemRequest.class).get(0);
    assertNull(sent.updateExpression());
    assertTrue(!sent.hasExpressionAttributeNames() && !sent.hasExpressionAttributeValues(), sent.toString());

    // On an existing item it changes nothing; with a condition it is a conditional touch.
    Order placed = order(OrderStatus.PLACED, "as is", List.of(LINE_1));
    orders.put(placed);
    assertEquals(Optional.of(placed), orders.update(placed).whenExists().executeReturningOld());
    assertEquals(Optional.of(placed), orders.get(placed.customerId(), placed.placedAt()));
    assertThrows(
        ConditionFailedException.class,
        () -> orders.update("c-10", AT).whenExists().executeWithoutResult());
    assertTrue(orders.get("c-10", AT).isEmpty(), "a failed condition writes nothing");
  }

  @Test
  void aTransactionRefusesAnUpdateWithNoActionsBeforeSending(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Transaction.write(logged).update(orders, orders.update("c-9", AT)));

    assertTrue(e.getMessage().contains("has no actions, and a transaction's Update needs an UpdateExpression"), e.getMessage());
    assertTrue(capture.requests.isEmpty(), "nothing sent: " + capture.requests);
  }
}
