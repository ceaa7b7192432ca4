package io.dynamap.example.it.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.shop.Order;
import io.dynamap.example.shop.OrderAttributes;
import io.dynamap.example.shop.OrderKeys;
import io.dynamap.example.shop.OrderRepository;
import io.dynamap.example.shop.OrderSchema;
import io.dynamap.example.shop.OrderStatus;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Single-table reads and updates that never trip over a neighbour, against Dynamap Local: two
 * types overloading an index with the same sort key format ({@code {date}} in {@code gsi2}), the
 * type attribute in the metamodel, and updates that keep composed index keys in step with their
 * fields and refuse to change the primary key's.
 */
@DynamapLocalTest
class NeighbourFidelityTest {
  private static final LocalDate DAY = LocalDate.parse("2026-05-01");

  private DynamoDbClient client;
  private String books;
  private String shop;
  private InvoiceRepository invoices;
  private OrderItemRepository orderItems;
  private final List<Invoice> allInvoices = new ArrayList<>();

  @BeforeEach
  void fill(DynamoDbClient client, TestTables tables) {
    this.client = client;
    books = tables.create(InvoiceSchema.INSTANCE);
    shop = tables.create(OrderSchema.INSTANCE);
    invoices = new InvoiceRepository(client, books);
    orderItems = new OrderItemRepository(client, books);
    // Day by day for customer c-1: an order item, an invoice, three more order items; the same
    // composed gsi2 keys for both types.
    for (int d = 0; d < 6; d++) {
      LocalDate day = DAY.plusDays(d);
      orderItems.put(new OrderItem("o-" + d, "i-0", "c-1", day, 1));
      Invoice invoice = new Invoice("inv-" + d, "c-1", day, new BigDecimal(d + 10));
      invoices.put(invoice);
      allInvoices.add(invoice);
      for (int i = 1; i <= 3; i++) {
        orderItems.put(new OrderItem("o-" + d, "i-" + i, "c-1", day, i));
      }
    }
  }

  @Test
  void aTypedIndexQueryReturnsItsOwnTypeWhereAnotherSharesTheSortFormat() {
    assertEquals(allInvoices, invoices.query(InvoiceKeys.gsi2("c-1").all()).stream().toList());
    assertEquals(allInvoices.subList(1, 4),
        invoices.query(InvoiceKeys.gsi2("c-1").date().between(DAY.plusDays(1), DAY.plusDays(3)))
            .stream().toList());
    assertEquals(24, orderItems.query(OrderItemKeys.gsi2("c-1").all()).stream().count());
    assertEquals(6, invoices.query(InvoiceKeys.gsi2("c-1").all()).count());
  }

  @Test
  void limitsAndPagesCountTheItemsOfTheirTypeNotTheItemsRead() {
    assertEquals(allInvoices.subList(0, 4),
        invoices.query(InvoiceKeys.gsi2("c-1").all()).limit(4).stream().toList());
    // Each request reads at most two items, mostly order items: pages are filled all the same.
    Page<Invoice> first =
        invoices.query(InvoiceKeys.gsi2("c-1").all()).pageSize(2).page(PageRequest.first(4));
    assertEquals(allInvoices.subList(0, 4), first.items());
    Page<Invoice> rest =
        invoices.query(InvoiceKeys.gsi2("c-1").all()).pageSize(2).page(PageRequest.first(4).next(first));
    assertEquals(allInvoices.subList(4, 6), rest.items());
  }

  @Test
  void theTypeAttributeIsInTheMetamodelAsDeclared() {
    // A neighbour stored at an order's key: a delete guarded by the type leaves it alone.
    Instant at = Instant.parse("2026-05-01T10:00:00Z");
    Map<String, AttributeValue> impostor = new HashMap<>(OrderSchema.INSTANCE.key("c-1", at));
    impostor.put("_type", AttributeValue.fromS("ADDRESS"));
    client.putItem(PutItemRequest.builder().tableName(shop).item(impostor).build());
    OrderRepository orders = new OrderRepository(client, shop);
    Order order = new Order("c-1", at, OrderStatus.PLACED, BigDecimal.ONE, 1);
    assertThrows(ConditionFailedException.class,
        () -> orders.delete(order, OrderAttributes._type.eq("ORDER")));
    assertTrue(client.getItem(GetItemRequest.builder().tableName(shop)
        .key(OrderSchema.INSTANCE.key("c-1", at)).build()).hasItem());

    // In a filter, named as the table declares it: Ledger's type attribute is "kind".
    assertEquals(6, invoices.query(InvoiceKeys.gsi2("c-1").all())
        .filter(InvoiceAttributes._type.eq("INVOICE")).stream().count());
    assertEquals("kind", EntryAttributes.kind.path().attributeName());
  }

  @Test
  void anUpdateOfAnIndexFieldRecomputesTheIndexKeys() {
    Invoice invoice = allInvoices.get(2);
    LocalDate later = DAY.plusDays(30);
    Invoice moved = invoices.update(invoice)
        .set(InvoiceAttributes.date, later)
        .set(InvoiceAttributes.customerId, "c-2")
        .execute();
    assertEquals(new Invoice(invoice.invoiceId(), "c-2", later, invoice.amount()), moved);
    Map<String, AttributeValue> stored = stored(InvoiceSchema.INSTANCE.key(invoice.invoiceId()));
    assertEquals("CUSTOMER#c-2", stored.get("gsi2pk").s());
    assertEquals("2026-05-31", stored.get("gsi2sk").s());
    assertEquals(List.of(moved), invoices.query(InvoiceKeys.gsi2("c-2").all()).stream().toList());
    assertFalse(invoices.query(InvoiceKeys.gsi2("c-1").all()).stream().anyMatch(moved::equals));

    // A field of the primary key is known from the key itself: update(key…) too.
    OrderItem item = new OrderItem("o-9", "i-1", "c-1", DAY, 2);
    orderItems.put(item);
    orderItems.update("o-9", "i-1").set(OrderItemAttributes.date, later)
        .set(OrderItemAttributes.customerId, "c-3").executeWithoutResult();
    assertEquals(List.of(new OrderItem("o-9", "i-1", "c-3", later, 2)),
        orderItems.query(OrderItemKeys.gsi2("c-3").date().eq(later)).stream().toList());
  }

