package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.value.Bytes;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import io.dynamap.local.value.ValueOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy conditional parameters ({@code Expected}, {@code QueryFilter}, {@code ScanFilter},
 * with {@code ConditionalOperator}) as conditions, validated as DynamoDB validates them.
 */
final class LegacyConditions {
  private LegacyConditions() {}

  /** One attribute's condition: an operator and its operands. */
  record AttributeCondition(String attribute, String operator, List<Value> operands) {}

  /** {@code Expected} as a condition, or null where absent. */
  static Condition expected(ObjectNode request) {
    JsonNode expected = request.get("Expected");
    if (expected == null) {
      return null;
    }
    List<AttributeCondition> conditions = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      conditions.add(expectedCondition(field.getKey(), field.getValue()));
    }
    return combine(conditions, Requests.text(request, "ConditionalOperator"));
  }

  private static AttributeCondition expectedCondition(String attribute, JsonNode condition) {
    boolean hasList = condition.has("AttributeValueList");
    boolean hasValue = condition.has("Value");
    String operator = condition.has("ComparisonOperator")
        ? condition.get("ComparisonOperator").asText() : null;
    if (hasList && hasValue) {
      throw invalid("Value and AttributeValueList cannot be used together for Attribute: "
          + attribute);
    }
    if (operator != null) {
      if (condition.has("Exists")) {
        throw invalid("Exists and ComparisonOperator cannot be used together for Attribute: "
            + attribute);
      }
      if (!operator.equals("NULL") && !operator.equals("NOT_NULL") && !hasList && !hasValue) {
        throw invalid("Value or AttributeValueList must be used with ComparisonOperator: "
            + operator + " for Attribute: " + attribute);
      }
      List<Value> operands = new ArrayList<>();
      if (hasList) {
        for (JsonNode value : condition.get("AttributeValueList")) {
          operands.add(ValueJson.read(value));
        }
      } else if (hasValue) {
        operands.add(ValueJson.read(condition.get("Value")));
      }
      checkArity(operator, operands.size());
      checkSameTypes(operator, operands);
      return new AttributeCondition(attribute, operator, operands);
    }
    if (hasList) {
      throw invalid("AttributeValueList can only be used with a ComparisonOperator for Attribute: "
          + attribute);
    }
    JsonNode existsNode = condition.get("Exists");
    boolean exists = existsNode == null || existsNode.asBoolean();
    if (exists && !hasValue) {
      throw invalid("Value must be provided when Exists is "
          + (existsNode == null ? "null" : String.valueOf(existsNode.asBoolean()))
          + " for Attribute: " + attribute);
    }
    if (!exists && hasValue) {
      throw invalid("Value cannot be used when Exists is false for Attribute: " + attribute);
    }
    if (!exists) {
      return new AttributeCondition(attribute, "NULL", List.of());
    }
    return new AttributeCondition(attribute, "EQ", List.of(ValueJson.read(condition.get("Value"))));
  }

  /** {@code QueryFilter} or {@code ScanFilter} as a condition, or null where absent. */
  static Condition filter(ObjectNode request, String member) {
    Map<String, AttributeCondition> conditions = conditionMap(request, member);
    if (conditions == null) {
      return null;
    }
    return combine(new ArrayList<>(conditions.values()),
        Requests.text(request, "ConditionalOperator"));
  }

  /**
   * A map of {@code Condition}s (KeyConditions, QueryFilter, ScanFilter), validated: operand
   * count, operand types allowed for the operator, one type, BETWEEN bounds in order.
   */
  static Map<String, AttributeCondition> conditionMap(ObjectNode request, String member) {
    JsonNode node = request.get(member);
    if (node == null) {
      return null;
    }
    Map<String, AttributeCondition> conditions = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String operator = field.getValue().get("ComparisonOperator").asText();
      List<Value> operands = new ArrayList<>();
      JsonNode list = field.getValue().get("AttributeValueList");
      if (list != null) {
        for (JsonNode value : list) {
          operands.add(ValueJson.read(value));
        }
      }
      checkArity(operator, operands.size());
      checkSameTypes(operator, operands);
      for (Value operand : operands) {
        if (!operandTypeAllowed(operator, operand.type())) {
          throw invalid("ComparisonOperator " + operator + " is not valid for " + operand.type()
              + " AttributeValue type");
        }
      }
      checkBetweenOrder(operator, operands);
      conditions.put(field.getKey(), new AttributeCondition(field.getKey(), operator, operands));
    }
    return conditions;
  }

  private static void checkArity(String operator, int count) {
    boolean valid;
    switch (operator) {
      case "NULL":
      case "NOT_NULL":
        valid = count == 0;
        break;
      case "IN":
        valid = count > 0;
        break;
      case "BETWEEN":
        valid = count == 2;
        break;
      default:
        valid = count == 1;
    }
    if (!valid) {
      throw invalid("Invalid number of argument(s) for the " + operator + " ComparisonOperator");
    }
  }

  private static void checkSameTypes(String operator, List<Value> operands) {
    for (Value operand : operands) {
      if (operand.type() != operands.get(0).type()) {
        throw invalid("AttributeValues inside AttributeValueList must be of same type");
      }
    }
    checkBetweenOrder(operator, operands);
  }

  private static void checkBetweenOrder(String operator, List<Value> operands) {
    if (operator.equals("BETWEEN") && operands.size() == 2 && isScalar(operands.get(0))
        && operands.get(0).type() == operands.get(1).type()
        && ValueOrder.compare(operands.get(0), operands.get(1)) > 0) {
      throw DynamoException.validation("The BETWEEN condition was provided a range where the lower"
          + " bound is greater than the upper bound");
    }
  }

  private static boolean operandTypeAllowed(String operator, Value.Type type) {
    boolean scalar = type == Value.Type.S || type == Value.Type.N || type == Value.Type.B;
    switch (operator) {
      case "EQ":
      case "NE":
        return scalar || type == Value.Type.SS || type == Value.Type.NS || type == Value.Type.BS;
      case "BEGINS_WITH":
        return type == Value.Type.S || type == Value.Type.B;
      default:
        return scalar;
    }
  }

  private static DynamoException invalid(String message) {
    return DynamoException.validation("One or more parameter values were invalid: " + message);
  }

  private static Condition combine(List<AttributeCondition> conditions, String operator) {
    boolean any = "OR".equals(operator);
    return item -> {
      if (conditions.isEmpty()) {
        return true;
      }
      for (AttributeCondition condition : conditions) {
        boolean holds = matches(condition.operator(), item.get(condition.attribute()),
            condition.operands());
        if (any && holds) {
          return true;
        }
        if (!any && !holds) {
          return false;
        }
      }
      return !any;
    };
  }

  /** Whether an attribute's value (null if absent) satisfies a legacy comparison. */
  static boolean matches(String operator, Value value, List<Value> operands) {
    Value operand = operands.isEmpty() ? null : operands.get(0);
    switch (operator) {
      case "EQ":
        return value != null && value.equals(operand);
      case "NE":
        return value == null || !value.equals(operand);
      case "LT":
        return comparable(value, operand) && ValueOrder.compare(value, operand) < 0;
      case "LE":
        return comparable(value, operand) && ValueOrder.compare(value, operand) <= 0;
      case "GT":
        return comparable(value, operand) && ValueOrder.compare(value, operand) > 0;
      case "GE":
        return comparable(value, operand) && ValueOrder.compare(value, operand) >= 0;
      case "NOT_NULL":
        return value != null;
      case "NULL":
        return value == null;
      case "CONTAINS":
        return value != null && contains(value, operand);
      case "NOT_CONTAINS":
        return value == null || !contains(value, operand);
      case "BEGINS_WITH":
        if (value instanceof Value.S s && operand instanceof Value.S prefix) {
          return s.value().startsWith(prefix.value());
        }
        if (value instanceof Value.B b && operand instanceof Value.B prefix) {
          return b.value().startsWith(prefix.value());
        }
        return false;
      case "IN":
        return value != null && operands.contains(value);
      case "BETWEEN":
        return comparable(value, operand) && comparable(value, operands.get(1))
            && ValueOrder.compare(value, operand) >= 0
            && ValueOrder.compare(value, operands.get(1)) <= 0;
      default:
        return false;
    }
  }

  private static boolean isScalar(Value value) {
    return value.type() == Value.Type.S || value.type() == Value.Type.N
        || value.type() == Value.Type.B;
  }

  private static boolean comparable(Value value, Value operand) {
    return value != null && operand != null && isScalar(value) && value.type() == operand.type();
  }

  private static boolean contains(Value value, Value operand) {
    if (value instanceof Value.S s && operand instanceof Value.S part) {
      return s.value().contains(part.value());
    }
    if (value instanceof Value.B b && operand instanceof Value.B part) {
      return b.value().contains(part.value());
    }
    if (value instanceof Value.SS set && operand instanceof Value.S member) {
      return set.values().contains(member.value());
    }
    if (value instanceof Value.NS set && operand instanceof Value.N member) {
      return set.values().contains(member.value());
    }
    if (value instanceof Value.BS set && operand instanceof Value.B member) {
      return set.values().contains((Bytes) member.value());
    }
    if (value instanceof Value.L list) {
      return list.values().contains(operand);
    }
    return false;
  }
}
