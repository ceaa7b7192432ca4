package io.dynamap.runtime.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key parts in other code's formats: patterns, unescaped text and its separator, reading back. */
class KeyFormatsTest {

  @Test
  void patternsWriteExactlyOrRefuse() {
    DateTimeFormatter seconds = KeyParts.format("yyyy-MM-dd'T'HH:mm:ss");
    LocalDateTime june = LocalDateTime.of(2020, 6, 21, 19, 18);
    assertEquals("2020-06-21T19:18:00", KeyParts.formatted(june, seconds, 19, "Invoice", "issuedAt"));
    DateTimeFormatter utc = KeyParts.format("yyyy-MM-dd'T'HH:mm:ss'Z'");
    assertEquals(
        "2020-06-21T19:18:00Z",
        KeyParts.formatted(Instant.parse("2020-06-21T19:18:00Z"), utc, 20, "Invoice", "at"));
    assertEquals(
        "20200621", KeyParts.formatted(LocalDate.of(2020, 6, 21), KeyParts.format("yyyyMMdd"), 8, "E", "day"));

    ItemMappingException lossy =
        assertThrows(
            ItemMappingException.class,
            () -> KeyParts.formatted(june.withNano(1), seconds, 19, "Invoice", "issuedAt"));
    assertEquals(
        "Invoice: key field 'issuedAt' is 2020-06-21T19:18:00.000000001, which its @KeyFormat pattern"
            + " writes as \"2020-06-21T19:18:00\", read back as 2020-06-21T19:18: the key would change"
            + " the value; truncate it to what the pattern holds (or add the missing fields to it)",
        lossy.getMessage());
    ItemMappingException wide =
        assertThrows(
            ItemMappingException.class,
            () -> KeyParts.formatted(june.withYear(12_020), seconds, 19, "Invoice", "issuedAt"));
    assertTrue(wide.getMessage().contains("not in the 19 characters"), wide.getMessage());
  }

  @Test
  void unescapedTextMustEndAtItsSeparator() {
    assertEquals("lyon#2", KeyParts.separated("lyon#2", "#ROW#", "Stock", "warehouse"));
    assertEquals("", KeyParts.separated("", "#", "Stock", "warehouse"));
    ItemMappingException contains =
        assertThrows(
            ItemMappingException.class, () -> KeyParts.separated("a#ROW#b", "#ROW#", "Stock", "warehouse"));
    assertEquals(
        "Stock: key field 'warehouse' is \"a#ROW#b\", which contains \"#ROW#\", the text that follows it"
            + " in the key template, so the key could not be read back; escape the field (the"
            + " default; @KeyFormat(escape = true)) or choose a separator its values never hold",
        contains.getMessage());
    ItemMappingException runsInto =
        assertThrows(
            ItemMappingException.class, () -> KeyParts.separated("xa", "aa", "Stock", "warehouse"));
    assertTrue(runsInto.getMessage().contains("ends with the start of \"aa\""), runsInto.getMessage());
  }

  @Test
  void aConverterMustWriteAString() {
    assertEquals("A/1", KeyParts.converted(AttributeValue.fromS("A/1"), "Stock", "sku"));
    ItemMappingException e =
        assertThrows(
            ItemMappingException.class,
            () -> KeyParts.converted(AttributeValue.fromN("1"), "Stock", "sku"));
    assertTrue(e.getMessage().startsWith("Stock: the converter of key field 'sku' wrote"), e.getMessage());
  }

  @Test
  void aReaderFollowsTheTemplateOrNamesTheKey() {
    Map<String, AttributeValue> item =
        Map.of("SK", AttributeValue.fromS("VISIT#2026-11-23#-2147483638#room 1"));
    KeyReader key = KeyReader.of(item, "SK", "VISIT#{day}#{hour}#{room}", "Visit");
    key.literal("VISIT#");
    assertEquals("2026-11-23", key.fixed(10, "day"));
    key.literal("#");
    assertEquals(-10, KeyParts.parseInt(key.number(10, "hour")));
    key.literal("#");
    assertEquals("room 1", key.rest());
    key.end();

    KeyReader other = KeyReader.of(Map.of("SK", AttributeValue.fromS("VISIT#x")), "SK", "VISIT#{day}", "Visit");
    other.literal("VISIT#");
    ItemMappingException shortKey =
        assertThrows(ItemMappingException.class, () -> other.fixed(10, "day"));
    assertEquals(
        "Visit: the key SK = \"VISIT#x\" does not match its template VISIT#{day}: 'day' needs 10"
            + " characters at character 6",
        shortKey.getMessage());
    KeyReader wrongPrefix = KeyReader.of(Map.of("SK", AttributeValue.fromS("ORDER#1")), "SK", "VISIT#{day}", "Visit");
    assertThrows(ItemMappingException.class, () -> wrongPrefix.literal("VISIT#"));
    KeyReader noSeparator = KeyReader.of(Map.of("PK", AttributeValue.fromS("W#lyon")), "PK", "W#{w}#R#{r}", "Stock");
    noSeparator.literal("W#");
    assertThrows(ItemMappingException.class, () -> noSeparator.until("#R#", "w"));
    KeyReader notANumber = KeyReader.of(Map.of("PK", AttributeValue.fromS("00000000x1")), "PK", "{n}", "E");
    assertThrows(ItemMappingException.class, () -> notANumber.number(10, "n"));
    ItemMappingException missing =
        assertThrows(ItemMappingException.class, () -> KeyReader.of(Map.of(), "GSI1SK", "{at}", "E"));
    assertEquals("E: the item has no key attribute GSI1SK to read the fields of {at} from", missing.getMessage());
    assertEquals(
        "E: the key PK = \"7\" does not match its template {n}: 'n' reads as \"7\", which is no value"
            + " of it (bad)",
        KeyReader.of(Map.of("PK", AttributeValue.fromS("7")), "PK", "{n}", "E")
            .unreadable("n", "7", new IllegalArgumentException("bad"))
            .getMessage());
  }

  @Test
  void shortsAndBytesReadBack() {
    for (short value : new short[] {Short.MIN_VALUE, -1, 0, 7, Short.MAX_VALUE}) {
      assertEquals(value, KeyParts.parseShort(KeyParts.number(value)));
    }
    for (byte value : new byte[] {Byte.MIN_VALUE, -1, 0, 7, Byte.MAX_VALUE}) {
      assertEquals(value, KeyParts.parseByte(KeyParts.number(value)));
    }
  }
}
