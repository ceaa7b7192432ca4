package io.dynamap.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.page.InvalidCursorException;
import io.dynamap.runtime.page.Page;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The example's global index byStatus and local index byTotal, created and queried for real. */
@DynamapLocalTest
class IndexQueryTest {
  private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

  @Test
  void createTableCreatesTheDeclaredIndexes(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    TableDescription description =
        client.describeTable(DescribeTableRequest.builder().tableName(table).build()).table();
    assertEquals("byStatus", description.globalSecondaryIndexes().get(0).indexName());
    assertEquals(ProjectionType.INCLUDE, description.globalSecondaryIndexes().get(0).projection().projectionType());
    assertEquals(List.of("orderId", "itemCount"),
        description.globalSecondaryIndexes().get(0).projection().nonKeyAttributes());
    assertEquals("byTotal", description.localSecondaryIndexes().get(0).indexName());
  }

  @Test
  void globalIndexQueriesAreTypedAndProjectWhatTheIndexHolds(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    List<Order> all = write(orders);

    BigDecimal hundred = new BigDecimal("100");
    List<Order> shippedOver100 =
        orders.query(OrderKeys.byStatus(OrderStatus.SHIPPED).total().ge(hundred)).stream().toList();
    List<BigDecimal> expected = all.stream()
        .filter(o -> o.status() == OrderStatus.SHIPPED && o.total().compareTo(hundred) >= 0)
        .map(Order::total).sorted().toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, shippedOver100.stream().map(Order::total).toList(), "sorted by total");

    // The index projects the keys plus orderId and itemCount: the rest reads as missing.
    Order fromIndex = shippedOver100.get(0);
    Order full = orders.get(fromIndex.customerId(), fromIndex.placedAt()).orElseThrow();
    assertEquals(full.orderId(), fromIndex.orderId());
    assertEquals(full.itemCount(), fromIndex.itemCount());
    assertNull(fromIndex.lines(), "lines are not projected into byStatus");
    assertNull(fromIndex.note());

    assertEquals(all.stream().filter(o -> o.status() == OrderStatus.CANCELLED).count(),
        orders.query(OrderKeys.byStatus(OrderStatus.CANCELLED)).stream().count());
  }

  @Test
  void localIndexSortsOneCustomersOrdersByTotal(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    List<Order> all = write(orders);
    BigDecimal low = new BigDecimal("50");
    BigDecimal high = new BigDecimal("150");
    List<Order> cheapToMid = orders.query(OrderKeys.byTotal("c-2").total().between(low, high)).stream().toList();
    List<Order> expected = all.stream()
        .filter(o -> o.customerId().equals("c-2") && o.total().compareTo(low) >= 0 && o.total().compareTo(high) <= 0)
        .sorted(Comparator.comparing(Order::total))
        .toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected.stream().map(Order::placedAt).toList(), cheapToMid.stream().map(Order::placedAt).toList());
    // A local index with projection ALL returns whole items.
    assertEquals(expected.get(0).lines(), cheapToMid.get(0).lines());
  }

  @Test
  void anIndexScanReadsWhatTheIndexHoldsPageByPage(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    List<Order> all = write(orders);
    // An order without a status is not in byStatus, whose partition key it is: the index is sparse.
    orders.put(new Order("c-9", START, UUID.randomUUID(), null, BigDecimal.ONE, 1, false, null, List.of()));

    List<Order> fromGlobal = orders.scan(OrderKeys.BY_STATUS).stream().toList();
    assertEquals(fromGlobal, orders.scanIndex("byStatus").stream().toList(), "by name as by constant");
    assertEquals(all.size(), fromGlobal.size());
    assertTrue(fromGlobal.stream().allMatch(o -> o.lines() == null && o.note() == null && o.orderId() != null),
        "byStatus projects keys, orderId and itemCount only");
    assertEquals(
        all.stream().map(Order::orderId).collect(Collectors.toSet()),
        fromGlobal.stream().map(Order::orderId).collect(Collectors.toSet()));

    // The local index byTotal holds whole items and may be read consistently.
    List<Order> fromLocal = orders.scanIndex("byTotal").consistentRead().stream().toList();
    assertEquals(all.size() + 1, fromLocal.size());
    assertTrue(fromLocal.stream().anyMatch(o -> o.lines() != null && !o.lines().isEmpty()));

    // Pages and cursors work on an index scan as on a table scan, and stay with their index.
    Page<Order> first = orders.scanIndex("byStatus").limit(40).firstPage();
    assertEquals(40, first.items().size());
    List<Order> rest = orders.scanIndex("byStatus").startingAfter(first.cursor().orElseThrow()).stream().toList();
    assertEquals(all.size() - 40, rest.size());
    assertThrows(
        InvalidCursorException.class,
        () -> orders.scan().startingAfter(first.cursor().orElseThrow()).stream().count());
  }

  @Test
  void globalIndexesRefuseConsistentReadsBeforeAnyRequest(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, "NoTableNeeded");

    IllegalStateException query =
        assertThrows(IllegalStateException.class,
            () -> orders.query(OrderKeys.byStatus(OrderStatus.PAID)).consistentRead());
    assertEquals(
        "Query of index byStatus on table NoTableNeeded: a global secondary index cannot be read"
            + " with consistentRead(); DynamoDB refuses it. Query the table, or a local index, to"
            + " read consistently",
        query.getMessage());
    assertThrows(IllegalStateException.class, () -> orders.scanIndex("byStatus").consistentRead());
    assertThrows(IllegalStateException.class, () -> orders.scan(OrderKeys.BY_STATUS).consistentRead());
    orders.scan(OrderKeys.BY_TOTAL).consistentRead();
    // A local index and the table may be read consistently.
    orders.query(OrderKeys.byTotal("c-1")).consistentRead();
    orders.query(OrderKeys.partition("c-1")).consistentRead();

    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> orders.scanIndex("byStat"));
    assertEquals("Order has no index byStat; its indexes are [byStatus, byTotal]", unknown.getMessage());
  }

  private static List<Order> write(OrderRepository orders) {
    List<Order> all = new ArrayList<>();
    OrderStatus[] statuses = OrderStatus.values();
    for (int i = 0; i < 90; i++) {
      BigDecimal total = new BigDecimal(7 + (i * 37) % 200 + "." + (10 + i % 90));
      Order order = new Order("c-" + (i % 3), START.plusSeconds(3600L * i), UUID.randomUUID(), statuses[i % statuses.length],
          total, 1 + i % 4, false, i % 2 == 0 ? "n" : null,
          List.of(new OrderLine("SKU-" + i, 1, total, Set.of())));
      orders.put(order);
      all.add(order);
    }
    return all;
  }
}
