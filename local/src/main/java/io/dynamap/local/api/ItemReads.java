package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.Value;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Helpers for conditions and projections shared by the item, query and scan operations. */
final class ItemReads {
  private ItemReads() {}

  /**
   * Fails a write whose condition does not hold on the current item, putting the item in the error
   * when {@code ReturnValuesOnConditionCheckFailure} is ALL_OLD.
   */
  static void checkCondition(Condition condition, Map<String, Value> current,
      ObjectNode request) {
    if (condition == null) {
      return;
    }
    if (!condition.test(current == null ? Map.of() : current)) {
      boolean returnItem = "ALL_OLD".equals(
          Requests.text(request, "ReturnValuesOnConditionCheckFailure"));
      throw DynamoException.conditionalCheckFailed(
          returnItem && current != null ? Requests.itemJson(current) : null);
    }
  }

  /**
   * {@code AttributesToGet}: refuses duplicates, as DynamoDB does, and returns the projection of
   * those top-level attributes; null where absent.
   */
  static Projection attributesToGet(ObjectNode request) {
    JsonNode names = request.get("AttributesToGet");
    if (names == null) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    Set<String> attributes = new LinkedHashSet<>();
    for (JsonNode name : names) {
      if (!seen.add(name.asText())) {
        throw DynamoException.validation("One or more parameter values were invalid: Duplicate"
            + " value in attribute name: " + name.asText());
      }
      attributes.add(name.asText());
    }
    return topLevel(attributes);
  }

  /** A projection of top-level attributes. */
  static Projection topLevel(Set<String> attributes) {
    Set<String> names = Set.copyOf(attributes);
    return new Projection() {
      @Override
      public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Value> projected = new LinkedHashMap<>();
        for (Map.Entry<String, Value> attribute : item.entrySet()) {
          if (names.contains(attribute.getKey())) {
            projected.put(attribute.getKey(), attribute.getValue());
          }
        }
        return projected;
      }

      @Override
      public Set<String> topLevelAttributes() {
        return names;
      }
    };
  }

  /** The top-level attributes of {@code item} among {@code names}. */
  static Map<String, Value> only(Map<String, Value> item, Set<String> names) {
    Map<String, Value> result = new LinkedHashMap<>();
    for (Map.Entry<String, Value> attribute : item.entrySet()) {
      if (names.contains(attribute.getKey())) {
        result.put(attribute.getKey(), attribute.getValue());
      }
    }
    return result;
  }
}
