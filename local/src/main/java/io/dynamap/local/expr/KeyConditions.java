package io.dynamap.local.expr;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed {@code KeyConditionExpression} into a {@link KeyCondition}, refusing what
 * DynamoDB refuses: operators a key condition cannot use, conditions on non-key or nested
 * attributes, several conditions on one key, values of the wrong type.
 */
final class KeyConditions {
  private KeyConditions() {}

  /** One condition on one attribute, with the attribute as first operand. */
  record Term(KeyCondition.SortOperator operator, List<Value> values) {}

  static KeyCondition of(
      Ast.Cond condition,
      String partitionKey,
      Value.Type partitionKeyType,
      String sortKey,
      Value.Type sortKeyType) {
    Map<String, Term> terms = terms(condition);
    if (sortKey == null && terms.size() > 1) {
      throw DynamoException.validation("Query key condition not supported");
    }
    Term partition = terms.get(partitionKey);
    if (partition == null) {
      throw DynamoException.validation(
          "Query condition missed key schema element: " + partitionKey);
    }
    checkSchemaType(partition, partitionKeyType);
    if (partition.operator() != KeyCondition.SortOperator.EQ) {
      throw DynamoException.validation("Query key condition not supported");
    }
    if (sortKey == null) {
      return new KeyCondition(partition.values().get(0), null, List.of());
    }
    Term sort = terms.get(sortKey);
    if (sort == null) {
      if (terms.size() > 1) {
        throw DynamoException.validation("Query condition missed key schema element: " + sortKey);
      }
      return new KeyCondition(partition.values().get(0), null, List.of());
    }
    checkSchemaType(sort, sortKeyType);
    return new KeyCondition(partition.values().get(0), sort.operator(), sort.values());
  }

  /**
   * The conditions per key attribute, refusing what DynamoDB refuses whatever the key schema:
   * operators, operand types, the number of conditions.
   */
  static Map<String, Term> terms(Ast.Cond condition) {
    Map<String, Term> terms = new LinkedHashMap<>();
    collect(condition, terms);
    for (Term term : terms.values()) {
      checkValueTypes(term);
    }
    if (terms.size() != 1 && terms.size() != 2) {
      throw DynamoException.validation("Conditions can be of length 1 or 2 only");
    }
    return terms;
  }

  private static void collect(Ast.Cond condition, Map<String, Term> terms) {
    if (condition instanceof Ast.And and) {
      collect(and.left(), terms);
      collect(and.right(), terms);
      return;
    }
    if (condition instanceof Ast.Or) {
      throw invalidOperator("OR");
    }
    if (condition instanceof Ast.Not) {
      throw invalidOperator("NOT");
    }
    if (condition instanceof Ast.In) {
      throw invalidOperator("IN");
    }
    KeyCondition.SortOperator operator;
    List<Ast.Operand> operands;
    if (condition instanceof Ast.Comparison comparison) {
      if (comparison.comparator() == Ast.Comparator.NE) {
        throw invalidOperator("<>");
      }
      operands = List.of(comparison.left(), comparison.right());
      Ast.Comparator comparator = comparison.left() instanceof Ast.PathOperand
          ? comparison.comparator() : comparison.comparator().mirrored();
      operator = KeyCondition.SortOperator.valueOf(comparator.name());
    } else if (condition instanceof Ast.Between between) {
      if (!(between.subject() instanceof Ast.PathOperand)) {
        throw invalidCondition("BETWEEN operator must have the key attribute as its first operand");
      }
      operands = List.of(between.subject(), between.lower(), between.upper());
      operator = KeyCondition.SortOperator.BETWEEN;
    } else {
      Ast.Call call = ((Ast.FunctionCondition) condition).call();
      if (Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "contains")
          .contains(call.name())) {
        throw invalidOperator(call.name());
      }
      if (call.name().equals("size")) {
        throw nestedOperations();
      }
      if (!(call.arguments().get(0) instanceof Ast.PathOperand)) {
        throw invalidCondition(
            "begins_with operator must have the key attribute as its first operand");
      }
      operands = call.arguments();
      operator = KeyCondition.SortOperator.BEGINS_WITH;
    }
    String attribute = null;
    List<Value> values = new ArrayList<>();
    for (Ast.Operand operand : operands) {
      if (operand instanceof Ast.PathOperand path) {
        if (attribute != null) {
          throw invalidCondition("Multiple attribute names used in one condition");
        }
        if (!path.path().isTopLevel()) {
          throw DynamoException.validation(
              "KeyConditionExpressions cannot have conditions on nested attributes");
        }
        attribute = path.path().head();
      } else if (operand instanceof Ast.Literal literal) {
        values.add(literal.value());
      } else {
        throw nestedOperations();
      }
    }
    if (attribute == null) {
      throw invalidCondition("No key attribute specified");
    }
    if (terms.containsKey(attribute)) {
      throw DynamoException.validation(
          "KeyConditionExpressions must only contain one condition per key");
    }
    terms.put(attribute, new Term(operator, values));
  }

  /** DynamoDB's check of the types a key condition operator accepts. */
  private static void checkValueTypes(Term term) {
    for (Value value : term.values()) {
      Value.Type type = value.type();
      boolean valid;
      switch (term.operator()) {
        case EQ:
          valid = type == Value.Type.S || type == Value.Type.N || type == Value.Type.B
              || type == Value.Type.SS || type == Value.Type.NS || type == Value.Type.BS;
          break;
        case BEGINS_WITH:
          valid = type == Value.Type.S || type == Value.Type.B;
          break;
        default:
          valid = type == Value.Type.S || type == Value.Type.N || type == Value.Type.B;
      }
      if (!valid) {
        throw DynamoException.validation("One or more parameter values were invalid: "
            + "ComparisonOperator " + term.operator() + " is not valid for " + type
            + " AttributeValue type");
      }
    }
  }

  private static void checkSchemaType(Term term, Value.Type schemaType) {
    for (Value value : term.values()) {
      if (value.type() != schemaType) {
        throw DynamoException.validation("One or more parameter values were invalid: "
            + "Condition parameter type does not match schema type");
      }
    }
  }

  private static DynamoException invalidOperator(String operator) {
    return DynamoException.validation(
        "Invalid operator used in KeyConditionExpression: " + operator);
  }

  private static DynamoException invalidCondition(String detail) {
    return DynamoException.validation("Invalid condition in KeyConditionExpression: " + detail);
  }

  private static DynamoException nestedOperations() {
    return DynamoException.validation("KeyConditionExpressions cannot contain nested operations");
  }
}
