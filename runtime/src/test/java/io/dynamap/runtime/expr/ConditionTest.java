package io.dynamap.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.schema.AttributeCodecs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every operator rendered to its exact expression text and placeholders. */
class ConditionTest {
  /** A stand-in entity. */
  record Shipment() {}

  enum State {
    OPEN,
    CLOSED
  }

  /** What a generated metamodel looks like: anonymous subclasses, no lambdas. */
  static final class ShipmentAttrs {
    static final ComparableAttribute<Shipment, BigDecimal> total =
        new ComparableAttribute<>("total") {
          @Override
          protected AttributeValue encode(BigDecimal value) {
            return AttributeCodecs.fromBigDecimal(value, "total");
          }
        };
    static final StringAttribute<Shipment, State> status =
        new StringAttribute<>("status") {
          @Override
          protected AttributeValue encode(State value) {
            return AttributeValue.fromS(value.name());
          }
        };
    static final StringAttribute<Shipment, String> note =
        new StringAttribute<>("note") {
          @Override
          protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
          }
        };
    static final BinaryAttribute<Shipment, byte[]> blob =
        new BinaryAttribute<>("blob") {
          @Override
          protected AttributeValue encode(byte[] value) {
            return AttributeCodecs.fromBytes(value);
          }
        };
    static final BooleanAttribute<Shipment> fragile = new BooleanAttribute<>("fragile");
    static final SetAttribute<Shipment, String> tags =
        new SetAttribute<>("tags") {
          @Override
          protected AttributeValue encode(String member) {
            return AttributeValue.fromS(member);
          }
        };
    static final MapAttribute<Shipment> attributes = new MapAttribute<>("attributes") {};
    static final ListAttribute<Shipment, String, LineAttrs> lines =
        new ListAttribute<>("lines") {
          @Override
          protected AttributeValue encode(String element) {
            return AttributeValue.fromS(element);
          }

          @Override
          protected LineAttrs element(AttributePath path) {
            return new LineAttrs(path);
          }
        };
    static final AddressAttrs shipTo = new AddressAttrs(AttributePath.of("shipTo"));
  }

  static final class LineAttrs extends MapAttribute<Shipment> {
    final StringAttribute<Shipment, String> sku;

    LineAttrs(AttributePath path) {
      super(path);
      sku =
          new StringAttribute<>(path.child("sku")) {
            @Override
            protected AttributeValue encode(String value) {
              return AttributeValue.fromS(value);
            }
          };
    }
  }

  static final class AddressAttrs extends MapAttribute<Shipment> {
    final StringAttribute<Shipment, String> city;

    AddressAttrs(AttributePath path) {
      super(path);
      city =
          new StringAttribute<>(path.child("city")) {
            @Override
            protected AttributeValue encode(String value) {
              return AttributeValue.fromS(value);
            }
          };
    }
  }

  private static AttributeValue s(String s) {
    return AttributeValue.fromS(s);
  }

  private static AttributeValue n(String n) {
    return AttributeValue.fromN(n);
  }

  private static Map<String, String> names(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Map<String, AttributeValue> values(AttributeValue... values) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(":a" + i, values[i]);
    }
    return m;
  }

  private static void check(
      Condition<Shipment> c,
      String text,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    Expression e = c.toExpression();
    assertEquals(text, e.text());
    assertEquals(names, e.names());
    assertEquals(values, e.values());
  }

  private static final BigDecimal TEN = new BigDecimal("10");

  @Test
  void comparisons() {
    var total = ShipmentAttrs.total;
    Map<String, String> t = names("#a0", "total");
    check(total.eq(TEN), "#a0 = :a0", t, values(n("10")));
    check(total.ne(TEN), "#a0 <> :a0", t, values(n("10")));
    check(total.lt(TEN), "#a0 < :a0", t, values(n("10")));
    check(total.le(TEN), "#a0 <= :a0", t, values(n("10")));
    check(total.gt(TEN), "#a0 > :a0", t, values(n("10")));
    check(total.ge(new BigDecimal("1.50")), "#a0 >= :a0", t, values(n("1.5")));
    check(
        total.between(BigDecimal.ONE, TEN),
        "#a0 BETWEEN :a0 AND :a1",
        t,
        values(n("1"), n("10")));
    check(
        ShipmentAttrs.status.in(State.OPEN, State.CLOSED),
        "#a0 IN (:a0, :a1)",
        names("#a0", "status"),
        values(s("OPEN"), s("CLOSED")));
    check(
        ShipmentAttrs.status.in(List.of(State.OPEN)),
        "#a0 IN (:a0)",
        names("#a0", "status"),
        values(s("OPEN")));
  }

  @Test
  void functions() {
    check(ShipmentAttrs.note.exists(), "attribute_exists(#a0)", names("#a0", "note"), values());
    check(
        ShipmentAttrs.note.notExists(), "attribute_not_exists(#a0)", names("#a0", "note"), values());
    check(
        ShipmentAttrs.note.attributeType(AttributeType.NULL),
        "attribute_type(#a0, :a0)",
        names("#a0", "note"),
        values(s("NULL")));
    check(
        ShipmentAttrs.note.beginsWith("gift"),
        "begins_with(#a0, :a0)",
        names("#a0", "note"),
        values(s("gift")));
    check(
        ShipmentAttrs.note.contains("door"),
        "contains(#a0, :a0)",
        names("#a0", "note"),
        values(s("door")));
    AttributeValue bytes = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}));
    check(
        ShipmentAttrs.blob.beginsWith(new byte[] {1, 2}),
        "begins_with(#a0, :a0)",
        names("#a0", "blob"),
        values(bytes));
    check(
        ShipmentAttrs.blob.contains(new byte[] {1, 2}),
        "contains(#a0, :a0)",
        names("#a0", "blob"),
        values(bytes));
    check(
        ShipmentAttrs.blob.lt(new byte[] {1, 2}), "#a0 < :a0", names("#a0", "blob"), values(bytes));
    check(
        ShipmentAttrs.tags.contains("red"),
        "contains(#a0, :a0)",
        names("#a0", "tags"),
        values(s("red")));
    check(
        ShipmentAttrs.lines.contains("A-1"),
        "contains(#a0, :a0)",
        names("#a0", "lines"),
        values(s("A-1")));
    check(
        ShipmentAttrs.fragile.eq(true),
        "#a0 = :a0",
        names("#a0", "fragile"),
        values(AttributeValue.fromBool(true)));
    check(
        ShipmentAttrs.fragile.ne(false),
        "#a0 <> :a0",
        names("#a0", "fragile"),
        values(AttributeValue.fromBool(false)));
    for (AttributeType type : AttributeType.values()) {
      assertEquals(
          s(type.name()),
          ShipmentAttrs.note.attributeType(type).toExpression().values().get(":a0"));
    }
    assertEquals(
        List.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M"),
        List.of(AttributeType.values()).stream().map(Enum::name).toList());
  }

  @Test
  void sizes() {
    Map<String, String> note = names("#a0", "note");
    check(ShipmentAttrs.note.size().eq(3), "size(#a0) = :a0", note, values(n("3")));
    check(ShipmentAttrs.note.size().ne(3), "size(#a0) <> :a0", note, values(n("3")));
    check(ShipmentAttrs.note.size().lt(3), "size(#a0) < :a0", note, values(n("3")));
    check(ShipmentAttrs.note.size().le(3), "size(#a0) <= :a0", note, values(n("3")));
    check(ShipmentAttrs.note.size().gt(3), "size(#a0) > :a0", note, values(n("3")));
    check(ShipmentAttrs.note.size().ge(3), "size(#a0) >= :a0", note, values(n("3")));
    check(
        ShipmentAttrs.note.size().between(1, 5),
        "size(#a0) BETWEEN :a0 AND :a1",
        note,
        values(n("1"), n("5")));
    check(ShipmentAttrs.blob.size().gt(0), "size(#a0) > :a0", names("#a0", "blob"), values(n("0")));
    check(ShipmentAttrs.tags.size().eq(2), "size(#a0) = :a0", names("#a0", "tags"), values(n("2")));
    check(
        ShipmentAttrs.lines.size().ge(1), "size(#a0) >= :a0", names("#a0", "lines"), values(n("1")));
    check(
        ShipmentAttrs.attributes.size().eq(0),
        "size(#a0) = :a0",
        names("#a0", "attributes"),
        values(n("0")));
    assertThrows(IllegalArgumentException.class, () -> ShipmentAttrs.note.size().between(5, 1));
    assertEquals("size(note)", ShipmentAttrs.note.size().toString());
  }

  @Test
  void nestedPathsAndListIndexes() {
    check(
        ShipmentAttrs.lines.at(0).sku.eq("A-1"),
        "#a0[0].#a1 = :a0",
        names("#a0", "lines", "#a1", "sku"),
        values(s("A-1")));
    check(
        ShipmentAttrs.shipTo.city.beginsWith("Ber"),
        "begins_with(#a0.#a1, :a0)",
        names("#a0", "shipTo", "#a1", "city"),
        values(s("Ber")));
    check(
        ShipmentAttrs.lines.at(12).exists(),
        "attribute_exists(#a0[12])",
        names("#a0", "lines"),
        values());
    check(
        ShipmentAttrs.lines.at(1).size().gt(2),
        "size(#a0[1]) > :a0",
        names("#a0", "lines"),
        values(n("2")));
    AttributePath path = AttributePath.of("a").index(1).index(2).child("b.c");
    ExpressionContext context = new ExpressionContext();
    assertEquals("#a0[1][2].#a1", path.render(context));
    assertEquals(names("#a0", "a", "#a1", "b.c"), context.names());
    assertEquals("a[1][2].b.c", path.toString());
    assertEquals("a", path.attributeName());
    assertEquals(AttributePath.of("x").child("y"), AttributePath.of("x").child("y"));
    assertEquals("lines[0].sku", ShipmentAttrs.lines.at(0).sku.toString());
    assertThrows(IllegalArgumentException.class, () -> ShipmentAttrs.lines.at(-1));
    assertThrows(IllegalArgumentException.class, () -> AttributePath.of(""));
  }

  @Test
  void namesAreSharedValuesAreNot() {
    // The same name twice gets one placeholder: sku under lines[0] and lines[1].
    check(
        ShipmentAttrs.lines
            .at(0)
            .sku
            .eq("A")
            .or(ShipmentAttrs.lines.at(1).sku.eq("A"))
            .and(ShipmentAttrs.total.gt(TEN)),
        "(#a0[0].#a1 = :a0 OR #a0[1].#a1 = :a1) AND #a2 > :a2",
        names("#a0", "lines", "#a1", "sku", "#a2", "total"),
        values(s("A"), s("A"), n("10")));
  }

  @Test
  void junctionsAndNegation() {
    Condition<Shipment> a = ShipmentAttrs.total.gt(TEN);
    Condition<Shipment> b = ShipmentAttrs.status.eq(State.OPEN);
    Condition<Shipment> c = ShipmentAttrs.note.exists();
    Map<String, String> abc = names("#a0", "total", "#a1", "status", "#a2", "note");
    check(
        a.and(b).and(c),
        "#a0 > :a0 AND #a1 = :a1 AND attribute_exists(#a2)",
        abc,
        values(n("10"), s("OPEN")));
    check(
        a.or(b).or(c),
        "#a0 > :a0 OR #a1 = :a1 OR attribute_exists(#a2)",
        abc,
        values(n("10"), s("OPEN")));
    check(
        a.and(b.or(c)),
        "#a0 > :a0 AND (#a1 = :a1 OR attribute_exists(#a2))",
        abc,
        values(n("10"), s("OPEN")));
    check(
        a.and(b).or(c),
        "(#a0 > :a0 AND #a1 = :a1) OR attribute_exists(#a2)",
        abc,
        values(n("10"), s("OPEN")));
    check(a.not(), "NOT (#a0 > :a0)", names("#a0", "total"), values(n("10")));
    check(
        a.and(b).not(),
        "NOT (#a0 > :a0 AND #a1 = :a1)",
        names("#a0", "total", "#a1", "status"),
        values(n("10"), s("OPEN")));
    assertSame(a, a.not().not());
    assertEquals(
        "total > 10 AND (status = \"OPEN\" OR NOT (attribute_exists(note)))",
        a.and(b.or(c.not())).toString());
    assertEquals(
        "lines[0].sku IN (\"A\", \"B\")", ShipmentAttrs.lines.at(0).sku.in("A", "B").toString());
  }

  @Test
  void contextContinuesAcrossExpressions() {
    ExpressionContext context = new ExpressionContext();
    assertEquals("#a0 > :a0", ShipmentAttrs.total.gt(TEN).render(context));
    assertEquals("#a0 < :a1 AND #a1 = :a2", ShipmentAttrs.total.lt(TEN)
        .and(ShipmentAttrs.fragile.eq(true)).render(context));
    assertEquals(names("#a0", "total", "#a1", "fragile"), context.names());
    assertEquals(3, context.values().size());
  }

  @Test
  void nullValuesAreClearErrors() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.eq(null));
    assertTrue(e.getMessage().contains("total.eq(null)"), e.getMessage());
    assertTrue(e.getMessage().contains("notExists()"), e.getMessage());
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.ne(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.lt(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.between(null, TEN));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.between(TEN, null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.in(TEN, null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.note.beginsWith(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.note.contains(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.tags.contains(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.lines.contains(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.fragile.eq(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.note.attributeType(null));
    assertThrows(NullPointerException.class, () -> ShipmentAttrs.total.gt(TEN).and(null));
  }

  @Test
  void inTakesOneToAHundredValues() {
    List<BigDecimal> hundred = new ArrayList<>();
    IntStream.range(0, 100).forEach(i -> hundred.add(BigDecimal.valueOf(i)));
    Expression e = ShipmentAttrs.total.in(hundred).toExpression();
    assertEquals(100, e.values().size());
    assertTrue(e.text().endsWith(":a98, :a99)"), e.text());
    hundred.add(BigDecimal.TEN);
    IllegalArgumentException tooMany =
        assertThrows(IllegalArgumentException.class, () -> ShipmentAttrs.total.in(hundred));
    assertTrue(tooMany.getMessage().contains("at most 100"), tooMany.getMessage());
    assertTrue(tooMany.getMessage().contains("101"), tooMany.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ShipmentAttrs.total.in(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> ShipmentAttrs.total.in());
  }

  @Test
  void encoderReturningNullIsAClearError() {
    StringAttribute<Shipment, String> broken =
        new StringAttribute<>("broken") {
          @Override
          protected AttributeValue encode(String value) {
            return null;
          }
        };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.eq("x"));
    assertTrue(e.getMessage().contains("broken.eq"), e.getMessage());
  }
}
