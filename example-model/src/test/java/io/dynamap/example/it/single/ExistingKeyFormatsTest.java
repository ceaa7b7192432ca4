package io.dynamap.example.it.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Items written by other code, in its own key formats (text as it is, dates to the second, a
 * converter's text, fields only in the keys), read, queried and written back by Dynamap
 * unchanged.
 */
@DynamapLocalTest
class ExistingKeyFormatsTest {
  private static final LocalDateTime JUNE = LocalDateTime.of(2020, 6, 21, 19, 18);

  private static Map<String, AttributeValue> invoiceAsOtherCodeWritesIt(
      String invoiceId, String customerId, String issuedAt, String amount) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("PK", AttributeValue.fromS("INVOICE#" + invoiceId));
    item.put("SK", AttributeValue.fromS("INVOICE#" + invoiceId));
    item.put("GSI1PK", AttributeValue.fromS("CUSTOMER#" + customerId));
    item.put("GSI1SK", AttributeValue.fromS("INVOICE#" + issuedAt));
    item.put("EntityType", AttributeValue.fromS("invoice"));
    item.put("amount", AttributeValue.fromN(amount));
    return item;
  }

  private static Map<String, AttributeValue> stored(
      DynamoDbClient client, String table, Map<String, AttributeValue> key) {
    return client.getItem(GetItemRequest.builder().tableName(table).key(key).build()).item();
  }

  @Test
  void itemsWithFieldsOnlyInTheirKeysReadQueryAndWriteBackByteForByte(
      DynamoDbClient client, TestTables tables) {
    String table = tables.create(LegacyInvoiceSchema.INSTANCE);
    LegacyInvoiceRepository invoices = new LegacyInvoiceRepository(client, table);
    List<Map<String, AttributeValue>> written =
        List.of(
            invoiceAsOtherCodeWritesIt("inv-1", "cust-1", "2020-06-21T19:18:00", "12.5"),
            invoiceAsOtherCodeWritesIt("inv-2", "cust-1", "2020-07-01T08:00:30", "7"),
            invoiceAsOtherCodeWritesIt("inv-3", "cust-2", "2020-06-30T00:00:00", "99.99"),
            invoiceAsOtherCodeWritesIt("inv#4", "cust-1", "2021-01-01T00:00:00", "1"));
    for (Map<String, AttributeValue> item : written) {
      client.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    LegacyInvoice first = invoices.get("inv-1").orElseThrow();
    assertEquals(new LegacyInvoice("inv-1", "cust-1", JUNE, new BigDecimal("12.5")), first);
    assertEquals("inv#4", invoices.get("inv#4").orElseThrow().invoiceId(), "a '#' as it is");

    // The index with its date to the second: a range, read back from the keys.
    List<LegacyInvoice> summer =
        invoices
            .query(LegacyInvoiceKeys.GSI1("cust-1").issuedAt().between(JUNE, JUNE.plusMonths(1)))
            .stream()
            .toList();
    assertEquals(List.of("inv-1", "inv-2"), summer.stream().map(LegacyInvoice::invoiceId).toList());
    assertEquals(LocalDateTime.of(2020, 7, 1, 8, 0, 30), summer.get(1).issuedAt());

    assertEquals(
        List.of(first),
        invoices.query(LegacyInvoiceKeys.GSI1("cust-1").issuedAt().beginsWith("2020-06")).stream().toList(),
        "the start of the pattern's text");

    // Written back through Dynamap, every item is as the other code wrote it.
    for (Map<String, AttributeValue> item : written) {
      Map<String, AttributeValue> key = Map.of("PK", item.get("PK"), "SK", item.get("SK"));
      Map<String, AttributeValue> before = stored(client, table, key);
      LegacyInvoice invoice = invoices.get(item.get("PK").s().substring("INVOICE#".length())).orElseThrow();
      invoices.put(invoice);
      assertEquals(before, stored(client, table, key));
    }
    // And a new one is written in the same format.
    invoices.put(new LegacyInvoice("inv-5", "cust-3", JUNE, new BigDecimal("3.25")));
    assertEquals(
        invoiceAsOtherCodeWritesIt("inv-5", "cust-3", "2020-06-21T19:18:00", "3.25"),
        stored(client, table, LegacyInvoiceSchema.INSTANCE.key("inv-5")));
  }

  @Test
  void aValueThePatternCannotHoldOrAKeyOffTheTemplateIsRefused(
      DynamoDbClient client, TestTables tables) {
    String table = tables.create(LegacyInvoiceSchema.INSTANCE);
    LegacyInvoiceRepository invoices = new LegacyInvoiceRepository(client, table);
    ItemMappingException lossy =
        assertThrows(
            ItemMappingException.class,
            () -> invoices.put(new LegacyInvoice("inv-9", "c", JUNE.withNano(5_000_000), BigDecimal.ONE)));
    assertTrue(lossy.getMessage().contains("'issuedAt'"), lossy.getMessage());
    assertTrue(lossy.getMessage().contains("2020-06-21T19:18:00"), lossy.getMessage());
    assertFalse(invoices.get("inv-9").isPresent(), "nothing was sent");

    // An index key that does not match its template names the key and the field.
    Map<String, AttributeValue> odd = invoiceAsOtherCodeWritesIt("inv-8", "c", "21/06/2020", "1");
    client.putItem(PutItemRequest.builder().tableName(table).item(odd).build());
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> invoices.get("inv-8"));
    assertTrue(
        e.getMessage().contains("GSI1SK = \"INVOICE#21/06/2020\" does not match its template INVOICE#{issuedAt}"),
        e.getMessage());
  }

  @Test
  void aConverterComposesTheKeyAndUnescapedTextIsCheckedForItsSeparator(
      DynamoDbClient client, TestTables tables) {
    String table = tables.create(StockSchema.INSTANCE);
    StockRepository stock = new StockRepository(client, table);
    Stock shirts = new Stock("lyon-1", 3, new Sku("shirt#blue", 42), 10);
    stock.put(shirts);
    Map<String, AttributeValue> item = stored(client, table, StockSchema.INSTANCE.keyOf(shirts));
    assertEquals("WAREHOUSE#lyon-1#ROW#0000000003", item.get("PK").s());
    assertEquals("SKU#shirt#blue/42", item.get("SK").s(), "the converter's text, as it is");
    assertEquals(shirts, stock.get("lyon-1", 3, new Sku("shirt#blue", 42)).orElseThrow());
    assertEquals(List.of(shirts), stock.query(StockKeys.partition("lyon-1", 3).all()).stream().toList());

    // Fields an item lacks are read back from its keys.
    Map<String, AttributeValue> bare = new LinkedHashMap<>(item);
    bare.remove("warehouse");
    bare.remove("row");
    bare.remove("sku");
    client.putItem(PutItemRequest.builder().tableName(table).item(bare).build());
    assertEquals(shirts, stock.get("lyon-1", 3, new Sku("shirt#blue", 42)).orElseThrow());

    // The warehouse ends at the first "#ROW#": a '#' alone is no separator, but "#ROW#" (or an
    // ending that runs into it) would end it elsewhere: refused before anything is sent.
    Stock hashed = new Stock("lyon#2", 1, new Sku("cap", 1), 1);
    stock.put(hashed);
    assertEquals("WAREHOUSE#lyon#2#ROW#0000000001", stored(client, table, StockSchema.INSTANCE.keyOf(hashed)).get("PK").s());
    assertEquals(hashed, stock.get("lyon#2", 1, new Sku("cap", 1)).orElseThrow());
    ItemMappingException e =
        assertThrows(
            ItemMappingException.class, () -> stock.put(new Stock("lyon#ROW#2", 1, new Sku("cap", 1), 1)));
    assertTrue(e.getMessage().contains("Stock: key field 'warehouse' is \"lyon#ROW#2\", which contains \"#ROW#\""), e.getMessage());
    e = assertThrows(
        ItemMappingException.class, () -> stock.put(new Stock("lyon#ROW", 1, new Sku("cap", 1), 1)));
    assertTrue(e.getMessage().contains("which ends with the start of \"#ROW#\""), e.getMessage());
    stock.delete(hashed);
    assertEquals(1, stock.scan().stream().count());
  }

  @Test
  void unescapedTextEndingTheSortKeyIsSelectedByItsStartAsItIs(DynamoDbClient client, TestTables tables) {
    String table = tables.create(LegacyOrderSchema.INSTANCE);
    LegacyOrderRepository orders = new LegacyOrderRepository(client, table);
    List<LegacyOrder> all =
        List.of(
            new LegacyOrder("c-1", "2020#001"),
            new LegacyOrder("c-1", "2020#002"),
            new LegacyOrder("c-1", "2021#001"),
            new LegacyOrder("c-1", "2020%3"));
    all.forEach(orders::put);
    assertEquals(
        "ORDER#2020#001",
        stored(client, table, LegacyOrderSchema.INSTANCE.keyOf(all.get(0))).get("SK").s());
    var orderId = LegacyOrderKeys.partition("c-1").orderId();
    assertEquals(all.subList(0, 2), orders.query(orderId.beginsWith("2020#")).stream().toList());
    assertEquals(List.of(all.get(3)), orders.query(orderId.beginsWith("2020%")).stream().toList());
    assertEquals(List.of(all.get(2)), orders.query(orderId.gt("2020%3")).stream().toList());
  }

  @Test
  void escapingIsTurnedOffForOneField(DynamoDbClient client, TestTables tables) {
    String table = tables.create(TagSchema.INSTANCE);
    TagRepository tags = new TagRepository(client, table);
    Tag tag = new Tag("a-1%", "x#y");
    tags.put(tag);
    Map<String, AttributeValue> item = stored(client, table, TagSchema.INSTANCE.keyOf(tag));
    assertEquals("ACCOUNT#a-1%#TAGS", item.get("PK").s());
    assertEquals("TAG#x%23y", item.get("SK").s(), "the table escapes the other fields");
    assertEquals(List.of(tag), tags.query(TagKeys.partition("a-1%").all()).stream().toList());
    assertThrows(ItemMappingException.class, () -> tags.put(new Tag("a#TAGS", "x")));
  }
}
