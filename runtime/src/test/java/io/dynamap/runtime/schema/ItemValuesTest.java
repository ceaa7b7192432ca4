package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The one-call readers and writers generated toItem and fromItem methods use. */
class ItemValuesTest {
  enum Color {
    RED,
    GREEN
  }

  record Point(int x, String label) {}

  /** A document schema written as the processor would write it. */
  static final DocumentSchema<Point> POINT =
      new DocumentSchema<>() {
        @Override
        public String documentName() {
          return "Point";
        }

        @Override
        public Map<String, AttributeValue> toMap(Point point) {
          Map<String, AttributeValue> map = new LinkedHashMap<>();
          map.put("x", AttributeValue.fromN(String.valueOf(point.x())));
          ItemValues.putString(map, "label", point.label());
          return map;
        }

        @Override
        public Point fromMap(Map<String, AttributeValue> map) {
          return new Point(ItemValues.getInt(map, "x"), ItemValues.getString(map, "label"));
        }
      };

  @Test
  void whatIsPutReadsBackEqual() {
    Instant at = Instant.parse("2026-12-06T01:02:03.5Z");
    UUID id = UUID.fromString("0b6f4c52-8f5e-4f0e-9a51-6c1c1d1f2a3b");
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    ItemValues.putString(item, "title", "Dune");
    ItemValues.putBigDecimal(item, "price", new BigDecimal("12.50"));
    ItemValues.putInstant(item, "at", at);
    ItemValues.putLocalDate(item, "day", LocalDate.of(2026, 12, 6));
    ItemValues.putUuid(item, "id", id);
    ItemValues.putEnum(item, "color", Color.GREEN);
    ItemValues.putStringList(item, "tags", Arrays.asList("a", null, "b"));
    ItemValues.putStringSet(item, "labels", new LinkedHashSet<>(List.of("x", "y")));
    POINT.putInto(item, "point", new Point(3, "p"));
    item.put("count", AttributeValue.fromN("7"));
    item.put("total", AttributeValue.fromN("9000000000"));
    item.put("ratio", AttributeValue.fromN("0.25"));
    item.put("active", AttributeValue.fromBool(true));

    assertEquals("Dune", ItemValues.getString(item, "title"));
    // Stored as DynamoDB keeps numbers, without trailing zeros.
    assertEquals(new BigDecimal("12.5"), ItemValues.getBigDecimal(item, "price"));
    assertEquals(at, ItemValues.getInstant(item, "at"));
    assertEquals("2026-12-06T01:02:03.500000000Z", item.get("at").s(), "stored sortable");
    assertEquals(LocalDate.of(2026, 12, 6), ItemValues.getLocalDate(item, "day"));
    assertEquals(id, ItemValues.getUuid(item, "id"));
    assertEquals(Color.GREEN, ItemValues.getEnum(item, "color", Color.class));
    assertEquals(AttributeValue.fromS("GREEN"), item.get("color"));
    assertEquals(Arrays.asList("a", null, "b"), ItemValues.getStringList(item, "tags", "tags[]"));
    assertEquals(List.of("x", "y"), List.copyOf(ItemValues.getStringSet(item, "labels")));
    assertEquals(new Point(3, "p"), POINT.getFrom(item, "point"));
    assertEquals(7, ItemValues.getInt(item, "count"));
    assertEquals(9_000_000_000L, ItemValues.getLong(item, "total"));
    assertEquals(0.25, ItemValues.getDouble(item, "ratio"));
    assertTrue(ItemValues.getBoolean(item, "active"));
  }

  @Test
  void nullValuesAndEmptySetsAreLeftOut() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    ItemValues.putString(item, "title", null);
    ItemValues.putBigDecimal(item, "price", null);
    ItemValues.putInstant(item, "at", null);
    ItemValues.putLocalDate(item, "day", null);
    ItemValues.putUuid(item, "id", null);
    ItemValues.putEnum(item, "color", null);
    ItemValues.putStringList(item, "tags", null);
    ItemValues.putStringSet(item, "labels", null);
    ItemValues.putStringSet(item, "empty", Set.of()); // DynamoDB refuses empty sets
    POINT.putInto(item, "point", null);
    assertEquals(Map.of(), item);
  }

  @Test
  void missingAndNullAttributesReadAsTheJavaDefault() {
    Map<String, AttributeValue> missing = Map.of();
    Map<String, AttributeValue> nulls = new LinkedHashMap<>();
    for (String name :
        List.of("title", "price", "at", "day", "id", "color", "tags", "labels", "point", "count", "total", "ratio", "active")) {
      nulls.put(name, AttributeCodecs.NULL);
    }
    for (Map<String, AttributeValue> item : List.of(missing, nulls)) {
      assertNull(ItemValues.getString(item, "title"));
      assertNull(ItemValues.getBigDecimal(item, "price"));
      assertNull(ItemValues.getInstant(item, "at"));
      assertNull(ItemValues.getLocalDate(item, "day"));
      assertNull(ItemValues.getUuid(item, "id"));
      assertNull(ItemValues.getEnum(item, "color", Color.class));
      assertNull(ItemValues.getStringList(item, "tags", "tags[]"));
      Set<String> labels = ItemValues.getStringSet(item, "labels");
      assertTrue(labels.isEmpty());
      labels.add("new"); // a set of the entity's own, not a shared constant
      assertNull(POINT.getFrom(item, "point"));
      assertEquals(0, ItemValues.getInt(item, "count"));
      assertEquals(0L, ItemValues.getLong(item, "total"));
      assertEquals(0.0, ItemValues.getDouble(item, "ratio"));
      assertFalse(ItemValues.getBoolean(item, "active"));
    }
  }

  @Test
  void aStoredValueOfTheWrongTypeIsAnErrorNamingTheAttribute() {
    Map<String, AttributeValue> item =
        Map.of(
            "title", AttributeValue.fromN("1"),
            "count", AttributeValue.fromS("seven"),
            "color", AttributeValue.fromS("BLUE"),
            "tags", AttributeValue.fromL(List.of(AttributeValue.fromN("1"))),
            "point", AttributeValue.fromM(Map.of("x", AttributeValue.fromS("three"))));
    assertMessageNames("'title'", () -> ItemValues.getString(item, "title"));
    assertMessageNames("'count'", () -> ItemValues.getInt(item, "count"));
    assertMessageNames("BLUE", () -> ItemValues.getEnum(item, "color", Color.class));
    assertMessageNames("tags[0]", () -> ItemValues.getStringList(item, "tags", "tags[]"));
    assertMessageNames("point.x", () -> POINT.getFrom(item, "point"));
  }

  @Test
  void valuesDynamoDbCannotStoreAreRefusedWhenPut() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    assertMessageNames(
        "'price'", () -> ItemValues.putBigDecimal(item, "price", new BigDecimal("1E+200")));
    Set<String> withNull = new LinkedHashSet<>(Arrays.asList("a", null));
    assertMessageNames("'labels'", () -> ItemValues.putStringSet(item, "labels", withNull));
    assertEquals(Map.of(), item, "nothing put when refused");
  }

  private static void assertMessageNames(String expected, Runnable call) {
    ItemMappingException e = assertThrows(ItemMappingException.class, call::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
