package io.dynamap.local.expr;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converters from DynamoDB's legacy (pre-expression) parameters into the same trees expressions
 * parse into: {@code Expected}, {@code QueryFilter}/{@code ScanFilter}, {@code KeyConditions},
 * {@code AttributeUpdates}. Each validates its parameter as DynamoDB does, with its messages.
 *
 * <p>The callers have already checked the JSON shapes (objects, strings, enum values); attribute
 * names are used as written (no placeholders, no reserved words).
 */
public final class Legacy {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private Legacy() {}

  /** One legacy condition: an attribute, its operator and its values. */
  private record Term(String attribute, String operator, List<Value> values) {}

  /**
   * The condition of a legacy {@code Expected} with its {@code ConditionalOperator} (null for
   * AND).
   */
  public static Condition expected(JsonNode expected, String conditionalOperator) {
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : fields(expected)) {
      String attribute = entry.getKey();
      JsonNode condition = entry.getValue();
      boolean hasList = has(condition, "AttributeValueList");
      boolean hasValue = has(condition, "Value");
      boolean hasExists = has(condition, "Exists");
      if (hasList && hasValue) {
        throw DynamoException.validation(INVALID
            + "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
      }
      if (has(condition, "ComparisonOperator")) {
        String operator = condition.get("ComparisonOperator").asText();
        if (hasExists) {
          throw DynamoException.validation(INVALID
              + "Exists and ComparisonOperator cannot be used together for Attribute: "
              + attribute);
        }
        if (!operator.equals("NULL") && !operator.equals("NOT_NULL") && !hasList && !hasValue) {
          throw DynamoException.validation(INVALID
              + "Value or AttributeValueList must be used with ComparisonOperator: " + operator
              + " for Attribute: " + attribute);
        }
        List<Value> values = hasList
            ? readList(condition.get("AttributeValueList"))
            : hasValue ? List.of(ValueJson.read(condition.get("Value"))) : List.of();
        checkCount(operator, values);
        checkSameType(values);
        checkBetween(operator, values);
        terms.add(new Term(attribute, operator, values));
      } else if (hasList) {
        throw DynamoException.validation(INVALID
            + "AttributeValueList can only be used with a ComparisonOperator for Attribute: "
            + attribute);
      } else {
        JsonNode existsNode = condition.get("Exists");
        boolean existsGiven = existsNode != null && !existsNode.isNull();
        boolean exists = !existsGiven || existsNode.asBoolean();
        if (exists && !hasValue) {
          throw DynamoException.validation(INVALID + "Value must be provided when Exists is "
              + (existsGiven ? "true" : "null") + " for Attribute: " + attribute);
        }
        if (!exists && hasValue) {
          throw DynamoException.validation(
              INVALID + "Value cannot be used when Exists is false for Attribute: " + attribute);
        }
        terms.add(exists
            ? new Term(attribute, "EQ", List.of(ValueJson.read(condition.get("Value"))))
            : new Term(attribute, "NULL", List.of()));
      }
    }
    return condition(terms, conditionalOperator);
  }

  /**
   * The condition of a legacy {@code QueryFilter} or {@code ScanFilter} with its {@code
   * ConditionalOperator} (null for AND).
   */
  public static Condition filter(JsonNode filter, String conditionalOperator) {
    return condition(conditions(filter), conditionalOperator);
  }

  /** The terms joined by the conditional operator; no terms is a condition every item meets. */
  private static Condition condition(List<Term> terms, String conditionalOperator) {
    if (terms.isEmpty()) {
      return item -> true;
    }
    boolean or = "OR".equals(conditionalOperator);
    Ast.Cond combined = toTree(terms.get(0));
    for (Term term : terms.subList(1, terms.size())) {
      Ast.Cond condition = toTree(term);
      combined = or ? new Ast.Or(combined, condition) : new Ast.And(combined, condition);
    }
    return Expressions.condition(combined);
  }

  /**
   * A legacy {@code KeyConditions} against a table's or index's key schema (ordered maps of the
   * partition and sort attributes to their types): the same rules as a
   * {@code KeyConditionExpression}, multi-attribute keys included, as DynamoDB accepts it on such
   * global indexes too.
   */
  public static KeyCondition keyConditions(
      JsonNode keyConditions,
      Map<String, Value.Type> partitionKeys,
      Map<String, Value.Type> sortKeys) {
    List<Term> terms = conditions(keyConditions);
    KeyConditions.checkConditionCount(terms.size());
    Map<String, Term> byAttribute = new LinkedHashMap<>();
    for (Term term : terms) {
      byAttribute.put(term.attribute(), term);
    }
    return KeyConditions.resolve(byAttribute, partitionKeys, sortKeys,
        term -> KeyCondition.SortOperator.valueOf(term.operator()), Term::values,
        Legacy::checkKeyTerm);
  }

  private static void checkKeyTerm(Term term, Value.Type keyType) {
    switch (term.operator()) {
      case "NULL":
      case "NOT_NULL":
      case "NE":
      case "CONTAINS":
      case "NOT_CONTAINS":
      case "IN":
        throw DynamoException.validation(
            "Attempted conditional constraint is not an indexable operation");
      default:
        break;
    }
    for (Value value : term.values()) {
      if (value.type() != keyType) {
        throw DynamoException.validation(
            INVALID + "Condition parameter type does not match schema type");
      }
    }
  }

