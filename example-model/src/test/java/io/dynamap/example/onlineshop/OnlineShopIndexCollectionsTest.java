package io.dynamap.example.onlineshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The access patterns of AWS's online shop that need one query on an index returning several
 * types, through the generated index collection repositories, against Dynamap Local: the shipment
 * and its items by shipment id ({@code GSI1}), a customer's invoices and ordered products in a
 * date range ({@code GSI2}, one range over the date both compose, filtered on {@code
 * EntityType}); and the named index access patterns, whose sort key the partition fixes.
 */
@DynamapLocalTest
class OnlineShopIndexCollectionsTest {
  private static final Address GOTEBORG =
      new Address("Sweden", "Vastra Gotaland", "Goteborg", "Slanbarsvagen", "111", "98765");
  private static final LocalDateTime JUNE_21 = LocalDateTime.parse("2020-06-21T19:18:00");

  private DynamoDbClient client;
  private String table;
  private OrderDetailsRepository orderDetails;
  private ShipmentDetailsRepository shipmentDetails;
  private InvoiceDetailsRepository invoiceDetails;
  private CustomerActivityRepository customerActivity;
  private WarehouseActivityRepository warehouseActivity;

  private final Shipment express =
      new Shipment("12345", "98765", "12345", GOTEBORG, "Express", LocalDateTime.parse("2020-06-22T10:20:00"));
  private final Shipment other =
      new Shipment("12345", "88899", "12376", GOTEBORG, "Express", LocalDateTime.parse("2020-06-22T08:20:00"));
  private final ShipmentItem albums = new ShipmentItem("12345", "55555", "98765", "12345", "2");
  private final ShipmentItem books = new ShipmentItem("12345", "12345", "98765", "99887", "3");
  private final ShipmentItem moreBooks = new ShipmentItem("12345", "54321", "88899", "99887", "2");
  private static final InvoiceDetail PAID =
      new InvoiceDetail(List.of(
          new InvoicePayment("GiftCard", 100, "GiftCard data here..."),
          new InvoicePayment("MasterCard", 300, "Payment data here...")));
  private final Invoice invoice = new Invoice("12345", "55443", "12345", JUNE_21, "400", JUNE_21, PAID);
  private final Payment giftCard =
      new Payment("12345", "33442", "55443", "GiftCard", "100", LocalDateTime.parse("2020-06-21T20:30:00"));
  private final Payment masterCard =
      new Payment("12345", "33224", "55443", "MasterCard", "300", LocalDateTime.parse("2020-06-21T20:30:00"));
  private final OrderItem album = new OrderItem("12345", "12345", "12345", JUNE_21, "2", "100");
  private final OrderItem book =
      new OrderItem("12345", "99887", "12345", LocalDateTime.parse("2020-06-21T19:20:00"), "5", "40");
  private final Order order = new Order("12345", "12345", LocalDateTime.parse("2020-06-21T19:10:00"));

  @BeforeEach
  void fill(DynamoDbClient client, TestTables tables) {
    this.client = client;
    table = tables.create(OrderDetailsSchema.INSTANCE);
    orderDetails = new OrderDetailsRepository(client, table);
    shipmentDetails = new ShipmentDetailsRepository(client, table);
    invoiceDetails = new InvoiceDetailsRepository(client, table);
    customerActivity = new CustomerActivityRepository(client, table);
    warehouseActivity = new WarehouseActivityRepository(client, table);
    // The published order o#12345, written through the table collection (any member).
    for (OrderDetails item :
        List.of(order, album, book, invoice, giftCard, masterCard, express, other, albums, books, moreBooks)) {
      orderDetails.put(item);
    }
    new CustomerRepository(client, table).put(new Customer("12345", "samaneh@example.com", "Samaneh"));
    new WarehouseItemRepository(client, table).put(new WarehouseItem("99887", "12345", "4"));
    // Another customer's activity in the same range, in another GSI2 partition.
    orderDetails.put(new Invoice("23456", "77777", "23456", JUNE_21, "10", JUNE_21, PAID));
  }

  @Test
  void theShipmentAndItsItemsByShipmentIdAreOneQueryOnGsi1() {
    // tag::index-collection-query[]
    List<ShipmentDetails> details =
        shipmentDetails.query(ShipmentDetailsKeys.partition("98765")).stream().toList();
    // end::index-collection-query[]

    // GSI1-SK order: p#12345, p#99887, sh#98765; each item decoded as its own type.
    assertEquals(List.of(albums, books, express), details);
    assertInstanceOf(Shipment.class, details.get(2));
    assertEquals(
        List.of(moreBooks, other),
        shipmentDetails.query(ShipmentDetailsKeys.partition("88899")).stream().toList());
  }

