package io.dynamap.example.it.expr;

import static io.dynamap.example.OrderAttributes.giftWrapped;
import static io.dynamap.example.OrderAttributes.itemCount;
import static io.dynamap.example.OrderAttributes.lines;
import static io.dynamap.example.OrderAttributes.note;
import static io.dynamap.example.OrderAttributes.placedAt;
import static io.dynamap.example.OrderAttributes.status;
import static io.dynamap.example.OrderAttributes.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderAttributes;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.expr.AttributeType;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Typed filters on queries and scans against Dynamap Local, each checked against the same
 * selection made in memory: every operator, a reserved word, nested paths, list indexes, sizes.
 */
@DynamapLocalTest
class FilterTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final OrderStatus[] STATUSES = OrderStatus.values();

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

  /** 60 orders of c-1 with varied attributes, and a few of c-2. */
  private static List<Order> orders() {
    List<Order> all = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      List<OrderLine> lineList = new ArrayList<>();
      for (int l = 0; l < i % 4; l++) {
        lineList.add(
            new OrderLine(
                "SKU-" + (i + l) % 7,
                l + 1,
                new BigDecimal("2.50"),
                l == 0 ? Set.of("gift", "red") : Set.of("blue")));
      }
      all.add(
          new Order(
              "c-1",
              START.plus(Duration.ofDays(i)),
              UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
              STATUSES[i % STATUSES.length],
              new BigDecimal(i).multiply(new BigDecimal("1.5")),
              i % 9,
              i % 3 == 0,
              i % 5 == 0 ? null : (i % 2 == 0 ? "leave at the door" : "ring twice #" + i),
              i % 11 == 0 ? null : lineList));
    }
    return all.stream().map(FilterTest::stored).toList();
  }

  /** The order as it reads back: numbers without trailing zeros, sets in their stored order. */
  static Order stored(Order order) {
    return OrderSchema.INSTANCE.fromItem(OrderSchema.INSTANCE.toItem(order));
  }

  private static boolean hasLine(Order o, int index) {
    return o.lines() != null && o.lines().size() > index;
  }

  @Test
  void everyOperatorOnQueryAndScan(DynamoDbClient client, TestTables tables) {
    OrderRepository repo = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    List<Order> all = orders();
    all.forEach(repo::put);
    for (int i = 0; i < 5; i++) {
      repo.put(
          new Order("c-2", START.plus(Duration.ofDays(i)), UUID.randomUUID(), OrderStatus.PAID,
              BigDecimal.TEN, 1, true, "other customer"));
    }
    BigDecimal ten = new BigDecimal("10");
    BigDecimal thirty = new BigDecimal("30");

    check(repo, all, total.eq(new BigDecimal("15")), o -> o.total().compareTo(new BigDecimal("15")) == 0);
    check(repo, all, total.ne(new BigDecimal("15")), o -> o.total().compareTo(new BigDecimal("15")) != 0);
    check(repo, all, total.lt(ten), o -> o.total().compareTo(ten) < 0);
    check(repo, all, total.le(ten.add(new BigDecimal("0.5"))), o -> o.total().compareTo(new BigDecimal("10.5")) <= 0);
    check(repo, all, total.gt(thirty), o -> o.total().compareTo(thirty) > 0);
    check(repo, all, total.ge(thirty), o -> o.total().compareTo(thirty) >= 0);
    check(repo, all, total.between(ten, thirty),
        o -> o.total().compareTo(ten) >= 0 && o.total().compareTo(thirty) <= 0);
    // status is a reserved word: only a placeholder lets it into an expression.
    check(repo, all, status.eq(OrderStatus.PAID), o -> o.status() == OrderStatus.PAID);
    check(repo, all, status.in(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
        o -> o.status() == OrderStatus.SHIPPED || o.status() == OrderStatus.CANCELLED);
    check(repo, all, itemCount.in(1, 2, 3), o -> o.itemCount() >= 1 && o.itemCount() <= 3);
    check(repo, all, giftWrapped.eq(true), Order::giftWrapped);
    check(repo, all, giftWrapped.ne(true), o -> !o.giftWrapped());
    check(repo, all, note.exists(), o -> o.note() != null);
    check(repo, all, note.notExists(), o -> o.note() == null);
    check(repo, all, note.attributeType(AttributeType.S), o -> o.note() != null);
    check(repo, all, lines.attributeType(AttributeType.L), o -> o.lines() != null);
    check(repo, all, note.beginsWith("ring"), o -> o.note() != null && o.note().startsWith("ring"));
    check(repo, all, note.contains("door"), o -> o.note() != null && o.note().contains("door"));
    check(repo, all, note.size().gt(16), o -> o.note() != null && o.note().length() > 16);
    // A query's filter cannot name key attributes (its key condition does that); a scan's can.
    assertEquals(
        all.stream().filter(o -> o.placedAt().toString().startsWith("2026-02")).toList(),
        repo.scan().filter(placedAt.beginsWith("2026-02").and(OrderAttributes.customerId.eq("c-1"))).stream()
            .sorted(Comparator.comparing(Order::placedAt))
            .toList());
    // Lists: size, an element's nested attribute, an element's set, contains of a whole element.
    check(repo, all, lines.size().eq(2), o -> o.lines() != null && o.lines().size() == 2);
    check(repo, all, lines.size().between(1, 2),
        o -> o.lines() != null && !o.lines().isEmpty() && o.lines().size() <= 2);
    check(repo, all, lines.at(0).sku.eq("SKU-3"), o -> hasLine(o, 0) && o.lines().get(0).sku().equals("SKU-3"));
    check(repo, all, lines.at(1).exists(), o -> hasLine(o, 1));
    check(repo, all, lines.at(1).quantity.ge(2), o -> hasLine(o, 1) && o.lines().get(1).quantity() >= 2);
    check(repo, all, lines.at(0).options.contains("gift"), o -> hasLine(o, 0));
    check(repo, all, lines.at(2).options.size().eq(1), o -> hasLine(o, 2));
    check(repo, all, lines.at(0).size().eq(4), o -> hasLine(o, 0));
    OrderLine line = all.get(5).lines().get(0);
    check(repo, all, lines.contains(line), o -> o.lines() != null && o.lines().contains(line));
    // Combinations.
    check(repo, all, status.eq(OrderStatus.PAID).or(status.eq(OrderStatus.PLACED)).and(total.gt(ten)),
        o -> (o.status() == OrderStatus.PAID || o.status() == OrderStatus.PLACED) && o.total().compareTo(ten) > 0);
    check(repo, all, note.exists().not(), o -> o.note() == null);
    check(repo, all, giftWrapped.eq(true).and(note.contains("door").not()),
        o -> o.giftWrapped() && (o.note() == null || !o.note().contains("door")));
  }

  private static void check(
      OrderRepository repo, List<Order> all, Condition<Order> filter, Predicate<Order> expected) {
    List<Order> want = all.stream().filter(expected).toList();
    assertFalse(want.isEmpty(), "a filter that selects nothing tests little: " + filter);
    assertTrue(want.size() < all.size(), "a filter that selects everything tests little: " + filter);
    List<Order> queried = repo.query(OrderKeys.partition("c-1")).filter(filter).stream().toList();
    assertEquals(want, queried, "query filtered by " + filter);
    List<Order> scanned =
        repo.scan().filter(filter).stream()
            .filter(o -> o.customerId().equals("c-1"))
            .sorted(Comparator.comparing(Order::placedAt))
            .toList();
    assertEquals(want, scanned, "scan filtered by " + filter);
    List<Order> parallel =
        repo.scan().filter(filter).segments(3).stream()
            .filter(o -> o.customerId().equals("c-1"))
            .sorted(Comparator.comparing(Order::placedAt))
            .toList();
    assertEquals(want, parallel, "parallel scan filtered by " + filter);
  }

  @Test
  void filterWithSortKeyConditionSharesOneRequest(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    OrderRepository writer = new OrderRepository(client, table);
    orders().forEach(writer::put);
    OrderRepository repo = new OrderRepository(logged, table);
    Instant from = START.plus(Duration.ofDays(10));
    List<Order> got =
        repo.query(OrderKeys.partition("c-1").placedAt().between(from, from.plus(Duration.ofDays(20))))
            .filter(status.eq(OrderStatus.PAID))
            .filter(total.gt(new BigDecimal("20")))
            .stream()
            .toList();
    List<Order> want =
        orders().stream()
            .filter(o -> !o.placedAt().isBefore(from))
            .filter(o -> !o.placedAt().isAfter(from.plus(Duration.ofDays(20))))
            .filter(o -> o.total().compareTo(new BigDecimal("20")) > 0)
            .filter(o -> o.status() == OrderStatus.PAID)
            .toList();
    assertEquals(want, got);
    QueryRequest request = capture.queries().get(0);
    assertEquals("#k0 = :v0 AND #k1 BETWEEN :v1 AND :v2", request.keyConditionExpression());
    assertEquals("#a0 = :a0 AND #a1 > :a1", request.filterExpression());
    assertEquals("customerId", request.expressionAttributeNames().get("#k0"));
    assertEquals("placedAt", request.expressionAttributeNames().get("#k1"));
    assertEquals("status", request.expressionAttributeNames().get("#a0"));
    assertEquals("total", request.expressionAttributeNames().get("#a1"));
    assertEquals(5, request.expressionAttributeValues().size());
  }

  @Test
  void limitCountsReturnedItemsSoItStaysExact(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    OrderRepository writer = new OrderRepository(client, table);
    orders().forEach(writer::put);
    OrderRepository repo = new OrderRepository(logged, table);
    List<Order> paid =
        orders().stream().filter(o -> o.status() == OrderStatus.PAID).limit(7).toList();
    // One order in five is PAID: pages of 4 items read hold 0 or 1 of them.
    List<Order> got =
        repo.query(OrderKeys.partition("c-1"))
            .filter(status.eq(OrderStatus.PAID))
            .pageSize(4)
            .limit(7)
            .stream()
            .toList();
    assertEquals(paid, got);
    assertTrue(capture.queries().size() > 2, "several requests were needed");
    assertEquals(
        7,
        repo.scan().filter(status.eq(OrderStatus.PAID)).pageSize(5).limit(7).stream().count());
  }

  @Test
  void queryToStringShowsTheFilter(DynamoDbClient client, TestTables tables) {
    OrderRepository repo = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    assertEquals(
        "Query[" + repo.tableName() + ": customerId = \"c-1\", filter status = \"PAID\" AND"
            + " lines[0].sku = \"A\", limit=3]",
        repo.query(OrderKeys.partition("c-1"))
            .filter(status.eq(OrderStatus.PAID).and(lines.at(0).sku.eq("A")))
            .limit(3)
            .toString());
    assertTrue(repo.scan().filter(note.exists()).toString().contains("filter attribute_exists(note)"));
  }
}
