package io.dynamap.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.expr.ConditionTest.Shipment;
import io.dynamap.runtime.expr.ConditionTest.ShipmentAttrs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Every update operation rendered to its exact expression text and placeholders. */
class UpdateTest {
  static final ComparableAttribute<Shipment, Long> visits =
      new ComparableAttribute<>("visits") {
        @Override
        protected AttributeValue encode(Long value) {
          return AttributeValue.fromN(String.valueOf(value));
        }
      };
  /** A number stored as a string, as a converter might. */
  static final StringAttribute<Shipment, Long> code =
      new StringAttribute<>("code") {
        @Override
        protected AttributeValue encode(Long value) {
          return AttributeValue.fromS(String.valueOf(value));
        }
      };
  static final SetAttribute<Shipment, Integer> sizes =
      new SetAttribute<>("sizes") {
        @Override
        protected AttributeValue encode(Integer member) {
          return AttributeValue.fromN(String.valueOf(member));
        }
      };
  static final StringAttribute<Shipment, String> id =
      new StringAttribute<>("id") {
        @Override
        protected AttributeValue encode(String value) {
          return AttributeValue.fromS(value);
        }
      };

  private final List<ReturnValue> sent = new ArrayList<>();

  private Update<Shipment> update() {
    return Update.of(
        Map.of("id", AttributeValue.fromS("s-1")),
        "id",
        (update, returnValue) -> {
          sent.add(returnValue);
          return new CallResult<>(
              returnValue == ReturnValue.NONE ? Optional.empty() : Optional.of(new Shipment()),
              Optional.empty(),
              Optional.of("R-" + sent.size()));
        });
  }

  private static AttributeValue s(String s) {
    return AttributeValue.fromS(s);
  }

  private static AttributeValue n(String n) {
    return AttributeValue.fromN(n);
  }

