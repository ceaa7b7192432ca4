package io.dynamap.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every sort key operator on string (Instant), numeric and binary sort keys, checked against
 * the same selection made in memory; reserved words as key names; pages beyond 1 MB.
 */
@DynamapLocalTest
class KeyConditionQueryTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void instantSortKeyOperators(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    List<Order> all = new ArrayList<>();
    // Every 10 hours for 100 days, crossing month boundaries, plus another customer's orders.
    for (int i = 0; i < 240; i++) {
      Order order = order("c-1", START.plus(Duration.ofHours(10L * i)), i);
      all.add(order);
      orders.put(order);
      orders.put(order("c-2", order.placedAt(), i));
    }
    Instant a = START.plus(Duration.ofDays(10));
    Instant b = START.plus(Duration.ofDays(40));
    Instant exact = all.get(17).placedAt();

    check(orders, all, OrderKeys.partition("c-1"), o -> true);
    check(orders, all, OrderKeys.partition("c-1").placedAt().eq(exact), o -> o.placedAt().equals(exact));
    check(orders, all, OrderKeys.partition("c-1").placedAt().lt(a), o -> o.placedAt().isBefore(a));
    check(orders, all, OrderKeys.partition("c-1").placedAt().le(exact), o -> !o.placedAt().isAfter(exact));
    check(orders, all, OrderKeys.partition("c-1").placedAt().gt(b), o -> o.placedAt().isAfter(b));
    check(orders, all, OrderKeys.partition("c-1").placedAt().ge(exact), o -> !o.placedAt().isBefore(exact));
    check(orders, all, OrderKeys.partition("c-1").placedAt().between(a, b),
        o -> !o.placedAt().isBefore(a) && !o.placedAt().isAfter(b));
    // The stored form is fixed-width ISO-8601 UTC, so a prefix selects a calendar month.
    check(orders, all, OrderKeys.partition("c-1").placedAt().beginsWith("2026-02"),
        o -> o.placedAt().toString().startsWith("2026-02"));
    // Orders every 10 hours from Jan 1: hours 750 to 1410 fall in February.
    assertEquals(67, orders.query(OrderKeys.partition("c-1").placedAt().beginsWith("2026-02")).stream().count());
  }

  @Test
  void numericSortKeyOperatorsWithReservedWordKeyNames(DynamoDbClient client, TestTables tables) {
    ReadingRepository readings = new ReadingRepository(client, tables.create(ReadingSchema.INSTANCE));
    List<Reading> all = new ArrayList<>();
    // Negative and positive years: numbers sort numerically, not as strings.
    for (int year = -50; year <= 150; year += 5) {
      Reading r = new Reading("sensor", year, year * 0.5, "y" + year);
      all.add(r);
      readings.put(r);
      readings.put(new Reading("other", year, 0, null));
    }
    List<Reading> sensor = all;
    checkReadings(readings, sensor, ReadingKeys.partition("sensor"), r -> true);
    checkReadings(readings, sensor, ReadingKeys.partition("sensor").year().eq(-5), r -> r.year() == -5);
    checkReadings(readings, sensor, ReadingKeys.partition("sensor").year().lt(-10), r -> r.year() < -10);
    checkReadings(readings, sensor, ReadingKeys.partition("sensor").year().le(-10), r -> r.year() <= -10);
    checkReadings(readings, sensor, ReadingKeys.partition("sensor").year().gt(100), r -> r.year() > 100);
    checkReadings(readings, sensor, ReadingKeys.partition("sensor").year().ge(100), r -> r.year() >= 100);
    checkReadings(readings, sensor, ReadingKeys.partition("sensor").year().between(-20, 20),
        r -> r.year() >= -20 && r.year() <= 20);
    assertTrue(readings.query(ReadingKeys.partition("nobody")).stream().findAny().isEmpty());
  }

  @Test
  void binarySortKeyOperators(DynamoDbClient client, TestTables tables) {
    BlobRepository blobs = new BlobRepository(client, tables.create(BlobSchema.INSTANCE));
    HexFormat hex = HexFormat.of();
    for (String digest : List.of("00", "0001", "01", "0102", "02", "ff", "ff00")) {
      blobs.put(new Blob("me", hex.parseHex(digest), digest));
    }
    assertEquals(List.of("01", "0102"), bodies(blobs, BlobKeys.partition("me").digest().beginsWith(hex.parseHex("01"))));
    assertEquals(List.of("0102", "02", "ff", "ff00"), bodies(blobs, BlobKeys.partition("me").digest().gt(hex.parseHex("01"))));
    // Binary keys compare as unsigned bytes: 0xff sorts last.
    assertEquals(List.of("00", "0001", "01"), bodies(blobs, BlobKeys.partition("me").digest().le(hex.parseHex("01"))));
    assertEquals(List.of("0001", "01", "0102"),
        bodies(blobs, BlobKeys.partition("me").digest().between(hex.parseHex("0001"), hex.parseHex("0102"))));
  }

  @Test
  void queriesFollowPagesBeyondOneMegabyte(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    OrderRepository orders = new OrderRepository(client, table);
    String note = "x".repeat(100_000);
    int count = 35; // 3.5 MB in one partition: DynamoDB returns at most 1 MB per page
    IntStream.range(0, count).forEach(i -> orders.put(withNote(order("big", START.plusSeconds(i), i), note)));

    QueryResponse firstPage =
        client.query(QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("customerId = :c")
            .expressionAttributeValues(java.util.Map.of(":c", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("big")))
            .build());
    assertTrue(firstPage.count() < count, "one page holds " + firstPage.count());
    assertFalse(firstPage.lastEvaluatedKey().isEmpty());

    List<Order> read = orders.query(OrderKeys.partition("big")).stream().toList();
    assertEquals(count, read.size());
    for (int i = 0; i < count; i++) {
      assertEquals(START.plusSeconds(i), read.get(i).placedAt(), "sorted by the sort key");
      assertEquals(note, read.get(i).note());
    }
    assertEquals(count, orders.scan().stream().count());
  }

  @Test
  void streamsAreLazy(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    OrderRepository orders = new OrderRepository(client, table);
    String note = "y".repeat(100_000);
    IntStream.range(0, 25).forEach(i -> orders.put(withNote(order("lazy", START.plusSeconds(i), i), note)));
    // Taking the first item reads one page, not all of them; the result proves the order.
    assertEquals(START, orders.query(OrderKeys.partition("lazy")).stream().findFirst().orElseThrow().placedAt());
  }

  private static void check(OrderRepository orders, List<Order> all, KeyCondition<Order> condition, Predicate<Order> expected) {
    List<Instant> want = all.stream().filter(expected).map(Order::placedAt).toList();
    List<Instant> got = orders.query(condition).stream().map(Order::placedAt).toList();
    assertFalse(want.isEmpty(), "test data selects something for " + condition);
    assertEquals(want, got, condition.toString());
  }

  private static void checkReadings(ReadingRepository readings, List<Reading> all, KeyCondition<Reading> condition, Predicate<Reading> expected) {
    List<Reading> want = all.stream().filter(expected).toList();
    assertFalse(want.isEmpty(), "test data selects something for " + condition);
    assertEquals(want, readings.query(condition).stream().toList(), condition.toString());
  }

  private static List<String> bodies(BlobRepository blobs, KeyCondition<Blob> condition) {
    return blobs.query(condition).stream().map(Blob::getBody).toList();
  }

  private static Order order(String customer, Instant placedAt, int i) {
    return new Order(customer, placedAt, UUID.nameUUIDFromBytes((customer + i).getBytes()),
        OrderStatus.values()[i % OrderStatus.values().length], new BigDecimal(i + ".99"), 1 + i % 5, i % 7 == 0, null);
  }

  private static Order withNote(Order o, String note) {
    return new Order(o.customerId(), o.placedAt(), o.orderId(), o.status(), o.total(), o.itemCount(), o.giftWrapped(), note);
  }
}
