package io.dynamap.example.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.OrderStore;
import io.dynamap.example.OrderStoreImpl;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Every method of the example's {@link OrderStore}, run through the generated {@code
 * OrderStoreImpl} against Dynamap Local and compared with the same selection made in memory.
 */
@DynamapLocalTest
class OrderStoreTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  private OrderRepository repository;
  private OrderStore store;
  private List<Order> all;

  @BeforeEach
  void fill(DynamoDbClient client, TestTables tables) {
    repository = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    store = new OrderStoreImpl(repository);
    all = new ArrayList<>();
    OrderStatus[] statuses = OrderStatus.values();
    for (int i = 0; i < 60; i++) {
      BigDecimal total = new BigDecimal(5 + (i * 41) % 300 + ".25");
      Order order =
          new Order(
              "c-" + (i % 3),
              START.plusSeconds(86_400L * i),
              UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
              statuses[i % statuses.length],
              total,
              1 + i % 5,
              i % 4 == 0,
              i % 3 == 1 ? "ring twice" : null,
              List.of(new OrderLine("SKU-" + i, 1, total, Set.of())));
      repository.put(order);
      all.add(order);
    }
  }

  private List<Order> ofCustomer(String customerId) {
    return all.stream()
        .filter(o -> o.customerId().equals(customerId))
        .sorted(Comparator.comparing(Order::placedAt))
        .toList();
  }

  @Test
  void partitionQueriesReturnTheCustomersOrdersInSortKeyOrder() {
    try (Stream<Order> orders = store.findByCustomerId("c-1")) {
      assertEquals(ofCustomer("c-1"), orders.toList());
    }
    Instant from = START.plusSeconds(86_400L * 10);
    Instant to = START.plusSeconds(86_400L * 30);
    assertEquals(
        ofCustomer("c-2").stream()
            .filter(o -> !o.placedAt().isBefore(from) && !o.placedAt().isAfter(to))
            .toList(),
        store.findByCustomerIdAndPlacedAtBetween("c-2", from, to));
    // Instants are stored as fixed-width ISO-8601 strings, so a month is a prefix.
    assertEquals(
        ofCustomer("c-0").stream().filter(o -> o.placedAt().toString().startsWith("2026-04")).toList(),
        store.findByCustomerIdAndPlacedAtStartingWith("c-0", "2026-04").toList());
  }

  @Test
  void theFullPrimaryKeyReadsDeletesAndTestsOneItem() {
    Order one = ofCustomer("c-1").get(4);
    assertEquals(one, store.findByCustomerIdAndPlacedAt("c-1", one.placedAt()).orElseThrow());
    assertTrue(store.existsByCustomerIdAndPlacedAt("c-1", one.placedAt()));
    assertTrue(store.findByCustomerIdAndPlacedAt("c-1", START.minusSeconds(1)).isEmpty());
    assertEquals(one, store.getByCustomerIdAndPlacedAt("c-1", one.placedAt()));
    assertNull(store.getByCustomerIdAndPlacedAt("c-1", START.minusSeconds(1)));

    store.deleteByCustomerIdAndPlacedAt("c-1", one.placedAt());
    assertFalse(store.existsByCustomerIdAndPlacedAt("c-1", one.placedAt()));
    assertEquals(ofCustomer("c-1").size() - 1, store.countByCustomerId("c-1"));
  }

  @Test
  void topAndFirstReturnTheLatestOrders() {
    List<Order> newestFirst =
        ofCustomer("c-0").stream().sorted(Comparator.comparing(Order::placedAt).reversed()).toList();
    assertEquals(newestFirst.subList(0, 10), store.findTop10ByCustomerIdOrderByPlacedAtDesc("c-0").toList());
    assertEquals(newestFirst.get(0), store.findFirstByCustomerIdOrderByPlacedAtDesc("c-0").orElseThrow());
    assertEquals(newestFirst.subList(0, 10), store.recent("c-0").toList());
    assertTrue(store.findFirstByCustomerIdOrderByPlacedAtDesc("nobody").isEmpty());
  }

  @Test
  void topAndCountAskDynamoDbForNoMoreThanTheyReturn(LocalDynamoDb local) {
    List<QueryRequest> queries = new CopyOnWriteArrayList<>();
    ExecutionInterceptor log =
        new ExecutionInterceptor() {
          @Override
          public void beforeTransmission(
              Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof QueryRequest query) {
              queries.add(query);
            }
          }
        };
    try (DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(local.endpoint())
            .credentials(LocalDynamoDb.credentials())
            .addExecutionInterceptor(log)
            .build()) {
      OrderStore logged = new OrderStoreImpl(client, repository.tableName());
      assertEquals(10, logged.findTop10ByCustomerIdOrderByPlacedAtDesc("c-0").count());
      assertEquals(1, queries.size(), "one request");
      assertEquals(10, queries.get(0).limit());
      assertEquals(false, queries.get(0).scanIndexForward());

      queries.clear();
      assertEquals(ofCustomer("c-0").size(), logged.countByCustomerId("c-0"));
      assertEquals(Select.COUNT, queries.get(0).select(), "counted by DynamoDB, no items returned");
    }
  }

  @Test
  void indexesAreChosenByTheKeyTheMethodNames() {
    // byStatus: a global index, read page by page with a PageRequest.
    List<Order> shipped =
        all.stream()
            .filter(o -> o.status() == OrderStatus.SHIPPED)
            .sorted(Comparator.comparing(Order::total))
            .toList();
    List<UUID> read = new ArrayList<>();
    PageRequest request = PageRequest.first(5);
    while (true) {
      Page<Order> page = store.findByStatus(OrderStatus.SHIPPED, request);
      assertTrue(page.items().size() <= 5);
      page.items().forEach(o -> read.add(o.orderId()));
      if (!page.hasMore()) {
        break;
      }
      request = request.next(page);
    }
    assertEquals(shipped.stream().map(Order::orderId).toList(), read);

    // byTotal: a local index, for OrderBy total and for a condition on total.
    List<Order> byTotalDesc =
        ofCustomer("c-2").stream().sorted(Comparator.comparing(Order::total).reversed()).toList();
    assertEquals(byTotalDesc, store.findByCustomerIdOrderByTotalDesc("c-2").toList());
    BigDecimal min = new BigDecimal("150");
    assertEquals(
        ofCustomer("c-2").stream()
            .filter(o -> o.total().compareTo(min) > 0)
            .sorted(Comparator.comparing(Order::total))
            .toList(),
        store.findByCustomerIdAndTotalGreaterThan("c-2", min).toList());
  }

  @Test
  void propertiesThatAreNoKeyOfTheQueryAreFilters() {
    assertEquals(
        ofCustomer("c-1").stream().filter(o -> o.itemCount() >= 4).toList(),
        store.findByCustomerIdAndItemCountGreaterThanEqual("c-1", 4).toList());
    EnumSet<OrderStatus> statuses = EnumSet.of(OrderStatus.PAID, OrderStatus.DELIVERED);
    List<Order> expected =
        ofCustomer("c-1").stream()
            .filter(o -> statuses.contains(o.status()) && o.note() != null)
            .toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, store.findByCustomerIdAndStatusInAndNoteExists("c-1", statuses));

    // In a global index query, the table's partition key is an ordinary attribute to filter on.
    List<UUID> paidOfC0 =
        all.stream()
            .filter(o -> o.status() == OrderStatus.PAID && o.customerId().equals("c-0"))
            .sorted(Comparator.comparing(Order::total))
            .map(Order::orderId)
            .toList();
    assertFalse(paidOfC0.isEmpty());
    assertEquals(
        paidOfC0,
        store.findByStatusAndCustomerId(OrderStatus.PAID, "c-0").map(Order::orderId).toList());
  }

  @Test
  void aPageRequestFillsItsPageEvenWhenAFilterDropsItems() {
    List<Order> large =
        ofCustomer("c-0").stream().filter(o -> o.itemCount() >= 3).toList();
    assertTrue(large.size() > 8);
    var query =
        repository
            .query(io.dynamap.example.OrderKeys.partition("c-0"))
            .filter(io.dynamap.example.OrderAttributes.itemCount.ge(3));
    List<Order> read = new ArrayList<>();
    PageRequest request = PageRequest.first(4);
    int pages = 0;
    while (true) {
      Page<Order> page = query.page(request);
      pages++;
      if (page.hasMore()) {
        assertEquals(4, page.items().size(), "only the last page may be short");
      }
      read.addAll(page.items());
      if (!page.hasMore()) {
        break;
      }
      request = request.next(page);
    }
    assertEquals(large, read);
    assertTrue(pages >= large.size() / 4);
  }

  @Test
  void scansReadTheWholeTable() {
    List<Order> wrapped = all.stream().filter(Order::giftWrapped).toList();
    assertEquals(
        Set.copyOf(wrapped.stream().map(Order::orderId).toList()),
        Set.copyOf(store.scanByGiftWrappedTrue().map(Order::orderId).toList()));
  }

  @Test
  void deleteByAPartialKeyDeletesEveryMatchingItem() {
    Instant before = START.plusSeconds(86_400L * 30);
    long expected = ofCustomer("c-2").stream().filter(o -> o.placedAt().isBefore(before)).count();
    assertEquals(expected, store.deleteByCustomerIdAndPlacedAtBefore("c-2", before));
    assertEquals(
        ofCustomer("c-2").stream().filter(o -> !o.placedAt().isBefore(before)).toList(),
        store.findByCustomerId("c-2").toList());
    assertEquals(0, store.deleteByCustomerIdAndPlacedAtBefore("c-2", before));
    assertNull(store.findByCustomerIdAndPlacedAt("c-2", START.plusSeconds(86_400L * 2)).orElse(null));
  }
}