  private static Map<String, String> names(String... names) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put("#a" + i, names[i]);
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
      Update<Shipment> u,
      String text,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    UpdateExpression e = u.toExpression();
    assertEquals(text, e.update());
    assertEquals(condition, e.condition());
    assertEquals(names, e.names());
    assertEquals(List.copyOf(names.entrySet()), List.copyOf(e.names().entrySet()), "name order");
    assertEquals(values, e.values());
    assertEquals(List.copyOf(values.keySet()), List.copyOf(e.values().keySet()), "value order");
  }

  @Test
  void setsScalars() {
    check(
        update().set(ShipmentAttrs.total, new BigDecimal("12.50")).set(ShipmentAttrs.fragile, true),
        "SET #a0 = :a0, #a1 = :a1",
        null,
        names("total", "fragile"),
        values(n("12.5"), AttributeValue.fromBool(true)));
  }

  @Test
  void setsNestedAttributesOfDocuments() {
    check(
        update().set(ShipmentAttrs.shipTo.city, "Lyon").set(ShipmentAttrs.lines.at(2).sku, "A-1"),
        "SET #a0.#a1 = :a0, #a2[2].#a3 = :a1",
        null,
        names("shipTo", "city", "lines", "sku"),
        values(s("Lyon"), s("A-1")));
  }

  @Test
  void setsWholeSetsAndLists() {
    check(
        update()
            .set(ShipmentAttrs.tags, new LinkedHashSet<>(List.of("a", "b")))
            .set(sizes, new LinkedHashSet<>(List.of(1, 2)))
            .set(ShipmentAttrs.lines, List.of("x")),
        "SET #a0 = :a0, #a1 = :a1, #a2 = :a2",
        null,
        names("tags", "sizes", "lines"),
        values(
            AttributeValue.fromSs(List.of("a", "b")),
            AttributeValue.fromNs(List.of("1", "2")),
            AttributeValue.fromL(List.of(s("x")))));
  }

  @Test
  void anEmptySetIsRemoved() {
    check(update().set(ShipmentAttrs.tags, Set.of()), "REMOVE #a0", null, names("tags"), values());
  }

  @Test
  void setIfNotExists() {
    check(
        update()
            .setIfNotExists(ShipmentAttrs.note, "first")
            .setIfNotExists(ShipmentAttrs.tags, Set.of("t"))
            .setIfNotExists(ShipmentAttrs.lines, List.of()),
        "SET #a0 = if_not_exists(#a0, :a0), #a1 = if_not_exists(#a1, :a1),"
            + " #a2 = if_not_exists(#a2, :a2)",
        null,
        names("note", "tags", "lines"),
        values(s("first"), AttributeValue.fromSs(List.of("t")), AttributeValue.fromL(List.of())));
    assertThrows(
        IllegalArgumentException.class, () -> update().setIfNotExists(ShipmentAttrs.tags, Set.of()));
  }

  @Test
  void incrementStartsFromZero() {
    check(
        update().increment(visits, 1).increment(ShipmentAttrs.total, new BigDecimal("-2.5")),
        "SET #a0 = if_not_exists(#a0, :a0) + :a1, #a1 = if_not_exists(#a1, :a2) + :a3",
        null,
        names("visits", "total"),
        values(n("0"), n("1"), n("0"), n("-2.5")));
    check(update().increment(visits, 0.25), "SET #a0 = if_not_exists(#a0, :a0) + :a1", null,
        names("visits"), values(n("0"), n("0.25")));
    check(update().increment(visits, 1.5f), "SET #a0 = if_not_exists(#a0, :a0) + :a1", null,
        names("visits"), values(n("0"), n("1.5")));
    // The shortest-nearest digits, as stored (Java 17's Double.toString ends in 6 and 3).
    check(update().increment(visits, Double.longBitsToDouble(0xc537a3c95a8d825aL)),
        "SET #a0 = if_not_exists(#a0, :a0) + :a1", null,
        names("visits"), values(n("0"), n("-2.8578753908417797E+25")));
    check(update().increment(visits, Float.intBitsToFloat(0x6a000006)),
        "SET #a0 = if_not_exists(#a0, :a0) + :a1", null,
        names("visits"), values(n("0"), n("3.8685654E+25")));
  }

  @Test
  void incrementRejectsWhatDynamoDbCannotAdd() {
    assertThrows(IllegalArgumentException.class, () -> update().increment(visits, Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> update().increment(visits, new BigDecimal("1E+200")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> update().increment(code, 1));
    assertTrue(e.getMessage().contains("code is stored as a string"), e.getMessage());
  }

  @Test
  void appendAndPrependCreateTheListIfMissing() {
    check(
        update().append(ShipmentAttrs.lines, "x", "y"),
        "SET #a0 = list_append(if_not_exists(#a0, :a0), :a1)",
        null,
        names("lines"),
        values(AttributeValue.fromL(List.of()), AttributeValue.fromL(List.of(s("x"), s("y")))));
    check(
        update().prepend(ShipmentAttrs.lines, List.of("x")),
        "SET #a0 = list_append(:a0, if_not_exists(#a0, :a1))",
        null,
        names("lines"),
        values(AttributeValue.fromL(List.of(s("x"))), AttributeValue.fromL(List.of())));
  }

  @Test
  void removeAddAndDeleteInTheirClauses() {
    check(
        update()
            .delete(ShipmentAttrs.tags, Set.of("old"))
            .remove(ShipmentAttrs.note)
            .add(sizes, Set.of(7))
            .set(ShipmentAttrs.status, ConditionTest.State.OPEN)
            .remove(ShipmentAttrs.lines.at(0)),
        "SET #a0 = :a0 REMOVE #a1, #a2[0] ADD #a3 :a1 DELETE #a4 :a2",
        null,
        names("status", "note", "lines", "sizes", "tags"),
        values(s("OPEN"), AttributeValue.fromNs(List.of("7")), AttributeValue.fromSs(List.of("old"))));
  }

  @Test
  void emptyAdditionsAreNoActions() {
    Update<Shipment> u = update().set(visits, 1L);
    assertSame(u, u.add(ShipmentAttrs.tags, Set.of()));
    assertSame(u, u.delete(ShipmentAttrs.tags, Set.of()));
    assertSame(u, u.append(ShipmentAttrs.lines));
    assertSame(u, u.prepend(ShipmentAttrs.lines, List.of()));
    // No actions left: the update writes just the key (UpdateItem without an UpdateExpression).
    UpdateExpression keyOnly = update().add(sizes, Set.of()).toExpression();
    assertNull(keyOnly.update());
    assertTrue(keyOnly.names().isEmpty() && keyOnly.values().isEmpty());
  }

  @Test
  void conditionSharesThePlaceholders() {
    check(
        update()
            .set(ShipmentAttrs.status, ConditionTest.State.CLOSED)
            .remove(ShipmentAttrs.note)
            .when(ShipmentAttrs.status.eq(ConditionTest.State.OPEN))
            .when(ShipmentAttrs.note.exists()),
        "SET #a0 = :a0 REMOVE #a1",
        "#a0 = :a1 AND attribute_exists(#a1)",
        names("status", "note"),
        values(s("CLOSED"), s("OPEN")));
  }

  @Test
  void whenExistsTestsThePartitionKey() {
    check(
        update().remove(ShipmentAttrs.note).whenExists(),
        "REMOVE #a0",
        "attribute_exists(#a1)",
        names("note", "id"),
        values());
  }

  @Test
  void readableToString() {
    assertEquals(
        "SET total = if_not_exists(total, 0) + 2, note = \"n\" REMOVE tags IF attribute_exists(id)",
        update()
            .increment(ShipmentAttrs.total, 2)
            .set(ShipmentAttrs.note, "n")
            .remove(ShipmentAttrs.tags)
            .whenExists()
            .toString());
    assertEquals("(no actions)", update().toString());
  }

  @Test
  void updatesAreImmutable() {
    Update<Shipment> base = update().set(visits, 1L);
    Update<Shipment> more = base.remove(ShipmentAttrs.note);
    Update<Shipment> conditional = base.when(ShipmentAttrs.note.exists());
    assertEquals("SET #a0 = :a0", base.toExpression().update());
    assertNull(base.toExpression().condition());
    assertEquals("SET #a0 = :a0 REMOVE #a1", more.toExpression().update());
    assertEquals(Optional.empty(), more.condition());
    assertTrue(conditional.condition().isPresent());
    assertEquals(Map.of("id", s("s-1")), base.key());
  }

  @Test
  void rejectsKeysRepeatedPathsAndNulls() {
    IllegalArgumentException key =
        assertThrows(IllegalArgumentException.class, () -> update().set(id, "other"));
    assertTrue(key.getMessage().contains("part of the primary key"), key.getMessage());
    assertThrows(IllegalArgumentException.class, () -> update().remove(id));
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> update().set(ShipmentAttrs.note, "a").remove(ShipmentAttrs.note));
    assertTrue(twice.getMessage().contains("note is updated twice"), twice.getMessage());
    NullPointerException nul =
        assertThrows(NullPointerException.class, () -> update().set(ShipmentAttrs.note, null));
    assertTrue(nul.getMessage().contains("remove(note)"), nul.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> update().add(ShipmentAttrs.tags, new LinkedHashSet<>(java.util.Arrays.asList("a", null))));
    assertThrows(NullPointerException.class, () -> update().append(ShipmentAttrs.lines, (String) null));
    assertThrows(NullPointerException.class, () -> update().when(null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Update.of(
                Map.of("x", s("1")),
                "id",
                (u, r) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty())));
  }

  @Test
  void executeChoosesTheReturnValues() {
    Update<Shipment> u = update().set(visits, 3L);
    assertEquals(new Shipment(), u.execute());
    assertEquals(Optional.of(new Shipment()), u.executeReturningOld());
    u.executeWithoutResult();
    assertEquals(List.of(ReturnValue.ALL_NEW, ReturnValue.ALL_OLD, ReturnValue.NONE), sent);
  }

  @Test
  void detailedTerminalsReturnTheExecutorsAnswerWithTheValueOfThePlainOnes() {
    Update<Shipment> u = update().set(visits, 3L);
    CallResult<Shipment> updated = u.executeDetailed();
    assertEquals(new Shipment(), updated.value());
    assertEquals(Optional.of("R-1"), updated.requestId());
    CallResult<Optional<Shipment>> old = u.executeReturningOldDetailed();
    assertEquals(Optional.of(new Shipment()), old.value());
    assertEquals(Optional.of("R-2"), old.requestId());
    CallResult<Void> none = u.executeWithoutResultDetailed();
    assertNull(none.value());
    assertEquals(Optional.of("R-3"), none.requestId());
    assertEquals(List.of(ReturnValue.ALL_NEW, ReturnValue.ALL_OLD, ReturnValue.NONE), sent);
  }

  @Test
  void anAllNewUpdateAnsweredWithoutAnItemIsAnError() {
    Update<Shipment> u =
        Update.of(
            Map.of("id", s("s-1")),
            "id",
            (update, returnValue) ->
                new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(IllegalStateException.class, u::execute);
    assertThrows(IllegalStateException.class, u::executeDetailed);
  }
}
