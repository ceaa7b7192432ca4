package io.dynamap.example.it.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.it.Blob;
import io.dynamap.example.it.BlobKeys;
import io.dynamap.example.it.BlobRepository;
import io.dynamap.example.it.BlobSchema;
import io.dynamap.example.it.Reading;
import io.dynamap.example.it.ReadingKeys;
import io.dynamap.example.it.ReadingRepository;
import io.dynamap.example.it.ReadingSchema;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.page.CursorCodec;
import io.dynamap.runtime.page.InvalidCursorException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.Query;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Queries page by page against Dynamap Local: pages beyond 1 MB with their counts, page sizes,
 * exact limits that read only the pages needed, descending order, and cursors.
 */
@DynamapLocalTest
class QueryPagesTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final RequestLog log = new RequestLog();
  private DynamoDbClient logged;

  @BeforeEach
  void logRequests(LocalDynamoDb local) {
    logged = log.client(local);
  }

  @AfterEach
  void closeClient() {
    logged.close();
  }

  @Test
  void pagesBeyondOneMegabyteCarryTheirCountsAndCapacity(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    String note = "x".repeat(100_000);
    write(client, orders, IntStream.range(0, 25).mapToObj(i -> order("big", i, note)).toList());

    List<Page<Order>> pages =
        orders.query(OrderKeys.partition("big")).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).pages().toList();

    assertTrue(pages.size() >= 3, "2.5 MB in pages of at most 1 MB: " + pages.size());
    assertEquals(pages.size(), log.queries().size(), "one request per page");
    assertEquals(25, pages.stream().mapToInt(Page::count).sum());
    List<Instant> read = pages.stream().flatMap(p -> p.items().stream()).map(Order::placedAt).toList();
    assertEquals(IntStream.range(0, 25).mapToObj(QueryPagesTest::at).toList(), read);
    for (int i = 0; i < pages.size(); i++) {
      Page<Order> page = pages.get(i);
      assertEquals(page.items().size(), page.count());
      assertEquals(page.count(), page.scannedCount(), "no filter: every item read is returned");
      assertTrue(page.consumedCapacity().orElseThrow().capacityUnits() > 0);
      boolean last = i == pages.size() - 1;
      assertEquals(!last, page.hasMore(), "page " + i);
      assertEquals(!last, page.cursor().isPresent());
      assertEquals(last, page.lastEvaluatedKey().isEmpty());
    }
    // The stream of items reads the same pages lazily.
    assertEquals(read, orders.query(OrderKeys.partition("big")).stream().map(Order::placedAt).toList());
  }

  @Test
  void pageSizeSetsTheLimitOfEachRequest(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    write(client, orders, IntStream.range(0, 23).mapToObj(i -> order("c-1", i, null)).toList());

    List<Integer> sizes = orders.query(OrderKeys.partition("c-1")).pageSize(5).pages().map(p -> p.items().size()).toList();

    assertEquals(List.of(5, 5, 5, 5, 3), sizes);
    assertEquals(List.of(5, 5, 5, 5, 5), log.queries().stream().map(QueryRequest::limit).toList());
  }

  @Test
  void limitReturnsExactlyNItemsReadingOnlyThePagesNeeded(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    write(client, orders, IntStream.range(0, 100).mapToObj(i -> order("c-1", i, null)).toList());

    List<Order> first25 = orders.query(OrderKeys.partition("c-1")).pageSize(10).limit(25).stream().toList();

    assertEquals(IntStream.range(0, 25).mapToObj(QueryPagesTest::at).toList(), first25.stream().map(Order::placedAt).toList());
    assertEquals(List.of(10, 10, 5), log.queries().stream().map(QueryRequest::limit).toList());
    assertEquals(25, log.itemsQueried(), "not one item more was read");

    log.clear();
    assertEquals(100, orders.query(OrderKeys.partition("c-1")).limit(500).stream().count(), "fewer than the limit");
    assertEquals(1, log.queries().size());

    log.clear();
    assertEquals(0, orders.query(OrderKeys.partition("c-1")).limit(0).stream().count());
    assertTrue(log.queries().isEmpty(), "limit(0) sends nothing");
  }

  @Test
  void limitAcrossOneMegabytePagesReadsOnlyWhatIsNeeded(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    String note = "x".repeat(100_000);
    write(client, orders, IntStream.range(0, 30).mapToObj(i -> order("big", i, note)).toList());

    List<Page<Order>> pages = orders.query(OrderKeys.partition("big")).limit(15).pages().toList();

    assertEquals(15, pages.stream().mapToInt(p -> p.items().size()).sum());
    assertEquals(2, pages.size(), "the first page stops at 1 MB, the second takes what is left");
    assertEquals(15, log.queries().get(0).limit());
    assertEquals(15 - pages.get(0).count(), log.queries().get(1).limit());
    assertEquals(15, log.itemsQueried());
    assertTrue(pages.get(1).hasMore(), "the limit, not the data, ended the read");
  }

  @Test
  void descendingReadsInReverseSortKeyOrder(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    write(client, orders, IntStream.range(0, 30).mapToObj(i -> order("c-1", i, null)).toList());
    List<Instant> descending = IntStream.iterate(29, i -> i >= 0, i -> i - 1).mapToObj(QueryPagesTest::at).toList();

    assertEquals(descending, orders.query(OrderKeys.partition("c-1")).descending().pageSize(7).stream().map(Order::placedAt).toList());
    assertTrue(log.queries().stream().allMatch(q -> Boolean.FALSE.equals(q.scanIndexForward())));

    // The latest three, then the three before them from the first page's cursor.
    Page<Order> latest = orders.query(OrderKeys.partition("c-1")).descending().limit(3).firstPage();
    Page<Order> before =
        orders.query(OrderKeys.partition("c-1")).descending().limit(3).startingAfter(latest.cursor().orElseThrow()).firstPage();
    assertEquals(descending.subList(0, 3), latest.items().stream().map(Order::placedAt).toList());
    assertEquals(descending.subList(3, 6), before.items().stream().map(Order::placedAt).toList());
  }

  @Test
  void aCursorResumesInAFreshRepositoryWithNoDuplicatesOrGaps(DynamoDbClient client, LocalDynamoDb local, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    List<Order> all = IntStream.range(0, 50).mapToObj(i -> order("c-1", i, null)).toList();
    write(client, new OrderRepository(client, table), all);
    write(client, new OrderRepository(client, table), List.of(order("c-2", 0, null))); // another partition

    Page<Order> first = new OrderRepository(client, table).query(OrderKeys.partition("c-1")).pageSize(20).firstPage();
    String cursor = first.cursor().orElseThrow();
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe: " + cursor);

    // Another repository on another client, as another process would have.
    try (DynamoDbClient other = local.newClient()) {
      List<Order> rest = new OrderRepository(other, table).query(OrderKeys.partition("c-1")).startingAfter(cursor).stream().toList();
      List<Order> together = new ArrayList<>(first.items());
      together.addAll(rest);
      assertEquals(all, together);
    }

    // Page after page, as a web client following "next" links would.
    List<Order> walked = new ArrayList<>();
    Optional<String> next = Optional.empty();
    int requests = 0;
    do {
      Page<Order> page = new OrderRepository(client, table).query(OrderKeys.partition("c-1")).pageSize(20)
          .startingAfter(next.orElse(null)).firstPage();
      walked.addAll(page.items());
      next = page.cursor();
      requests++;
    } while (next.isPresent());
    assertEquals(all, walked);
    assertEquals(3, requests);
    assertEquals(50, new HashSet<>(walked).size());
  }

  @Test
  void cursorsKeepNumericAndBinaryKeysExact(TestTables tables) {
    ReadingRepository readings = new ReadingRepository(logged, tables.create(ReadingSchema.INSTANCE));
    List<Reading> all = IntStream.rangeClosed(-5, 5).mapToObj(y -> new Reading("s", y * 1000, y, null)).toList();
    all.forEach(readings::put);
    assertEquals(all, walk(readings.query(ReadingKeys.partition("s")).pageSize(2)::startingAfter));

    BlobRepository blobs = new BlobRepository(logged, tables.create(BlobSchema.INSTANCE));
    List<String> bodies = new ArrayList<>();
    for (int b = 0; b < 256; b += 51) {
      byte[] digest = {(byte) b, 0, (byte) -b};
      blobs.put(new Blob("me", digest, "b" + b));
      bodies.add("b" + b);
    }
    List<String> walked = new ArrayList<>();
    Optional<String> next = Optional.empty();
    do {
      Page<Blob> page = blobs.query(BlobKeys.partition("me")).pageSize(2).startingAfter(next.orElse(null)).firstPage();
      page.items().forEach(blob -> walked.add(blob.getBody()));
      next = page.cursor();
    } while (next.isPresent());
    assertEquals(bodies, walked, "binary keys in unsigned byte order, resumed exactly");
  }

  @Test
  void damagedAndForeignCursorsAreClearErrorsBeforeAnyRequest(DynamoDbClient client, TestTables tables) {
    String ordersTable = tables.create(OrderSchema.INSTANCE);
    String otherTable = tables.create(OrderSchema.INSTANCE);
    OrderRepository orders = new OrderRepository(logged, ordersTable);
    write(client, orders, IntStream.range(0, 10).mapToObj(i -> order("c-1", i, null)).toList());
    String cursor = orders.query(OrderKeys.partition("c-1")).pageSize(3).firstPage().cursor().orElseThrow();
    log.clear();

    char middle = cursor.charAt(cursor.length() / 2);
    String tampered = cursor.substring(0, cursor.length() / 2) + (middle == 'A' ? 'B' : 'A') + cursor.substring(cursor.length() / 2 + 1);
    InvalidCursorException damaged = assertThrows(InvalidCursorException.class,
        () -> orders.query(OrderKeys.partition("c-1")).startingAfter(tampered).stream());
    assertTrue(damaged.getMessage().contains("altered"), damaged.getMessage());

    InvalidCursorException foreign = assertThrows(InvalidCursorException.class,
        () -> new OrderRepository(logged, otherTable).query(OrderKeys.partition("c-1")).startingAfter(cursor).pages());
    assertEquals("Invalid cursor for a query on table " + otherTable + ": it was made by a query on table " + ordersTable,
        foreign.getMessage());

    InvalidCursorException index = assertThrows(InvalidCursorException.class,
        () -> orders.query(new OnIndex("PLACED")).startingAfter(cursor).firstPage());
    assertEquals("Invalid cursor for a query on index onStatus of table " + ordersTable
        + ": it was made by a query on table " + ordersTable, index.getMessage());

    InvalidCursorException scan = assertThrows(InvalidCursorException.class,
        () -> orders.scan().startingAfter(cursor).stream());
    assertTrue(scan.getMessage().endsWith("it was made by a query on table " + ordersTable), scan.getMessage());

    assertTrue(log.requests.isEmpty(), "refused before any request: " + log.requests);
  }

  @Test
  void signedCursorsResumeWithTheSameKeyOnly(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    write(client, orders, IntStream.range(0, 10).mapToObj(i -> order("c-1", i, null)).toList());
    byte[] secret = "a fleet-wide secret of 32 bytes!".getBytes(StandardCharsets.US_ASCII);

    Page<Order> first = orders.query(OrderKeys.partition("c-1")).pageSize(4).cursorCodec(CursorCodec.signed(secret)).firstPage();
    String cursor = first.cursor().orElseThrow();

    assertEquals(6, orders.query(OrderKeys.partition("c-1")).cursorCodec(CursorCodec.signed(secret.clone()))
        .startingAfter(cursor).stream().count());
    assertThrows(InvalidCursorException.class, () -> orders.query(OrderKeys.partition("c-1")).startingAfter(cursor).stream());
  }

  /** A condition on an index the table does not have: the cursor check comes first. */
  private static final class OnIndex extends KeyCondition<Order> {
    OnIndex(String status) {
      super("onStatus", "status", AttributeValue.fromS(status));
    }
  }

  /** Follows cursors from the first page to the last, one request per page. */
  private static <T> List<T> walk(Function<String, Query<T>> from) {
    List<T> items = new ArrayList<>();
    String cursor = null;
    do {
      Page<T> page = from.apply(cursor).firstPage();
      items.addAll(page.items());
      cursor = page.cursor().orElse(null);
    } while (cursor != null);
    return items;
  }

  private static void write(DynamoDbClient client, OrderRepository orders, List<Order> all) {
    // Written through the unlogged client, so that the log holds only the reads.
    OrderRepository writer = new OrderRepository(client, orders.tableName());
    try (BatchWriter batch = BatchWriter.of(client)) {
      batch.putAll(writer, all);
    }
  }

  private static Instant at(int i) {
    return START.plusSeconds(60L * i);
  }

  private static Order order(String customer, int i, String note) {
    return new Order(customer, at(i), new UUID(0, i), OrderStatus.PLACED, BigDecimal.valueOf(i), 1, false, note);
  }
}
