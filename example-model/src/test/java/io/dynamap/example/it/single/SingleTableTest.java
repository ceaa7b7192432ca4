package io.dynamap.example.it.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.shop.Address;
import io.dynamap.example.shop.AddressRepository;
import io.dynamap.example.shop.Customer;
import io.dynamap.example.shop.CustomerItem;
import io.dynamap.example.shop.CustomerItemKeys;
import io.dynamap.example.shop.CustomerItemRepository;
import io.dynamap.example.shop.CustomerItemSchema;
import io.dynamap.example.shop.CustomerKeys;
import io.dynamap.example.shop.CustomerRepository;
import io.dynamap.example.shop.Order;
import io.dynamap.example.shop.OrderKeys;
import io.dynamap.example.shop.OrderRepository;
import io.dynamap.example.shop.OrderSchema;
import io.dynamap.example.shop.OrderStatus;
import io.dynamap.runtime.batch.BatchGetter;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The example's single table (customers, orders and addresses under one partition per customer,
 * one overloaded index) against Dynamap Local: composed keys as stored, typed reads of one type,
 * the whole collection decoded by type, and batches, transactions and pages across types.
 */
@DynamapLocalTest
class SingleTableTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private DynamoDbClient client;
  private String table;
  private CustomerItemRepository items;
  private OrderRepository orders;
  private CustomerRepository customers;
  private AddressRepository addresses;
  private final List<Order> allOrders = new ArrayList<>();

  @BeforeEach
  void fill(DynamoDbClient client, TestTables tables) {
    this.client = client;
    table = tables.create(CustomerItemSchema.INSTANCE);
    items = new CustomerItemRepository(client, table);
    orders = new OrderRepository(client, table);
    customers = new CustomerRepository(client, table);
    addresses = new AddressRepository(client, table);
    OrderStatus[] statuses = OrderStatus.values();
    try (BatchWriter writer = BatchWriter.of(client)) {
      for (int c = 1; c <= 3; c++) {
        String id = "c-" + c;
        writer.put(items, new Customer(id, "Customer " + c, id + "@example.com", START));
        writer.put(items, new Address(id, "home", c + " Rue des Lilas", "Lyon"));
        writer.put(items, new Address(id, "work", c + " Quai Perrache", "Lyon"));
        for (int n = 0; n < 12; n++) {
          Order order =
              new Order(id, START.plusSeconds(86_400L * n + c), statuses[(n + c) % 3],
                  new BigDecimal(10 + n + ".25"), 1 + n % 4);
          writer.put(items, order);
          allOrders.add(order);
        }
      }
    }
  }

  private List<Order> ordersOf(String customerId, Predicate<Order> which) {
    return allOrders.stream()
        .filter(o -> o.customerId().equals(customerId) && which.test(o))
        .sorted(Comparator.comparing(Order::placedAt))
        .toList();
  }

  @Test
  void keysAreComposedAndFieldsStoredAsAttributes() {
    Order order = ordersOf("c-2", o -> true).get(3);
    Map<String, AttributeValue> stored =
        client.getItem(GetItemRequest.builder().tableName(table)
            .key(OrderSchema.INSTANCE.key("c-2", order.placedAt())).build()).item();
    assertEquals("CUSTOMER#c-2", stored.get("pk").s());
    assertEquals("ORDER#" + order.placedAt().toString().replace("Z", ".000000000Z"), stored.get("sk").s());
    assertEquals("STATUS#" + order.status(), stored.get("gsi1pk").s());
    assertEquals(stored.get("sk"), stored.get("gsi1sk"));
    assertEquals("ORDER", stored.get("_type").s());
    assertEquals("c-2", stored.get("customerId").s());
    assertEquals(order.total().toPlainString(), stored.get("total").n());
    assertEquals(order, orders.get("c-2", order.placedAt()).orElseThrow());
  }

  @Test
  void oneQueryReadsTheWholeCollectionEachItemAsItsType() {
    List<CustomerItem> collection = items.query(CustomerItemKeys.partition("c-1")).stream().toList();
    assertEquals(1 + 2 + 12, collection.size());
    int profiles = 0;
    int places = 0;
    List<Order> read = new ArrayList<>();
    for (CustomerItem item : collection) {
      if (item instanceof Customer customer) {
        assertEquals("c-1@example.com", customer.email());
        profiles++;
      } else if (item instanceof Address address) {
        assertEquals("Lyon", address.city());
        places++;
      } else if (item instanceof Order order) {
        read.add(order);
      }
    }
    assertEquals(1, profiles);
    assertEquals(2, places);
    assertEquals(ordersOf("c-1", o -> true), read, "sorted by the composed sort key");
    // In sort key order: ADDRESS#… < ORDER#… < PROFILE.
    assertInstanceOf(Address.class, collection.get(0));
    assertInstanceOf(Customer.class, collection.get(collection.size() - 1));
  }

  @Test
  void allAndSortConditionsReadOnlyTheirTypeInTheirRange() {
    assertEquals(ordersOf("c-3", o -> true), orders.query(OrderKeys.partition("c-3").all()).stream().toList());
    assertEquals(List.of("home", "work"),
        addresses.query(io.dynamap.example.shop.AddressKeys.partition("c-3").all()).stream().map(Address::label).toList());
    assertEquals(1, customers.query(CustomerKeys.partition("c-3").all()).stream().count());

    Instant t = ordersOf("c-3", o -> true).get(5).placedAt();
    Instant u = ordersOf("c-3", o -> true).get(9).placedAt();
    var placedAt = OrderKeys.partition("c-3").placedAt();
    assertEquals(ordersOf("c-3", o -> o.placedAt().isBefore(t)), orders.query(placedAt.lt(t)).stream().toList());
    assertEquals(ordersOf("c-3", o -> !o.placedAt().isAfter(t)), orders.query(placedAt.le(t)).stream().toList());
    assertEquals(ordersOf("c-3", o -> o.placedAt().isAfter(t)), orders.query(placedAt.gt(t)).stream().toList());
    assertEquals(ordersOf("c-3", o -> !o.placedAt().isBefore(t)), orders.query(placedAt.ge(t)).stream().toList());
    assertEquals(ordersOf("c-3", o -> o.placedAt().equals(t)), orders.query(placedAt.eq(t)).stream().toList());
    assertEquals(ordersOf("c-3", o -> !o.placedAt().isBefore(t) && !o.placedAt().isAfter(u)),
        orders.query(placedAt.between(t, u)).stream().toList());
    assertEquals(ordersOf("c-3", o -> o.placedAt().toString().startsWith("2026-03-0")),
        orders.query(placedAt.beginsWith("2026-03-0")).stream().toList());
    // Descending from the newest: ranges stay within ORDER#, never reaching PROFILE.
    List<Order> newestFirst = new ArrayList<>(ordersOf("c-3", o -> o.placedAt().isAfter(t)));
    java.util.Collections.reverse(newestFirst);
    assertEquals(newestFirst,
        orders.query(placedAt.gt(t)).descending().stream().toList());
  }

  @Test
  void theOverloadedIndexServesEachTypeItsOwnAccessPattern() {
    assertEquals("Customer 2", customers.query(CustomerKeys.gsi1("c-2@example.com").all())
        .stream().findFirst().orElseThrow().name());
    List<Order> shipped = orders.query(OrderKeys.gsi1(OrderStatus.SHIPPED).all()).stream().toList();
    assertEquals(allOrders.stream().filter(o -> o.status() == OrderStatus.SHIPPED)
        .sorted(Comparator.comparing(Order::placedAt)).toList(), shipped);
    Instant mid = START.plusSeconds(86_400L * 6);
    assertEquals(shipped.stream().filter(o -> o.placedAt().isAfter(mid)).toList(),
        orders.query(OrderKeys.gsi1(OrderStatus.SHIPPED).placedAt().gt(mid)).stream().toList());
  }

  @Test
  void anItemOfAnotherTypeIsNeverReadAsThisOne() {
    Instant t = START.minusSeconds(1);
    Map<String, AttributeValue> impostor = new HashMap<>(OrderSchema.INSTANCE.key("c-1", t));
    impostor.put("_type", AttributeValue.fromS("ADDRESS"));
    impostor.put("customerId", AttributeValue.fromS("c-1"));
    client.putItem(PutItemRequest.builder().tableName(table).item(impostor).build());
    ItemMappingException e = assertThrows(ItemMappingException.class, () -> orders.get("c-1", t));
    assertTrue(e.getMessage().contains("is of type ADDRESS (_type), not ORDER"), e.getMessage());

    // A scan through a typed repository keeps its own type; through the collection, its members.
    assertEquals(allOrders.size(), orders.scan().stream().count());
  }

  @Test
  void batchesTransactionsAndPagesWorkAcrossTypes() {
    List<Map<String, AttributeValue>> keys = List.of(
        io.dynamap.example.shop.CustomerSchema.INSTANCE.key("c-1"),
        io.dynamap.example.shop.AddressSchema.INSTANCE.key("c-2", "work"),
        OrderSchema.INSTANCE.key("c-3", ordersOf("c-3", o -> true).get(0).placedAt()));
    List<CustomerItem> got = BatchGetter.of(client).get(items, keys).toList();
    assertEquals(3, got.size());
    assertInstanceOf(Customer.class, got.get(0));
    assertInstanceOf(Address.class, got.get(1));
    assertInstanceOf(Order.class, got.get(2));

    Customer newcomer = new Customer("c-9", "Newcomer", "c-9@example.com", START);
    Order first = new Order("c-9", START, OrderStatus.PLACED, new BigDecimal("5"), 1);
    Transaction.write(client).put(customers, newcomer).put(orders, first).execute();
    assertEquals(List.of(first, newcomer), items.query(CustomerItemKeys.partition("c-9")).stream().toList());

    List<CustomerItem> paged = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      Page<CustomerItem> page =
          items.query(CustomerItemKeys.partition("c-2")).pageSize(4).startingAfter(cursor).firstPage();
      paged.addAll(page.items());
      sizes.add(page.items().size());
      cursor = page.cursor().orElse(null);
    } while (cursor != null);
    assertEquals(items.query(CustomerItemKeys.partition("c-2")).stream().toList(), paged);
    assertTrue(sizes.size() >= 4, "15 items in pages of 4: " + sizes);

    assertEquals(3 * 15 + 2, items.scan().stream().count());
    assertFalse(orders.scan().stream().anyMatch(o -> o.customerId().equals("nobody")));
  }
}