  /** The conditions of a filter or {@code KeyConditions}, validated as DynamoDB validates them. */
  private static List<Term> conditions(JsonNode conditions) {
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : fields(conditions)) {
      JsonNode condition = entry.getValue();
      String operator = has(condition, "ComparisonOperator")
          ? condition.get("ComparisonOperator").asText() : "";
      List<Value> values = has(condition, "AttributeValueList")
          ? readList(condition.get("AttributeValueList")) : List.of();
      checkCount(operator, values);
      checkSameType(values);
      for (Value value : values) {
        if (!typeAllowed(operator, value.type())) {
          throw DynamoException.validation(INVALID + "ComparisonOperator " + operator
              + " is not valid for " + value.type() + " AttributeValue type");
        }
      }
      checkBetween(operator, values);
      terms.add(new Term(entry.getKey(), operator, values));
    }
    return terms;
  }

  private static boolean typeAllowed(String operator, Value.Type type) {
    boolean scalar = type == Value.Type.S || type == Value.Type.N || type == Value.Type.B;
    boolean set = type == Value.Type.SS || type == Value.Type.NS || type == Value.Type.BS;
    switch (operator) {
      case "EQ":
      case "NE":
        return scalar || set;
      case "BEGINS_WITH":
        return type == Value.Type.S || type == Value.Type.B;
      case "NULL":
      case "NOT_NULL":
        return true;
      default:
        return scalar;
    }
  }

  private static void checkCount(String operator, List<Value> values) {
    int count = values.size();
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
      case "EQ":
      case "NE":
      case "LE":
      case "LT":
      case "GE":
      case "GT":
      case "CONTAINS":
      case "NOT_CONTAINS":
      case "BEGINS_WITH":
        valid = count == 1;
        break;
      default:
        throw DynamoException.validation(
            INVALID + "Unsupported ComparisonOperator: " + operator);
    }
    if (!valid) {
      throw DynamoException.validation(INVALID + "Invalid number of argument(s) for the "
          + operator + " ComparisonOperator");
    }
  }

  private static void checkSameType(List<Value> values) {
    for (Value value : values) {
      if (value.type() != values.get(0).type()) {
        throw DynamoException.validation(
            INVALID + "AttributeValues inside AttributeValueList must be of same type");
      }
    }
  }

  private static void checkBetween(String operator, List<Value> values) {
    if (operator.equals("BETWEEN")) {
      Integer order = Values.compare(values.get(0), values.get(1));
      if (order != null && order > 0) {
        throw DynamoException.validation("The BETWEEN condition was provided a range where the "
            + "lower bound is greater than the upper bound");
      }
    }
  }

  private static Ast.Cond toTree(Term term) {
    Ast.Operand path = new Ast.PathOperand(Path.of(term.attribute()));
    List<Value> values = term.values();
    switch (term.operator()) {
      case "NULL":
        return function("attribute_not_exists", path);
      case "NOT_NULL":
        return function("attribute_exists", path);
      case "CONTAINS":
        return function("contains", path, new Ast.Literal(values.get(0)));
      case "NOT_CONTAINS":
        return new Ast.Not(function("contains", path, new Ast.Literal(values.get(0))));
      case "BEGINS_WITH":
        return function("begins_with", path, new Ast.Literal(values.get(0)));
      case "IN": {
        List<Ast.Operand> candidates = new ArrayList<>();
        for (Value value : values) {
          candidates.add(new Ast.Literal(value));
        }
        return new Ast.In(path, candidates);
      }
      case "BETWEEN":
        return new Ast.Between(path, new Ast.Literal(values.get(0)),
            new Ast.Literal(values.get(1)));
      default:
        return new Ast.Comparison(Ast.Comparator.valueOf(term.operator()), path,
            new Ast.Literal(values.get(0)));
    }
  }

  private static Ast.Cond function(String name, Ast.Operand... arguments) {
    return new Ast.FunctionCondition(new Ast.Call(name, List.of(arguments)));
  }

  /** A legacy {@code AttributeUpdates}, validated as DynamoDB validates it. */
  public static Update attributeUpdates(JsonNode attributeUpdates) {
    List<LegacyUpdate.Change> changes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : fields(attributeUpdates)) {
      JsonNode update = entry.getValue();
      Value value = has(update, "Value") ? ValueJson.read(update.get("Value")) : null;
      String action = has(update, "Action") ? update.get("Action").asText() : "PUT";
      if (value == null && !action.equals("DELETE")) {
        throw DynamoException.validation(
            INVALID + "Only DELETE action is allowed when no attribute value is specified");
      }
      if (value != null && action.equals("DELETE") && !isSet(value)) {
        throw DynamoException.validation(INVALID
            + "DELETE action with value is not supported for the type " + value.type());
      }
      if (value != null && action.equals("ADD") && !isSet(value)
          && value.type() != Value.Type.N && value.type() != Value.Type.L) {
        throw DynamoException.validation(
            INVALID + "ADD action is not supported for the type " + value.type());
      }
      changes.add(new LegacyUpdate.Change(entry.getKey(), action, value));
    }
    return new LegacyUpdate(changes);
  }

  private static boolean isSet(Value value) {
    return value.type() == Value.Type.SS || value.type() == Value.Type.NS
        || value.type() == Value.Type.BS;
  }

  private static List<Value> readList(JsonNode list) {
    List<Value> values = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode element : list) {
        values.add(ValueJson.read(element));
      }
    }
    return values;
  }

  private static boolean has(JsonNode node, String field) {
    return node != null && node.has(field) && !node.get(field).isNull();
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    if (node != null && node.isObject()) {
      fields.addAll(node.properties());
    }
    return fields;
  }
}