  @Test
  void anUpdateThatCreatesAnItemWritesItsTypeAndKeyFieldsSoTypedReadsFindIt() {
    Invoice created = invoices.update("inv-new")
        .set(InvoiceAttributes.customerId, "c-7")
        .set(InvoiceAttributes.date, DAY)
        .set(InvoiceAttributes.amount, new BigDecimal("12.5"))
        .execute();

    assertEquals(new Invoice("inv-new", "c-7", DAY, new BigDecimal("12.5")), created);
    Map<String, AttributeValue> stored = stored(InvoiceSchema.INSTANCE.key("inv-new"));
    assertEquals("INVOICE", stored.get("_type").s());
    assertEquals("inv-new", stored.get("invoiceId").s());
    assertEquals(List.of(created), invoices.query(InvoiceKeys.gsi2("c-7").all()).stream().toList());
    assertEquals(Optional.of(created), invoices.get("inv-new"));

    // On an existing item, the type and key fields are left as they are (if_not_exists).
    invoices.update("inv-new").set(InvoiceAttributes.amount, BigDecimal.ONE).executeWithoutResult();
    assertEquals(BigDecimal.ONE, invoices.get("inv-new").orElseThrow().amount());
    // An update with no actions writes a whole (if empty) invoice, typed, not a bare key.
    invoices.update("inv-empty").executeWithoutResult();
    assertEquals("INVOICE", stored(InvoiceSchema.INSTANCE.key("inv-empty")).get("_type").s());
  }

  @Test
  void anUpdateOfAnIndexFieldWhoseNeighboursAreUnknownIsRefusedBeforeSending() {
    Invoice invoice = allInvoices.get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invoices.update(invoice).set(InvoiceAttributes.date, DAY.plusDays(9)).execute());
    assertTrue(e.getMessage().contains("changes date, composed into the keys of index gsi2"
        + " (CUSTOMER#{customerId} / {date})"), e.getMessage());
    assertTrue(e.getMessage().contains("set customerId in the same update"), e.getMessage());
    assertEquals(invoice, invoices.get(invoice.invoiceId()).orElseThrow(), "nothing was sent");

    // Changed otherwise than by a value (if_not_exists): as unknown.
    assertThrows(IllegalArgumentException.class,
        () -> invoices.update(invoice).set(InvoiceAttributes.customerId, "c-2")
            .setIfNotExists(InvoiceAttributes.date, DAY).execute());
  }

  @Test
  void removingAnIndexFieldTakesTheItemOutOfTheIndex() {
    Invoice invoice = allInvoices.get(1);
    invoices.update(invoice).remove(InvoiceAttributes.date).executeWithoutResult();
    Map<String, AttributeValue> stored = stored(InvoiceSchema.INSTANCE.key(invoice.invoiceId()));
    assertFalse(stored.containsKey("gsi2pk"));
    assertFalse(stored.containsKey("gsi2sk"));
    assertEquals(5, invoices.query(InvoiceKeys.gsi2("c-1").all()).stream().count());
  }

  @Test
  void anUpdateOfAFieldOfThePrimaryKeyOrOfTheTypeIsRefused() {
    Invoice invoice = allInvoices.get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invoices.update(invoice).set(InvoiceAttributes.invoiceId, "inv-99"));
    assertTrue(e.getMessage().contains("invoiceId is composed into the primary key of"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> orderItems.update("o-1", "i-1").remove(OrderItemAttributes.itemId));
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
        () -> invoices.update(invoice).set(InvoiceAttributes._type, "ORDER_ITEM"));
    assertTrue(type.getMessage().contains("type attribute"), type.getMessage());
  }

  @Test
  void theExampleShopKeepsItsOverloadedIndexInStep() {
    OrderRepository orders = new OrderRepository(client, shop);
    Instant at = Instant.parse("2026-05-01T10:00:00Z");
    Order order = new Order("c-1", at, OrderStatus.PLACED, BigDecimal.TEN, 2);
    orders.put(order);
    orders.update(order).set(OrderAttributes.status, OrderStatus.SHIPPED).executeWithoutResult();
    assertEquals(List.of(), orders.query(OrderKeys.gsi1(OrderStatus.PLACED).all()).stream().toList());
    assertEquals(OrderStatus.SHIPPED,
        orders.query(OrderKeys.gsi1(OrderStatus.SHIPPED).all()).stream().findFirst().orElseThrow().status());
    orders.update("c-1", at).set(OrderAttributes.status, OrderStatus.DELIVERED).executeWithoutResult();
    assertEquals(1, orders.query(OrderKeys.gsi1(OrderStatus.DELIVERED).all()).stream().count());
    assertThrows(IllegalArgumentException.class,
        () -> orders.update(order).set(OrderAttributes.placedAt, at.plusSeconds(1)));
  }

  private Map<String, AttributeValue> stored(Map<String, AttributeValue> key) {
    return client.getItem(GetItemRequest.builder().tableName(books).key(key).build()).item();
  }
}
