package io.dynamap.runtime.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Composed key parts sort like their values, in DynamoDB's order, and read back. */
class KeyPartsTest {
  private static final Comparator<String> DYNAMODB_ORDER = TemplateSortKeyCondition::compareAsDynamoDb;

  @Test
  void longsSortNumericallyAndReadBack() {
    Random random = new Random(42);
    List<Long> values = new ArrayList<>(List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, -10L, 9L));
    for (int i = 0; i < 2_000; i++) {
      values.add(random.nextInt(3) == 0 ? (long) random.nextInt(200) - 100 : random.nextLong());
    }
    List<Long> byKey = values.stream().sorted(Comparator.comparing(KeyParts::number, DYNAMODB_ORDER)).toList();
    assertEquals(values.stream().sorted().toList(), byKey);
    for (long value : values) {
      assertEquals(value, KeyParts.parseLong(KeyParts.number(value)));
    }
    assertEquals("0000000000000000042", KeyParts.number(42L));
    assertEquals("-9223372036854775807", KeyParts.number(-1L));
    assertEquals("-0000000000000000000", KeyParts.number(Long.MIN_VALUE));
  }

  @Test
  void intsShortsAndBytesAreFixedWidthToo() {
    List<Integer> ints = List.of(Integer.MIN_VALUE, -5, -1, 0, 7, 10, Integer.MAX_VALUE);
    assertEquals(ints, ints.stream().sorted(Comparator.comparing(KeyParts::number, DYNAMODB_ORDER)).toList());
    for (int value : ints) {
      assertEquals(value, KeyParts.parseInt(KeyParts.number(value)));
    }
    assertEquals("0000000007", KeyParts.number(7));
    assertEquals("00300", KeyParts.number((short) 300));
    assertEquals("-127", KeyParts.number((byte) -1));
  }

  @Test
  void textEscapesTheSeparatorAndReadsBack() {
    for (String text : List.of("plain", "a#b", "100%", "tab\there", "é#%", "𝄞 clef", "", "%23")) {
      String part = KeyParts.text(text);
      assertTrue(part.indexOf('#') < 0, part);
      assertEquals(text, KeyParts.unescape(part));
    }
    assertEquals("a%23b", KeyParts.text("a#b"));
    assertEquals("100%25", KeyParts.text("100%"));
    String max = new String(Character.toChars(Character.MAX_CODE_POINT));
    assertEquals("%F4%8F%BF%BF", KeyParts.text(max), "the upper bound of ranges never occurs in a value");
  }

  @Test
  void instantsAreFixedWidthIso() {
    assertEquals("2026-11-23T10:00:00.000000000Z", KeyParts.instant(Instant.parse("2026-11-23T10:00:00Z"), "at"));
  }

  @Test
  void theBoundBelowAKeyIsAboveEverythingSmaller() {
    String key = "ORDER#0000000000000000042";
    String below = TemplateSortKeyCondition.below(key);
    assertTrue(DYNAMODB_ORDER.compare(below, key) < 0);
    assertTrue(DYNAMODB_ORDER.compare("ORDER#0000000000000000041", below) < 0);
    assertTrue(DYNAMODB_ORDER.compare("ORDER#000000000000000004", below) < 0);
    assertTrue(DYNAMODB_ORDER.compare("ORDER#0000000000000000041" + KeyParts.text("\uFFFF"), below) < 0);
  }

  @Test
  void aNullFieldIsRefusedByName() {
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> KeyParts.require(null, "Order", "placedAt"));
    assertEquals("Order: key field 'placedAt' is null", e.getMessage());
  }
}
