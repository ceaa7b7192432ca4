package io.dynamap.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.expr.ConditionTest.Shipment;
import io.dynamap.runtime.schema.IndexKeyUpdate;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Updates of an entity with composed keys: the index keys follow the fields they are composed
 * from, and fields of the primary key and the type attribute cannot be updated.
 */
class ComposedKeyUpdateTest {
  /** Keys {@code SHIPMENT#{id}}; index gsi1 {@code CARRIER#{carrier}} / {@code {day}}. */
  private static final ItemSchema<Shipment> SCHEMA =
      new ItemSchema<>() {
        @Override
        public String entityName() {
          return "Shipment";
        }

        @Override
        public String tableName() {
          return "Shop";
        }

        @Override
        public KeyDefinition key() {
          return KeyDefinition.of("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
        }

        @Override
        public Optional<String> typeAttribute() {
          return Optional.of("_type");
        }

        @Override
        public Set<String> primaryKeyFields() {
          return Set.of("id");
        }

        @Override
        public void composeIndexKeys(IndexKeyUpdate update) {
          if (update.affects("carrier", "day")) {
            if (update.removesAny("carrier", "day")) {
              update.remove("gsi1pk", "gsi1sk");
            } else {
              update.require("gsi1", "CARRIER#{carrier} / {day}", "carrier", "day");
              update.set(
                  "gsi1pk", "CARRIER#" + update.value("carrier").s(),
                  "gsi1sk", update.value("day").s());
            }
          }
        }

        @Override
        public Map<String, AttributeValue> toItem(Shipment entity) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Shipment fromItem(Map<String, AttributeValue> item) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, AttributeValue> keyOf(Shipment entity) {
          throw new UnsupportedOperationException();
        }
      };

  private static StringAttribute<Shipment, String> text(String name) {
    return new StringAttribute<>(name) {
      @Override
      protected AttributeValue encode(String value) {
        return AttributeValue.fromS(value);
      }
    };
  }

  private static final StringAttribute<Shipment, String> id = text("id");
  private static final StringAttribute<Shipment, String> carrier = text("carrier");
  private static final StringAttribute<Shipment, String> day = text("day");
  private static final StringAttribute<Shipment, String> note = text("note");
  private static final StringAttribute<Shipment, String> type = text("_type");

  private static Update<Shipment> update(Map<String, AttributeValue> keyFields) {
    return Update.of(
        Map.of("pk", AttributeValue.fromS("SHIPMENT#s-1"), "sk", AttributeValue.fromS("SHIPMENT")),
        "pk",
        (update, returnValue) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty()),
        SCHEMA,
        keyFields);
  }

  @Test
  void settingEveryFieldOfAnIndexSetsItsComposedKeys() {
    UpdateExpression expression =
        update(Map.of()).set(carrier, "ups").set(day, "2026-05-01").set(note, "fragile").toExpression();
    assertEquals("SET #a0 = :a0, #a1 = :a1, #a2 = :a2, #a3 = :a3, #a4 = :a4", expression.update());
    assertEquals(List.of("carrier", "day", "note", "gsi1pk", "gsi1sk"), List.copyOf(expression.names().values()));
    assertEquals(AttributeValue.fromS("CARRIER#ups"), expression.values().get(":a3"));
    assertEquals(AttributeValue.fromS("2026-05-01"), expression.values().get(":a4"));
  }

  @Test
  void anUpdateOfNoIndexFieldLeavesTheIndexKeysAlone() {
    assertEquals("SET #a0 = :a0", update(Map.of()).set(note, "fragile").toExpression().update());
  }

  @Test
  void anIndexFieldNotInTheUpdateIsRefusedNamingIt() {
    Update<Shipment> partial = update(Map.of()).set(carrier, "ups");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, partial::toExpression);
    assertEquals(
        "the update of Shipment changes carrier, composed into the keys of index gsi1"
            + " (CARRIER#{carrier} / {day}), which it must then recompute; set day in the same"
            + " update (to their current values if they do not change), or write the whole item"
            + " with put",
        e.getMessage());
    // Known from the entity's key fields instead.
    assertEquals(
        "SET #a0 = :a0, #a1 = :a1, #a2 = :a2",
        update(Map.of("day", AttributeValue.fromS("2026-05-01"))).set(carrier, "ups").toExpression().update());
  }

  @Test
  void removingAnIndexFieldRemovesTheIndexKeys() {
    UpdateExpression expression = update(Map.of()).remove(day).toExpression();
    assertEquals("REMOVE #a0, #a1, #a2", expression.update());
    assertEquals(List.of("day", "gsi1pk", "gsi1sk"), List.copyOf(expression.names().values()));
  }

  @Test
  void fieldsOfThePrimaryKeyAndTheTypeAttributeCannotBeUpdated() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> update(Map.of()).set(id, "s-2"));
    assertTrue(e.getMessage().startsWith("id is composed into the primary key of Shipment"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> update(Map.of()).remove(id));
    assertThrows(IllegalArgumentException.class, () -> update(Map.of()).set(type, "OTHER"));
  }
}
