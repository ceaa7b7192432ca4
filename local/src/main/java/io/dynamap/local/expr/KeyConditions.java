package io.dynamap.local.expr;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Turns a parsed {@code KeyConditionExpression} into a {@link KeyCondition}, refusing what
 * DynamoDB refuses: operators a key condition cannot use, conditions on non-key or nested
 * attributes, several conditions on one key, values of the wrong type.
 */
final class KeyConditions {
  /** One condition per key attribute: up to four partition and four sort attributes. */
  static final int MAX_CONDITIONS = 8;

  private KeyConditions() {}

  /** One condition on one attribute, with the attribute as first operand. */
  record Term(KeyCondition.SortOperator operator, List<Value> values) {}

  static KeyCondition of(
      Ast.Cond condition,
      Map<String, Value.Type> partitionKeys,
      Map<String, Value.Type> sortKeys) {
    return resolve(terms(condition), partitionKeys, sortKeys, Term::operator, Term::values,
        KeyConditions::checkSchemaType);
  }

  /**
   * Resolves key conditions, one per attribute, against a key schema: every partition attribute
   * with equality (in key schema order: the first one missing is named), the sort attributes
   * given forming a prefix of the schema's (none skipped), each with equality but the last given.
   * For single-attribute keys these are DynamoDB's documented checks in its order; the rules for
   * multi-attribute keys follow the developer guide (<em>Using Global Secondary Indexes</em>,
   * "Multi-attribute key schema": "you must specify all partition key attributes using equality
   * conditions ... you cannot skip attributes in the middle. Inequality conditions ... must be the
   * last condition in your query"). Shared by {@code KeyConditionExpression} and the legacy
   * {@code KeyConditions}, which differ only in how a term is checked against its attribute.
   *
   * @param partitionKeys the partition key attributes and their types, in key schema order
   * @param sortKeys the sort key attributes and their types, in key schema order
   * @param check refuses a term whose operator or operands do not fit the attribute's type
   */
  static <T> KeyCondition resolve(
      Map<String, T> terms,
      Map<String, Value.Type> partitionKeys,
      Map<String, Value.Type> sortKeys,
      Function<T, KeyCondition.SortOperator> operatorOf,
      Function<T, List<Value>> valuesOf,
      BiConsumer<T, Value.Type> check) {
    boolean multiAttribute = partitionKeys.size() > 1 || sortKeys.size() > 1;
    if (!multiAttribute && terms.size() > 2) {
      throw DynamoException.validation("Conditions can be of length 1 or 2 only");
    }
    if (sortKeys.isEmpty() && terms.size() > partitionKeys.size()) {
      throw DynamoException.validation("Query key condition not supported");
    }
    List<Value> partitionValues = new ArrayList<>();
    for (Map.Entry<String, Value.Type> key : partitionKeys.entrySet()) {
      T term = terms.get(key.getKey());
      if (term == null) {
        throw DynamoException.validation(
            "Query condition missed key schema element: " + key.getKey());
      }
      check.accept(term, key.getValue());
      if (operatorOf.apply(term) != KeyCondition.SortOperator.EQ) {
        throw DynamoException.validation("Query key condition not supported");
      }
      partitionValues.add(valuesOf.apply(term).get(0));
    }
    List<String> sortNames = new ArrayList<>(sortKeys.keySet());
    int given = 0;
    String firstMissing = null;
    for (String name : sortNames) {
      if (terms.containsKey(name)) {
        if (firstMissing != null) {
          // A sort attribute given after one skipped: the skipped one is missing.
          throw DynamoException.validation(
              "Query condition missed key schema element: " + firstMissing);
        }
        given++;
      } else if (firstMissing == null) {
        firstMissing = name;
      }
    }
    if (terms.size() > partitionKeys.size() + given) {
      // A condition on an attribute that is no key attribute of the schema read.
      throw DynamoException.validation(firstMissing != null
          ? "Query condition missed key schema element: " + firstMissing
          : "Query key condition not supported");
    }
    List<Value> prefix = new ArrayList<>();
    KeyCondition.SortOperator operator = null;
    List<Value> operands = List.of();
    for (int i = 0; i < given; i++) {
      String name = sortNames.get(i);
      T term = terms.get(name);
      check.accept(term, sortKeys.get(name));
      KeyCondition.SortOperator termOperator = operatorOf.apply(term);
      if (i < given - 1) {
        if (termOperator != KeyCondition.SortOperator.EQ) {
          throw DynamoException.validation("Query key condition not supported: only the last sort"
              + " key attribute of the condition may use <, <=, >, >=, BETWEEN or begins_with;"
              + " the condition on " + name + " is followed by one on " + sortNames.get(i + 1));
        }
        prefix.add(valuesOf.apply(term).get(0));
      } else {
        operator = termOperator;
        operands = valuesOf.apply(term);
      }
    }
    return new KeyCondition(partitionValues, prefix, operator, operands);
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
    checkConditionCount(terms.size());
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

  /**
   * Refuses more conditions than any key schema has attributes (a global index's up to four
   * partition and four sort attributes), before the table is known; against the schema read,
   * {@link #resolve} refuses more than 2 on a single-attribute key, as DynamoDB always did.
   */
  static void checkConditionCount(int conditions) {
    if (conditions < 1 || conditions > MAX_CONDITIONS) {
      throw DynamoException.validation("Conditions can be of length 1 to " + MAX_CONDITIONS
          + " only");
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
