package io.dynamap.example.onlineshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Adopting a table other code wrote, with no data migration: the items of AWS's published online
 * shop are written with raw {@code PutItem}, exactly as published, then read, queried, updated and
 * written back through Dynamap, and the stored items are compared with the published ones,
 * attribute map against attribute map.
 *
 * <p>The items are those of the published single-table design, aws-samples/amazon-dynamodb-design-patterns,
 * examples/an-online-shop (also the DynamoDB developer guide's "Using DynamoDB as a data store for
 * an online shop", data-modeling-online-shop): the guide's final, revised model
 * (data-models/an-online-shop/json/AnOnlineShop_14.json, README step 16: {@code GSI2-SK} is the bare
 * date for invoices and order items, filtered on {@code EntityType}), plus the payment items
 * ({@code pmn#…} under {@code GSI1-PK = i#…}) and the warehouse item {@code p#99887 / w#12376}
 * with its {@code GSI2} keys as examples/an-online-shop/json/AnOnlineShop_facets.json publishes
 * them (AnOnlineShop_14.json lists that warehouse item without {@code GSI2} keys, which no write
 * of the model's own code would produce, and keeps payments only in the invoice's {@code Detail}).
 */
@DynamapLocalTest
class PublishedItemsAdoptionTest {
  private static final Map<String, AttributeValue> GOTEBORG_MAIN_STREET =
      address("Goteborg", "MainStreet", "20", "41111");
  private static final Map<String, AttributeValue> BORAS_RIVER_STREET =
      address("Boras", "RiverStreet", "20", "11111");
  private static final Map<String, AttributeValue> SLANBARSVAGEN =
      address("Goteborg", "Slanbarsvagen", "34", "41787");

  /** Every published item, keyed by {@code PK}/{@code SK}, in the order of the published file. */
  private static final List<Map<String, AttributeValue>> PUBLISHED = List.of(
      item("PK", "c#12345", "SK", "c#12345", "EntityType", "customer", "Email", "samaneh@example.com", "Name", "Samaneh"),
      item("PK", "c#23456", "SK", "c#23456", "EntityType", "customer", "Email", "kathleen@example.com", "Name", "Kathleen"),
      item("PK", "c#54321", "SK", "c#54321", "EntityType", "customer", "Email", "henrik@example.com", "Name", "Henrik"),
      with(item("PK", "p#12345", "SK", "p#12345", "EntityType", "product", "Price", "100"),
          "Detail", map(item("Name", "Options Open", "Description", "The latest album"))),
      with(item("PK", "p#99887", "SK", "p#99887", "EntityType", "product", "Price", "40"),
          "Detail", map(item("Name", "The Book", "Description", "The best book ever"))),
      with(item("PK", "w#12345", "SK", "w#12345", "EntityType", "warehouse"), "Address", map(GOTEBORG_MAIN_STREET)),
      with(item("PK", "w#12376", "SK", "w#12376", "EntityType", "warehouse"), "Address", map(BORAS_RIVER_STREET)),
      item("PK", "p#12345", "SK", "w#12345", "EntityType", "warehouseItem",
          "GSI2-PK", "w#12345", "GSI2-SK", "p#12345", "Quantity", "50"),
      item("PK", "p#99887", "SK", "w#12345", "EntityType", "warehouseItem",
          "GSI2-PK", "w#12345", "GSI2-SK", "p#99887", "Quantity", "4"),
      item("PK", "p#99887", "SK", "w#12376", "EntityType", "warehouseItem",
          "GSI2-PK", "w#12376", "GSI2-SK", "p#99887", "Quantity", "4"),
      item("PK", "o#12345", "SK", "p#12345", "EntityType", "orderItem",
          "GSI1-PK", "p#12345", "GSI1-SK", "2020-06-21T19:18:00",
          "GSI2-PK", "c#12345", "GSI2-SK", "2020-06-21T19:18:00", "Price", "100", "Quantity", "2"),
      item("PK", "o#12345", "SK", "p#99887", "EntityType", "orderItem",
          "GSI1-PK", "p#99887", "GSI1-SK", "2020-06-21T19:20:00",
          "GSI2-PK", "c#12345", "GSI2-SK", "2020-06-21T19:20:00", "Price", "40", "Quantity", "5"),
      item("PK", "o#12345", "SK", "c#12345", "EntityType", "order", "Date", "2020-06-21T19:10:00"),
      with(item("PK", "o#12345", "SK", "i#55443", "EntityType", "invoice",
              "GSI1-PK", "i#55443", "GSI1-SK", "i#55443",
              "GSI2-PK", "c#12345", "GSI2-SK", "2020-06-21T19:18:00",
              "Amount", "400", "Date", "2020-06-21T19:18:00"),
          "Detail", map(Map.of("Payments", AttributeValue.fromL(List.of(
              map(payment("GiftCard", "100", "GiftCard data here...")),
              map(payment("MasterCard", "300", "Payment data here..."))))))),
      with(item("PK", "o#12345", "SK", "sh#88899", "EntityType", "shipment",
              "GSI1-PK", "sh#88899", "GSI1-SK", "sh#88899", "GSI2-PK", "w#12376", "GSI2-SK", "sh#88899",
              "Type", "Express", "Date", "2020-06-22T08:20:00"),
          "Address", map(SLANBARSVAGEN)),
      with(item("PK", "o#12345", "SK", "sh#98765", "EntityType", "shipment",
              "GSI1-PK", "sh#98765", "GSI1-SK", "sh#98765", "GSI2-PK", "w#12345", "GSI2-SK", "sh#98765",
              "Type", "Express", "Date", "2020-06-22T10:20:00"),
          "Address", map(SLANBARSVAGEN)),
      item("PK", "o#12345", "SK", "shp#55555", "EntityType", "shipmentItem",
          "GSI1-PK", "sh#98765", "GSI1-SK", "p#12345", "Quantity", "2"),
      item("PK", "o#12345", "SK", "shp#12345", "EntityType", "shipmentItem",
          "GSI1-PK", "sh#98765", "GSI1-SK", "p#99887", "Quantity", "3"),
      item("PK", "o#12345", "SK", "shp#54321", "EntityType", "shipmentItem",
          "GSI1-PK", "sh#88899", "GSI1-SK", "p#99887", "Quantity", "2"),
      // From AnOnlineShop_facets.json: the payments as items of their own.
      item("PK", "o#12345", "SK", "pmn#33442", "EntityType", "payment", "GSI1-PK", "i#55443", "GSI1-SK", "pmn#33442",
          "Type", "GiftCard", "Amount", "100", "Date", "2020-06-21T20:30:00"),
      item("PK", "o#12345", "SK", "pmn#33224", "EntityType", "payment", "GSI1-PK", "i#55443", "GSI1-SK", "pmn#33224",
          "Type", "MasterCard", "Amount", "300", "Date", "2020-06-21T20:30:00"));

  private static final Address SHIPPING_ADDRESS =
      new Address("Sweden", "Vastra Gotaland", "Goteborg", "Slanbarsvagen", "34", "41787");
  private static final LocalDateTime JUNE_21_19_18 = LocalDateTime.parse("2020-06-21T19:18:00");

  // The published items as Dynamap decodes them.
  private final Invoice invoice = new Invoice("12345", "55443", "12345", JUNE_21_19_18, "400", JUNE_21_19_18,
      new InvoiceDetail(List.of(
          new InvoicePayment("GiftCard", 100, "GiftCard data here..."),
          new InvoicePayment("MasterCard", 300, "Payment data here..."))));
  private final OrderItem album = new OrderItem("12345", "12345", "12345", JUNE_21_19_18, "2", "100");
  private final OrderItem book =
      new OrderItem("12345", "99887", "12345", LocalDateTime.parse("2020-06-21T19:20:00"), "5", "40");
  private final Shipment express = new Shipment(
      "12345", "98765", "12345", SHIPPING_ADDRESS, "Express", LocalDateTime.parse("2020-06-22T10:20:00"));
  private final Shipment fromBoras = new Shipment(
      "12345", "88899", "12376", SHIPPING_ADDRESS, "Express", LocalDateTime.parse("2020-06-22T08:20:00"));
  private final ShipmentItem albums = new ShipmentItem("12345", "55555", "98765", "12345", "2");
  private final ShipmentItem books = new ShipmentItem("12345", "12345", "98765", "99887", "3");
  private final Payment giftCard =
      new Payment("12345", "33442", "55443", "GiftCard", "100", LocalDateTime.parse("2020-06-21T20:30:00"));
  private final Payment masterCard =
      new Payment("12345", "33224", "55443", "MasterCard", "300", LocalDateTime.parse("2020-06-21T20:30:00"));

  private DynamoDbClient client;
  private TestTables tables;
  private String table;

  @BeforeEach
  void writeThePublishedItems(DynamoDbClient client, TestTables tables) {
    this.client = client;
    this.tables = tables;
    table = tables.create(OrderDetailsSchema.INSTANCE);
    putPublished(table);
  }

  private void putPublished(String tableName) {
    // As the published design's own code writes them: plain PutItem, no Dynamap in the way.
    for (Map<String, AttributeValue> item : PUBLISHED) {
      client.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
    }
  }

  @Test
  void theTableIsTheOneTheModelDeclares() {
    // What an application adopting the table runs at start-up: key names and types, both indexes.
    // tag::adopt-verify-table[]
    new OrderDetailsRepository(client, table).verifyTable();
    // end::adopt-verify-table[]
  }

  @Test
  void everyPublishedAccessPatternReadsThePublishedItems() {
    CustomerRepository customers = new CustomerRepository(client, table);
    ProductRepository products = new ProductRepository(client, table);
    WarehouseRepository warehouses = new WarehouseRepository(client, table);
    WarehouseItemRepository stock = new WarehouseItemRepository(client, table);
    OrderRepository orders = new OrderRepository(client, table);
    OrderItemRepository orderItems = new OrderItemRepository(client, table);
    InvoiceRepository invoices = new InvoiceRepository(client, table);
    ShipmentRepository shipments = new ShipmentRepository(client, table);

    // 1-3. Get customer / product / warehouse for a given id: PK = SK = c#12345 (p#…, w#…).
    assertEquals(new Customer("12345", "samaneh@example.com", "Samaneh"), customers.get("12345").orElseThrow());
    assertEquals(new Product("99887", new ProductDetail("The Book", "The best book ever"), "40"),
        products.get("99887").orElseThrow());
    assertEquals(new Warehouse("12376", new Address("Sweden", "Vastra Gotaland", "Boras", "RiverStreet", "20", "11111")),
        warehouses.get("12376").orElseThrow());
    // 4. A product's inventory in all warehouses: PK = p#99887 AND begins_with(SK, "w#").
    assertEquals(
        List.of(new WarehouseItem("99887", "12345", "4"), new WarehouseItem("99887", "12376", "4")),
        stock.query(WarehouseItemKeys.partition("99887").all()).stream().toList());
    // 5. Get order (and all its details) for a given orderId: PK = o#12345, ten types in SK order.
    List<OrderDetails> details = new OrderDetailsRepository(client, table)
        .query(OrderDetailsKeys.partition("12345")).stream().toList();
    assertEquals(11, details.size());
    assertEquals(new Order("12345", "12345", LocalDateTime.parse("2020-06-21T19:10:00")), details.get(0));
    assertEquals(List.of(new Order("12345", "12345", LocalDateTime.parse("2020-06-21T19:10:00"))),
        orders.query(OrderKeys.partition("12345").all()).stream().toList());
    // 6-8. All products / the invoice / all shipments of an order: begins_with(SK, "p#"/"i#"/"sh#").
    assertEquals(List.of(album, book), orderItems.query(OrderItemKeys.partition("12345").all()).stream().toList());
    assertEquals(List.of(invoice), invoices.query(InvoiceKeys.partition("12345").all()).stream().toList());
    assertEquals(List.of(fromBoras, express), shipments.query(ShipmentKeys.partition("12345").all()).stream().toList());
    // tag::adopt-access-patterns[]
    // 9. A product's orders in a date range: GSI1-PK = p#99887 AND GSI1-SK BETWEEN the published bounds.
    assertEquals(List.of(book), orderItems.query(OrderItemKeys.byProduct("99887").date()
        .between(LocalDateTime.parse("2020-06-21T00:00:00"), LocalDateTime.parse("2020-06-21T23:59:00")))
        .stream().toList());
    // 10. Invoice for a given invoiceId: GSI1-PK = GSI1-SK = i#55443.
    assertEquals(List.of(invoice), invoices.query(InvoiceKeys.byInvoice("55443").invoiceId()).stream().toList());
    // end::adopt-access-patterns[]
    // 11. All payments of an invoice: the same key, in the invoice's Detail, and the payment items.
    assertEquals(invoice.detail().payments(),
        invoices.query(InvoiceKeys.byInvoice("55443").invoiceId()).stream().findFirst().orElseThrow().detail().payments());
    assertEquals(List.of(invoice, masterCard, giftCard),
        new InvoiceDetailsRepository(client, table).query(InvoiceDetailsKeys.partition("55443")).stream().toList());
    // 12. Shipment details for a shipmentId (an index collection): GSI1-PK = sh#98765.
    assertEquals(List.of(albums, books, express),
        new ShipmentDetailsRepository(client, table).query(ShipmentDetailsKeys.partition("98765")).stream().toList());
    // 13-14. A warehouse's shipments / inventory: GSI2-PK = w#12345 AND begins_with(GSI2-SK, "sh#"/"p#").
    assertEquals(List.of(express), shipments.query(ShipmentKeys.byWarehouse("12345").all()).stream().toList());
    assertEquals(List.of(new WarehouseItem("12345", "12345", "50"), new WarehouseItem("99887", "12345", "4")),
        stock.query(WarehouseItemKeys.byWarehouse("12345").all()).stream().toList());
    // 15-16. A customer's invoices and ordered products in a date range (an index collection): one
    // range over GSI2-SK, filtered on EntityType, as the revised model's step 16 does; and each type alone.
    List<CustomerActivity> activity = new CustomerActivityRepository(client, table)
        .query(CustomerActivityKeys.partition("12345").date()
            .between(LocalDateTime.parse("2020-06-01T00:00:00"), LocalDateTime.parse("2020-06-30T00:00:00")))
        .stream().toList();
    assertEquals(3, activity.size());
    assertTrue(activity.containsAll(List.of(invoice, album, book)), activity.toString());
    assertEquals(List.of(invoice), invoices.query(InvoiceKeys.byCustomer("12345").date()
        .between(LocalDateTime.parse("2020-06-01T00:00:00"), LocalDateTime.parse("2020-06-30T00:00:00"))).stream().toList());
    assertEquals(List.of(album, book), orderItems.query(OrderItemKeys.byCustomer("12345").date()
        .between(LocalDateTime.parse("2020-06-01T00:00:00"), LocalDateTime.parse("2020-06-30T00:00:00"))).stream().toList());
  }

  @Test
  void everyItemWrittenBackThroughDynamapIsThePublishedOne() {
    // Read every item through Dynamap, one repository per type, and put it back, over the
    // published item and into a table of its own: both hold exactly the published items.
    String copy = tables.create(OrderDetailsSchema.INSTANCE);
    List<Runnable> writes = new ArrayList<>();
    writeBack(new CustomerRepository(client, table), new CustomerRepository(client, copy), writes);
    writeBack(new ProductRepository(client, table), new ProductRepository(client, copy), writes);
    writeBack(new WarehouseRepository(client, table), new WarehouseRepository(client, copy), writes);
    writeBack(new WarehouseItemRepository(client, table), new WarehouseItemRepository(client, copy), writes);
    writeBack(new OrderRepository(client, table), new OrderRepository(client, copy), writes);
    writeBack(new OrderItemRepository(client, table), new OrderItemRepository(client, copy), writes);
    writeBack(new InvoiceRepository(client, table), new InvoiceRepository(client, copy), writes);
    writeBack(new PaymentRepository(client, table), new PaymentRepository(client, copy), writes);
    writeBack(new ShipmentRepository(client, table), new ShipmentRepository(client, copy), writes);
    writeBack(new ShipmentItemRepository(client, table), new ShipmentItemRepository(client, copy), writes);
    assertEquals(PUBLISHED.size(), writes.size(), "every published item was read by its own type");
    writes.forEach(Runnable::run);

    assertSameItems(published(), stored(table));
    assertSameItems(published(), stored(copy));
  }

  private static <T> void writeBack(
      io.dynamap.runtime.TableRepository<T> from, io.dynamap.runtime.TableRepository<T> to, List<Runnable> writes) {
    for (T entity : from.scan().stream().toList()) {
      writes.add(() -> {
        from.put(entity);
        to.put(entity);
      });
    }
  }

  @Test
  void updatesAndPutsWriteThePublishedFormats() {
    // An update of one attribute leaves every other byte of the item as published.
    new WarehouseItemRepository(client, table)
        .update("99887", "12376").set(WarehouseItemAttributes.quantity, "3").execute();
    new ShipmentRepository(client, table)
        .update(fromBoras).set(ShipmentAttributes.date, LocalDateTime.parse("2020-06-22T09:00:00")).execute();
    InvoiceRepository invoices = new InvoiceRepository(client, table);
    List<InvoicePayment> threePayments = new ArrayList<>(invoice.detail().payments());
    threePayments.add(new InvoicePayment("Discount", 25, "Code SUMMER"));
    invoices.update(invoice).set(InvoiceAttributes.detail.payments, threePayments).execute();

    // A new order item, put as the published code would write it: times to the second, both indexes.
    OrderItem later = new OrderItem("12345", "55555", "12345", LocalDateTime.parse("2020-06-22T07:00:00"), "1", "25");
    new OrderItemRepository(client, table).put(later);

    Map<List<String>, Map<String, AttributeValue>> expected = published();
    expected.get(List.of("p#99887", "w#12376")).put("Quantity", AttributeValue.fromS("3"));
    expected.get(List.of("o#12345", "sh#88899")).put("Date", AttributeValue.fromS("2020-06-22T09:00:00"));
    List<AttributeValue> payments = new ArrayList<>(expected.get(List.of("o#12345", "i#55443")).get("Detail").m()
        .get("Payments").l());
    payments.add(map(payment("Discount", "25", "Code SUMMER")));
    expected.get(List.of("o#12345", "i#55443")).put("Detail", map(Map.of("Payments", AttributeValue.fromL(payments))));
    Map<String, AttributeValue> published = item("PK", "o#12345", "SK", "p#55555", "EntityType", "orderItem",
        "GSI1-PK", "p#55555", "GSI1-SK", "2020-06-22T07:00:00",
        "GSI2-PK", "c#12345", "GSI2-SK", "2020-06-22T07:00:00", "Price", "25", "Quantity", "1");
    expected.put(List.of("o#12345", "p#55555"), published);
    assertSameItems(expected, stored(table));

    // And every access pattern still reads them: the new order item is in the customer's range.
    assertTrue(new CustomerActivityRepository(client, table)
        .query(CustomerActivityKeys.partition("12345").date().gt(JUNE_21_19_18)).stream().toList()
        .containsAll(List.of(book, later)));
    assertEquals(LocalDateTime.parse("2020-06-22T09:00:00"),
        new ShipmentRepository(client, table).get("12345", "88899").orElseThrow().date());
    assertEquals(3, invoices.get("12345", "55443").orElseThrow().detail().payments().size());
    assertEquals(Map.of("PK", AttributeValue.fromS("o#12345"), "SK", AttributeValue.fromS("p#55555")),
        OrderItemSchema.INSTANCE.keyOf(later));
    assertEquals(published, client.getItem(GetItemRequest.builder()
        .tableName(table).key(OrderItemSchema.INSTANCE.keyOf(later)).build()).item());
  }

  @Test
  void anItemWithoutTheIndexKeysTheModelWritesReadsAndJoinsTheIndexWhenWrittenBack() {
    // AnOnlineShop_14.json's p#99887 / w#12376 has no GSI2 keys: it reads (every field is in its
    // primary key), is not in the warehouse's GSI2 partition, and a write through Dynamap adds them.
    Map<String, AttributeValue> withoutIndexKeys =
        item("PK", "p#99887", "SK", "w#12376", "EntityType", "warehouseItem", "Quantity", "4");
    client.putItem(PutItemRequest.builder().tableName(table).item(withoutIndexKeys).build());
    WarehouseItemRepository stock = new WarehouseItemRepository(client, table);
    WarehouseItem item = stock.get("99887", "12376").orElseThrow();
    assertEquals(new WarehouseItem("99887", "12376", "4"), item);
    assertEquals(List.of(), stock.query(WarehouseItemKeys.byWarehouse("12376").all()).stream().toList());

    stock.put(item);
    assertEquals(published().get(List.of("p#99887", "w#12376")), stored(table).get(List.of("p#99887", "w#12376")));
    assertEquals(List.of(item), stock.query(WarehouseItemKeys.byWarehouse("12376").all()).stream().toList());
  }

  /** The same keys, and under each key the same attribute map, naming the first item that differs. */
  private static void assertSameItems(
      Map<List<String>, Map<String, AttributeValue>> expected, Map<List<String>, Map<String, AttributeValue>> actual) {
    assertEquals(new TreeSet<>(keys(expected)), new TreeSet<>(keys(actual)), "the items' keys");
    for (Map.Entry<List<String>, Map<String, AttributeValue>> item : expected.entrySet()) {
      assertEquals(item.getValue(), actual.get(item.getKey()), "the item " + item.getKey());
    }
  }

  private static Set<String> keys(Map<List<String>, Map<String, AttributeValue>> items) {
    Set<String> keys = new HashSet<>();
    items.keySet().forEach(key -> keys.add(String.join(" / ", key)));
    return keys;
  }

  /** The published items by {@code [PK, SK]}, each a map that a test may change. */
  private static Map<List<String>, Map<String, AttributeValue>> published() {
    Map<List<String>, Map<String, AttributeValue>> items = new HashMap<>();
    for (Map<String, AttributeValue> item : PUBLISHED) {
      items.put(List.of(item.get("PK").s(), item.get("SK").s()), new HashMap<>(item));
    }
    assertEquals(PUBLISHED.size(), items.size(), "one published item a key");
    return items;
  }

  /** Every item of the table, read raw, by {@code [PK, SK]}. */
  private Map<List<String>, Map<String, AttributeValue>> stored(String tableName) {
    Map<List<String>, Map<String, AttributeValue>> items = new HashMap<>();
    Set<List<String>> seen = new HashSet<>();
    client.scanPaginator(ScanRequest.builder().tableName(tableName).build()).items().forEach(item -> {
      List<String> key = List.of(item.get("PK").s(), item.get("SK").s());
      assertTrue(seen.add(key), "one item a key");
      items.put(key, new HashMap<>(item));
    });
    return items;
  }

  private static Map<String, AttributeValue> address(String city, String street, String number, String zipCode) {
    return item("Country", "Sweden", "County", "Vastra Gotaland", "City", city, "Street", street,
        "Number", number, "ZipCode", zipCode);
  }

  private static Map<String, AttributeValue> payment(String type, String amount, String data) {
    return Map.of(
        "Type", AttributeValue.fromS(type), "Amount", AttributeValue.fromN(amount), "Data", AttributeValue.fromS(data));
  }

  /** String attributes from name/value pairs. */
  private static Map<String, AttributeValue> item(String... namesAndValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      item.put(namesAndValues[i], AttributeValue.fromS(namesAndValues[i + 1]));
    }
    return item;
  }

  private static Map<String, AttributeValue> with(Map<String, AttributeValue> item, String name, AttributeValue value) {
    Map<String, AttributeValue> all = new LinkedHashMap<>(item);
    all.put(name, value);
    return all;
  }

  private static AttributeValue map(Map<String, AttributeValue> map) {
    return AttributeValue.fromM(map);
  }
}
