package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.Update;
import io.dynamap.local.value.Numbers;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The legacy {@code AttributeUpdates} of UpdateItem (PUT, ADD, DELETE) as an {@link Update}. */
final class LegacyUpdates {
  private LegacyUpdates() {}

  private record Action(String attribute, String action, Value value) {}

  /** The updates, validated as DynamoDB validates them; null where absent. */
  static Update attributeUpdates(ObjectNode request) {
    JsonNode node = request.get("AttributeUpdates");
    if (node == null) {
      return null;
    }
    List<Action> actions = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode update = field.getValue();
      Value value = update.has("Value") ? ValueJson.read(update.get("Value")) : null;
      String action = update.has("Action") ? update.get("Action").asText() : "PUT";
      if (value == null && !action.equals("DELETE")) {
        throw DynamoException.validation("One or more parameter values were invalid: Only DELETE"
            + " action is allowed when no attribute value is specified");
      }
      if (value != null && action.equals("DELETE") && !isSet(value)) {
        throw DynamoException.validation("One or more parameter values were invalid: DELETE action"
            + " with value is not supported for the type " + value.type());
      }
      if (value != null && action.equals("ADD") && !isSet(value)
          && value.type() != Value.Type.N && value.type() != Value.Type.L) {
        throw DynamoException.validation("One or more parameter values were invalid: ADD action is"
            + " not supported for the type " + value.type());
      }
      actions.add(new Action(field.getKey(), action, value));
    }
    Set<String> attributes = new LinkedHashSet<>();
    actions.forEach(action -> attributes.add(action.attribute()));
    // The Value's type whatever the action, as DynamoDB checks index key types against it.
    Map<String, Value.Type> types = new LinkedHashMap<>();
    actions.stream().filter(action -> action.value() != null)
        .forEach(action -> types.put(action.attribute(), action.value().type()));
    return new Update() {
      @Override
      public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Value> updated = new LinkedHashMap<>(item);
        for (Action action : actions) {
          applyOne(updated, action);
        }
        return updated;
      }

      @Override
      public Set<String> topLevelAttributes() {
        return attributes;
      }

      @Override
      public Map<String, Value.Type> topLevelTypes() {
        return types;
      }
    };
  }

  private static boolean isSet(Value value) {
    return value.type() == Value.Type.SS || value.type() == Value.Type.NS
        || value.type() == Value.Type.BS;
  }

  private static void applyOne(Map<String, Value> item, Action action) {
    Value existing = item.get(action.attribute());
    Value value = action.value();
    switch (action.action()) {
      case "ADD":
        if (existing != null && existing.type() != value.type()) {
          throw DynamoException.validation("Type mismatch for attribute to update");
        }
        item.put(action.attribute(), existing == null ? value : add(existing, value));
        break;
      case "DELETE":
        if (value == null) {
          item.remove(action.attribute());
          break;
        }
        if (existing == null) {
          break;
        }
        if (existing.type() != value.type()) {
          throw DynamoException.validation("Type mismatch for attribute to update");
        }
        Value remaining = subtract(existing, value);
        if (remaining == null) {
          item.remove(action.attribute());
        } else {
          item.put(action.attribute(), remaining);
        }
        break;
      default: // PUT
        item.put(action.attribute(), value);
    }
  }

  private static Value add(Value existing, Value value) {
    switch (value.type()) {
      case N:
        return new Value.N(Numbers.check(
            ((Value.N) existing).value().add(((Value.N) value).value())));
      case L: {
        List<Value> joined = new ArrayList<>(((Value.L) existing).values());
        joined.addAll(((Value.L) value).values());
        return new Value.L(joined);
      }
      case SS: {
        Set<String> union = new LinkedHashSet<>(((Value.SS) existing).values());
        union.addAll(((Value.SS) value).values());
        return new Value.SS(union);
      }
      case NS: {
        Set<java.math.BigDecimal> union = new LinkedHashSet<>(((Value.NS) existing).values());
        union.addAll(((Value.NS) value).values());
        return new Value.NS(union);
      }
      case BS: {
        Set<io.dynamap.local.value.Bytes> union =
            new LinkedHashSet<>(((Value.BS) existing).values());
        union.addAll(((Value.BS) value).values());
        return new Value.BS(union);
      }
      default:
        throw new IllegalStateException("ADD of " + value.type());
    }
  }

  /** The set without the value's members, or null when nothing is left. */
  private static Value subtract(Value existing, Value value) {
    switch (value.type()) {
      case SS: {
        Set<String> rest = new LinkedHashSet<>(((Value.SS) existing).values());
        rest.removeAll(((Value.SS) value).values());
        return rest.isEmpty() ? null : new Value.SS(rest);
      }
      case NS: {
        Set<java.math.BigDecimal> rest = new LinkedHashSet<>(((Value.NS) existing).values());
        rest.removeAll(((Value.NS) value).values());
        return rest.isEmpty() ? null : new Value.NS(rest);
      }
      case BS: {
        Set<io.dynamap.local.value.Bytes> rest =
            new LinkedHashSet<>(((Value.BS) existing).values());
        rest.removeAll(((Value.BS) value).values());
        return rest.isEmpty() ? null : new Value.BS(rest);
      }
      default:
        throw new IllegalStateException("DELETE of " + value.type());
    }
  }
}
