package io.dynamap.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.expr.ConditionTest.Shipment;
import io.dynamap.runtime.schema.GeneratedValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The actions an update adds for the entity's generated values, and when it leaves them out. */
class GeneratedValueUpdateTest {
  private static final List<GeneratedValue> GENERATED =
      List.of(
          GeneratedValue.uuid("id"), // the key: never updated
          GeneratedValue.uuid("trace"),
          GeneratedValue.createdAt("createdAt", GeneratedValue.TimeType.INSTANT),
          GeneratedValue.writtenAt("updatedAt", GeneratedValue.TimeType.INSTANT),
          GeneratedValue.counter("visits", 0, 1));

  private static Update<Shipment> update() {
    return Update.<Shipment>of(
            Map.of("id", AttributeValue.fromS("s-1")), "id", (u, r) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty()))
        .withGeneratedValues(GENERATED);
  }

  @Test
  void anUpdateWithoutActionsStillStampsAndCounts() {
    UpdateExpression e = update().toExpression();
    assertEquals(
        "SET #a0 = if_not_exists(#a0, :a0), #a1 = if_not_exists(#a1, :a1), #a2 = :a2,"
            + " #a3 = if_not_exists(#a3, :a3) + :a4",
        e.update());
    assertEquals(Map.of("#a0", "trace", "#a1", "createdAt", "#a2", "updatedAt", "#a3", "visits"), e.names());
    assertEquals(e.values().get(":a1"), e.values().get(":a2"), "one time for the whole update");
    assertEquals(AttributeValue.fromN("-1"), e.values().get(":a3"));
    assertEquals(AttributeValue.fromN("1"), e.values().get(":a4"));
  }

  @Test
  void theCallersActionsComeFirstAndWinOverTheGeneratedOnes() {
    UpdateExpression e =
        update()
            .increment(UpdateTest.visits, 5)
            .remove(new Attribute<Shipment>("trace") {})
            .toExpression();
    assertEquals(
        "SET #a0 = if_not_exists(#a0, :a0) + :a1, #a1 = if_not_exists(#a1, :a2), #a2 = :a3"
            + " REMOVE #a3",
        e.update());
    assertEquals("visits", e.names().get("#a0"));
    assertEquals(AttributeValue.fromN("5"), e.values().get(":a1"));
    assertEquals("createdAt", e.names().get("#a1"));
    assertEquals("updatedAt", e.names().get("#a2"));
    assertEquals("trace", e.names().get("#a3"));
  }

  @Test
  void withoutGeneratedValuesAnUpdateIsAsWritten() {
    Update<Shipment> plain =
        Update.of(Map.of("id", AttributeValue.fromS("s-1")), "id", (u, r) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(null, plain.toExpression().update());
    assertTrue(plain.withGeneratedValues(List.of()).toExpression().names().isEmpty());
  }
}