  @Test
  void theIndexKeysAreStoredAsPublished() {
    Map<String, AttributeValue> stored =
        client.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(ShipmentItemSchema.INSTANCE.keyOf(books))
                .build())
            .item();
    assertEquals("o#12345", stored.get("PK").s());
    assertEquals("shp#12345", stored.get("SK").s());
    assertEquals("sh#98765", stored.get("GSI1-PK").s());
    assertEquals("p#99887", stored.get("GSI1-SK").s());
    assertEquals("shipmentItem", stored.get("EntityType").s());
    assertEquals("3", stored.get("Quantity").s());
  }

  @Test
  void aCustomersInvoicesAndOrderedProductsInADateRangeAreOneRangeOnGsi2() {
    // tag::index-collection-range[]
    List<CustomerActivity> june21 =
        customerActivity
            .query(
                CustomerActivityKeys.partition("12345")
                    .date()
                    .between(LocalDateTime.parse("2020-06-21T00:00:00"), LocalDateTime.parse("2020-06-21T23:59:00")))
            .stream()
            .toList();
    // end::index-collection-range[]
    // By date: the album and the invoice at 19:18 (their order within one date is their own), the
    // book at 19:20; the other customer's invoice is in another partition.
    assertEquals(3, june21.size());
    assertTrue(june21.containsAll(List.of(album, invoice, book)));
    assertEquals(book, june21.get(2));

    List<CustomerActivity> after =
        customerActivity
            .query(CustomerActivityKeys.partition("12345").date().gt(JUNE_21))
            .stream()
            .toList();
    assertEquals(List.of(book), after);
  }

  @Test
  void theTypeFilterSkipsOtherTypesSharingTheDateFormat() {
    // An item of a type outside the collection, in the customer's GSI2 partition at a date in
    // range, written as other code would: the collection's filter on EntityType skips it.
    client.putItem(PutItemRequest.builder()
        .tableName(table)
        .item(Map.of(
            "PK", AttributeValue.fromS("gc#1"),
            "SK", AttributeValue.fromS("gc#1"),
            "EntityType", AttributeValue.fromS("giftCardPurchase"),
            "GSI2-PK", AttributeValue.fromS("c#12345"),
            "GSI2-SK", AttributeValue.fromS(CustomerActivityKeys.partition("12345").date().eq(JUNE_21)
                .toExpression().values().get(":v1").s())))
        .build());

    List<CustomerActivity> all =
        customerActivity.query(CustomerActivityKeys.partition("12345")).stream().toList();
    assertEquals(3, all.size());
    assertTrue(all.containsAll(List.of(album, invoice, book)));
  }

  @Test
  void anIndexCollectionWithoutTypeFilterRefusesAStrangerByName() {
    // Without typeFilter, the partition is read as the collection's alone, as a table
    // collection's is: an item of another type fails the read, naming it.
    client.putItem(PutItemRequest.builder()
        .tableName(table)
        .item(Map.of(
            "PK", AttributeValue.fromS("x#1"),
            "SK", AttributeValue.fromS("x#1"),
            "EntityType", AttributeValue.fromS("label"),
            "GSI1-PK", AttributeValue.fromS("sh#98765"),
            "GSI1-SK", AttributeValue.fromS("label#1")))
        .build());
    ItemMappingException e =
        assertThrows(ItemMappingException.class,
            () -> shipmentDetails.query(ShipmentDetailsKeys.partition("98765")).stream().toList());
    assertTrue(e.getMessage().contains("label"), e.getMessage());
  }

  @Test
  void theInvoiceWithItsPaymentsAndTheWarehouseWithItsShipmentsAndStock() {
    assertEquals(
        List.of(invoice, masterCard, giftCard),
        invoiceDetails.query(InvoiceDetailsKeys.partition("55443")).stream().toList());
    List<WarehouseActivity> warehouse =
        warehouseActivity.query(WarehouseActivityKeys.partition("12345")).stream().toList();
    assertEquals(List.of(new WarehouseItem("99887", "12345", "4"), express), warehouse);
  }

  @Test
  void oneEntityReadThroughTheTableCollectionAndTwoIndexCollections() {
    List<OrderDetails> wholeOrder =
        orderDetails.query(OrderDetailsKeys.partition("12345")).stream().toList();
    assertEquals(11, wholeOrder.size());
    assertTrue(wholeOrder.contains(invoice));
    assertTrue(invoiceDetails.query(InvoiceDetailsKeys.partition("55443")).stream().toList().contains(invoice));
    assertTrue(customerActivity.query(CustomerActivityKeys.partition("12345")).stream().toList().contains(invoice));
  }

  @Test
  void namedIndexAccessPatternsTakeThePartitionsFieldOnce() {
    InvoiceRepository invoices = new InvoiceRepository(client, table);
    // Get invoice for a given invoiceId: GSI1-PK = i#55443 AND GSI1-SK = i#55443, the id given once.
    // tag::named-index-query[]
    List<Invoice> found = invoices.query(InvoiceKeys.byInvoice("55443").invoiceId()).stream().toList();
    // end::named-index-query[]
    assertEquals(List.of(invoice), found);
    Expression key = InvoiceKeys.byInvoice("55443").invoiceId().toExpression();
    assertEquals("#k0 = :v0 AND #k1 = :v1", key.text());
    assertEquals(Map.of("#k0", "GSI1-PK", "#k1", "GSI1-SK"), key.names());
    assertEquals("i#55443", key.values().get(":v0").s());
    assertEquals("i#55443", key.values().get(":v1").s());

    ShipmentRepository shipments = new ShipmentRepository(client, table);
    assertEquals(List.of(express), shipments.query(ShipmentKeys.byShipment("98765").shipmentId()).stream().toList());
    assertEquals(List.of(other), shipments.query(ShipmentKeys.byWarehouse("12376").all()).stream().toList());
    // Get all orders for a given productId in a date range (GSI1), by its name.
    assertEquals(
        List.of(book),
        new OrderItemRepository(client, table)
            .query(OrderItemKeys.byProduct("99887").date().beginsWith("2020-06-21"))
            .stream()
            .toList());
    // The table's own pattern for an item whose sort key repeats its partition: c#12345 / c#12345.
    assertEquals(
        "samaneh@example.com",
        new CustomerRepository(client, table)
            .query(CustomerKeys.partition("12345").customerId())
            .stream()
            .findFirst()
            .orElseThrow()
            .email());
  }
}
