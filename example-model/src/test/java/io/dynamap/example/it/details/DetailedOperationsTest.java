package io.dynamap.example.it.details;

import static io.dynamap.example.OrderAttributes.note;
import static io.dynamap.example.OrderAttributes.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.it.version.Counter;
import io.dynamap.example.it.version.CounterAttributes;
import io.dynamap.example.it.version.CounterRepository;
import io.dynamap.example.it.version.CounterSchema;
import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.DetailedOperations;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.page.Page;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@code withDetails}: single-item results of generated repositories with the capacity Dynamap
 * Local reports, by DynamoDB's rules (a write unit per KB of the larger of the old and new item,
 * for the table and for each index whose entry the write adds, changes or removes; a read unit
 * per 4 KB, half for an eventually consistent read), and the request id it sent in {@code
 * x-amzn-RequestId}. The rules are the DynamoDB Developer Guide's "DynamoDB read and write
 * operations" (read-write-operations.html) and, for indexes, "Global secondary indexes: writes"
 * (GSI.html#GSI.Writes: a change of an index key is a delete and a put in the index).
 */
@DynamapLocalTest
class DetailedOperationsTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  /** Records the {@code x-amzn-RequestId} header of every HTTP answer, in order. */
  private static final class RequestIds implements ExecutionInterceptor {
    final List<String> received = new CopyOnWriteArrayList<>();

    @Override
    public void afterTransmission(
        Context.AfterTransmission context, ExecutionAttributes attributes) {
      received.add(context.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse("none"));
    }

    String last() {
      return received.get(received.size() - 1);
    }
  }

  private final RequestIds ids = new RequestIds();
  private DynamoDbClient client;

  @BeforeEach
  void recordRequestIds(LocalDynamoDb local) {
    client =
        DynamapClients.builder()
            .endpoint(local.endpoint())
            .credentials(LocalDynamoDb.credentials())
            .addExecutionInterceptor(ids)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static Order order(OrderStatus orderStatus, String orderNote) {
    return new Order("c-1", AT, UUID.nameUUIDFromBytes(new byte[] {1}), orderStatus,
        new BigDecimal("42.5"), 2, false, orderNote, List.of());
  }

  private static double units(CallResult<?> result) {
    return result.consumedCapacity().orElseThrow().capacityUnits();
  }

  private void assertRequestIdOfLastAnswer(CallResult<?> result) {
    assertEquals(Optional.of(ids.last()), result.requestId());
    assertEquals(52, result.requestId().orElseThrow().length());
  }

  @Test
  void theDocumentedExampleReportsTheCapacityOfTheTableAndItsIndexes(TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    Order order = order(OrderStatus.PLACED, null);
    Instant placedAt = AT;

    // tag::details[]
    DetailedOperations<Order> detailed = orders.withDetails(ReturnConsumedCapacity.TOTAL);

    CallResult<Void> written = detailed.put(order);
    double units = written.consumedCapacity().orElseThrow().capacityUnits();
    String requestId = written.requestId().orElseThrow();   // DynamoDB's x-amzn-RequestId

    CallResult<Optional<Order>> read = detailed.get(OrderSchema.INSTANCE.key("c-1", placedAt));
    CallResult<Order> updated =
        detailed.update(order).set(note, "leave at the door").executeDetailed();
    // end::details[]

    // Under 1 KB: one unit for the table, one for each index the item enters (byStatus, byTotal).
    assertEquals(3.0, units);
    assertEquals(ids.received.get(0), requestId);
    assertEquals(Optional.of(order), read.value());
    assertEquals(0.5, units(read));
    assertEquals(ids.received.get(1), read.requestId().orElseThrow());
    assertEquals("leave at the door", updated.value().note());
    // The note is projected into byTotal (ALL) but not into byStatus (INCLUDE orderId, itemCount).
    assertEquals(2.0, units(updated));
    assertRequestIdOfLastAnswer(updated);
  }

  @Test
  void indexesLevelSharesTheCapacityOutPerTableAndIndex(TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    DetailedOperations<Order> detailed = orders.withDetails(ReturnConsumedCapacity.INDEXES);
    assertEquals(ReturnConsumedCapacity.INDEXES, detailed.returnConsumedCapacity());

    ConsumedCapacity put = detailed.put(order(OrderStatus.PLACED, "x")).consumedCapacity().orElseThrow();
    assertEquals(3.0, put.capacityUnits());
    assertEquals(1.0, put.table().capacityUnits());
    assertEquals(1.0, put.globalSecondaryIndexes().get("byStatus").capacityUnits());
    assertEquals(1.0, put.localSecondaryIndexes().get("byTotal").capacityUnits());

    // Moving the item to another byStatus key removes one entry and adds another: two units.
    CallResult<Optional<Order>> replaced = detailed.putReturningOld(order(OrderStatus.PAID, "x"));
    assertEquals(Optional.of(order(OrderStatus.PLACED, "x")), replaced.value());
    ConsumedCapacity moved = replaced.consumedCapacity().orElseThrow();
    assertEquals(2.0, moved.globalSecondaryIndexes().get("byStatus").capacityUnits());
    assertEquals(4.0, moved.capacityUnits());

    // NONE asks for nothing: the result carries the request id only.
    CallResult<Void> none =
        orders.withDetails(ReturnConsumedCapacity.NONE).delete(order(OrderStatus.PAID, "x"));
    assertEquals(Optional.empty(), none.consumedCapacity());
    assertRequestIdOfLastAnswer(none);
  }

  @Test
  void everySingleItemOperationAnswersWithItsValueAndDetails(TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    DetailedOperations<Order> detailed = orders.withDetails(ReturnConsumedCapacity.TOTAL);
    Order placed = order(OrderStatus.PLACED, "first");
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key =
        OrderSchema.INSTANCE.key("c-1", AT);

    CallResult<Boolean> absent = detailed.putIfAbsent(placed);
    assertEquals(true, absent.value());
    assertEquals(3.0, units(absent));
    CallResult<Boolean> present = detailed.putIfAbsent(placed);
    assertEquals(false, present.value());
    assertEquals(Optional.empty(), present.consumedCapacity(), "an error answer tells none");
    assertRequestIdOfLastAnswer(present);

    CallResult<Void> conditional = detailed.put(order(OrderStatus.PAID, "first"), status.eq(OrderStatus.PLACED));
    assertNull(conditional.value());
    assertRequestIdOfLastAnswer(conditional);
    ConditionFailedException refused =
        assertThrows(
            ConditionFailedException.class,
            () -> detailed.put(placed, status.eq(OrderStatus.PLACED)));
    assertEquals(Optional.of(order(OrderStatus.PAID, "first")), refused.item(orders.schema()));
    assertEquals(Optional.of(ids.last()), refused.requestId());
    assertThrows(
        ConditionFailedException.class,
        () -> detailed.putReturningOld(placed, status.eq(OrderStatus.SHIPPED)));
    assertThrows(
        ConditionFailedException.class,
        () -> detailed.delete(placed, status.eq(OrderStatus.SHIPPED)));
    assertThrows(
        ConditionFailedException.class,
        () -> detailed.deleteByKey(key, status.eq(OrderStatus.SHIPPED)));
    assertThrows(
        ItemMappingException.class,
        () -> detailed.put(new Order(null, AT, null, OrderStatus.PAID, BigDecimal.ONE, 0, false, null)));

    CallResult<Optional<Order>> consistent = detailed.getConsistent(key);
    assertEquals(Optional.of(order(OrderStatus.PAID, "first")), consistent.value());
    assertEquals(1.0, units(consistent));
    assertRequestIdOfLastAnswer(consistent);

    CallResult<Optional<Order>> old =
        detailed.updateByKey(key).set(note, "second").executeReturningOldDetailed();
    assertEquals(Optional.of(order(OrderStatus.PAID, "first")), old.value());
    assertEquals(2.0, units(old));
    CallResult<Void> noResult =
        detailed.updateByKey(key).set(note, "third").executeWithoutResultDetailed();
    assertNull(noResult.value());
    assertRequestIdOfLastAnswer(noResult);

    CallResult<Optional<Order>> removed =
        detailed.deleteReturningOld(order(OrderStatus.PAID, "third"), status.eq(OrderStatus.PAID));
    assertEquals(Optional.of(order(OrderStatus.PAID, "third")), removed.value());
    assertEquals(3.0, units(removed));
    assertEquals(Optional.empty(), detailed.deleteReturningOld(placed).value());
    detailed.put(placed);
    assertEquals(Optional.of(placed), detailed.deleteByKeyReturningOld(key).value());
    detailed.put(placed);
    assertEquals(3.0, units(detailed.deleteByKey(key)));
    detailed.put(placed);
    assertEquals(3.0, units(detailed.delete(placed)));
    assertEquals(Optional.empty(), orders.get("c-1", AT));
  }

  @Test
  void versionedWritesKeepTheirLockAndLargerItemsCostMoreUnits(TestTables tables) {
    CounterRepository counters =
        new CounterRepository(client, tables.create(CounterSchema.INSTANCE));
    DetailedOperations<Counter> detailed = counters.withDetails(ReturnConsumedCapacity.TOTAL);

    CallResult<Counter> saved = detailed.save(new Counter("c", 1, 0));
    assertEquals(new Counter("c", 1, 1), saved.value());
    assertEquals(1.0, units(saved));
    assertRequestIdOfLastAnswer(saved);

    CallResult<Counter> updated =
        detailed.update(saved.value()).increment(CounterAttributes.count, 2).executeDetailed();
    assertEquals(new Counter("c", 3, 2), updated.value());
    assertEquals(1.0, units(updated));
    assertRequestIdOfLastAnswer(updated);

    OptimisticLockException stale =
        assertThrows(OptimisticLockException.class, () -> detailed.save(saved.value()));
    assertEquals(Optional.of(ids.last()), stale.requestId());
    assertThrows(
        OptimisticLockException.class,
        () -> detailed.update(saved.value()).increment(CounterAttributes.count, 1).executeDetailed());
    assertThrows(OptimisticLockException.class, () -> detailed.delete(saved.value()));
    assertEquals(3, counters.get("c").orElseThrow().count());

    // A 1,500-byte id makes an item over 1 KB: two write units; a read stays under 4 KB.
    String longId = "k".repeat(1500);
    assertEquals(2.0, units(detailed.put(new Counter(longId, 0, 0))));
    assertEquals(1.0, units(detailed.getConsistent(CounterSchema.INSTANCE.key(longId))));
    assertEquals(0.5, units(detailed.get(CounterSchema.INSTANCE.key(longId))));
    CallResult<Optional<Counter>> removed = detailed.deleteReturningOld(new Counter(longId, 0, 1));
    assertEquals(Optional.of(new Counter(longId, 0, 1)), removed.value());
    assertEquals(2.0, units(removed));
  }

  @Test
  void everyPageOfAQueryOrScanCarriesTheRequestIdOfItsOwnRequest(TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    for (int i = 0; i < 3; i++) {
      orders.put(new Order("c-1", AT.plusSeconds(i), UUID.randomUUID(), OrderStatus.PLACED,
          BigDecimal.ONE, 1, false, null));
    }
    int before = ids.received.size();
    List<Page<Order>> pages =
        orders.query(OrderKeys.partition("c-1"))
            .pageSize(1)
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .pages()
            .toList();
    // Three pages of one item, and the empty last page that learns nothing follows.
    assertEquals(4, pages.size());
    assertEquals(
        ids.received.subList(before, ids.received.size()),
        pages.stream().map(page -> page.requestId().orElseThrow()).toList());
    assertEquals(0.5, pages.get(0).consumedCapacity().orElseThrow().capacityUnits());

    Page<Order> scanned = orders.scan().firstPage();
    assertEquals(3, scanned.count());
    assertEquals(Optional.of(ids.last()), scanned.requestId());
  }
}
