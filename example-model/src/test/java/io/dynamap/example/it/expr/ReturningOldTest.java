package io.dynamap.example.it.expr;

import static io.dynamap.example.OrderAttributes.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.it.version.Counter;
import io.dynamap.example.it.version.CounterRepository;
import io.dynamap.example.it.version.CounterSchema;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** putReturningOld and deleteReturningOld: the replaced or removed item, typed, in one request. */
@DynamapLocalTest
class ReturningOldTest {
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

  private static Order order(OrderStatus orderStatus, String note) {
    return new Order("c-1", AT, UUID.nameUUIDFromBytes(new byte[] {7}), orderStatus,
        new BigDecimal("42.5"), 2, false, note, List.of());
  }

  @Test
  void putReturnsTheItemItReplaced(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order placed = order(OrderStatus.PLACED, "first");
    Order paid = order(OrderStatus.PAID, "second");

    assertEquals(Optional.empty(), orders.putReturningOld(placed));
    assertEquals(Optional.of(placed), orders.putReturningOld(paid));
    assertEquals(Optional.of(paid), orders.get("c-1", AT));

    List<PutItemRequest> puts = capture.of(PutItemRequest.class);
    assertEquals(2, puts.size());
    assertTrue(puts.stream().allMatch(put -> put.returnValues() == ReturnValue.ALL_OLD), puts.toString());
    assertEquals(1, capture.requests.stream().filter(r -> !(r instanceof PutItemRequest)).count(),
        "one request per write, and the one get");
  }

  @Test
  void aConditionalPutReturningOldWritesNothingWhenTheConditionFails(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order placed = order(OrderStatus.PLACED, "first");
    orders.put(placed);

    assertEquals(
        Optional.of(placed),
        orders.putReturningOld(order(OrderStatus.PAID, "paid"), status.eq(OrderStatus.PLACED)));
    assertThrows(
        ConditionFailedException.class,
        () -> orders.putReturningOld(order(OrderStatus.SHIPPED, "x"), status.eq(OrderStatus.PLACED)));
    assertEquals(OrderStatus.PAID, orders.get("c-1", AT).orElseThrow().status());
  }

  @Test
  void deleteReturnsTheItemItRemoved(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order placed = order(OrderStatus.PLACED, "first");
    orders.put(placed);

    assertThrows(
        ConditionFailedException.class,
        () -> orders.deleteReturningOld(placed, status.eq(OrderStatus.PAID)));
    assertEquals(Optional.of(placed), orders.deleteReturningOld(placed, status.eq(OrderStatus.PLACED)));
    assertEquals(Optional.empty(), orders.deleteReturningOld(placed));
    assertTrue(orders.get("c-1", AT).isEmpty());
    assertTrue(
        capture.of(DeleteItemRequest.class).stream().allMatch(d -> d.returnValues() == ReturnValue.ALL_OLD));
  }

  @Test
  void aVersionedEntityKeepsItsLockWhenReturningOld(TestTables tables) {
    CounterRepository counters = new CounterRepository(logged, tables.create(CounterSchema.INSTANCE));
    Counter first = counters.save(new Counter("c", 1, 0));

    assertEquals(Optional.of(first), counters.putReturningOld(new Counter("c", 2, first.version())));
    assertThrows(
        OptimisticLockException.class, () -> counters.putReturningOld(new Counter("c", 3, first.version())));
    assertThrows(
        OptimisticLockException.class, () -> counters.deleteReturningOld(first));
    Counter current = counters.get("c").orElseThrow();
    assertEquals(2, current.count());
    assertEquals(Optional.of(current), counters.deleteReturningOld(current));
  }

  @Test
  void byKeyAGetCanBeConsistentAndADeleteCanReturnTheItem(TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    Order placed = order(OrderStatus.PLACED, "first");
    orders.put(placed);

    assertEquals(Optional.of(placed), orders.getConsistent("c-1", AT));
    assertEquals(Optional.of(placed), orders.get("c-1", AT));
    List<GetItemRequest> gets = capture.of(GetItemRequest.class);
    assertEquals(Boolean.TRUE, gets.get(0).consistentRead());
    assertEquals(null, gets.get(1).consistentRead(), "an ordinary get leaves the default");

    assertEquals(Optional.of(placed), orders.deleteReturningOld("c-1", AT));
    assertEquals(Optional.empty(), orders.deleteReturningOld("c-1", AT));
    assertEquals(Optional.empty(), orders.getConsistent("c-1", AT));
  }
}
