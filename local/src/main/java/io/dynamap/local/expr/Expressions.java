package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses DynamoDB's expressions, refusing what DynamoDB refuses with its messages (syntax errors,
 * reserved words, undefined placeholders, overlapping paths, ...). Each call marks the
 * placeholders its expression uses in {@code context}.
 */
public final class Expressions {
  private Expressions() {}

  /**
   * A {@code ConditionExpression} or {@code FilterExpression}.
   *
   * @param parameter the request parameter, for messages ("Invalid ConditionExpression: …")
   */
  public static Condition condition(String expression, ExpressionContext context, String parameter) {
    return condition(Parser.condition(expression, context, parameter));
  }

  /** A condition from a syntax tree (built by the legacy-parameter converters, for instance). */
  public static Condition condition(Ast.Cond tree) {
    return new ParsedCondition(tree);
  }

  /**
   * A {@code KeyConditionExpression} against a single-attribute key schema (a table's, a local
   * index's, most global indexes').
   *
   * @param sortKey null where the table or index has no sort key
   * @param sortKeyType null where the table or index has no sort key
   */
  public static KeyCondition keyCondition(
      String expression,
      ExpressionContext context,
      String partitionKey,
      Value.Type partitionKeyType,
      String sortKey,
      Value.Type sortKeyType) {
    return keyCondition(expression, context, Map.of(partitionKey, partitionKeyType),
        sortKey == null ? Map.of() : Map.of(sortKey, sortKeyType));
  }

  /**
   * A {@code KeyConditionExpression} checked against a key schema of one or several partition and
   * sort attributes (ordered maps of their names to their types, in key schema order).
   */
  public static KeyCondition keyCondition(
      String expression,
      ExpressionContext context,
      Map<String, Value.Type> partitionKeys,
      Map<String, Value.Type> sortKeys) {
    Ast.Cond tree = Parser.condition(expression, context, "KeyConditionExpression");
    return KeyConditions.of(tree, partitionKeys, sortKeys);
  }

  /**
   * Checks a {@code KeyConditionExpression} as far as DynamoDB does before it looks at the
   * table: syntax, placeholders (marked used in {@code context}), the operators and operand types
   * a key condition allows and the number of conditions. {@link #keyCondition} then checks it
   * against the key schema.
   */
  public static void checkKeyCondition(String expression, ExpressionContext context) {
    KeyConditions.terms(Parser.condition(expression, context, "KeyConditionExpression"));
  }

  /**
   * Refuses a number of key conditions no key schema takes, before the table is known: none, or
   * more than a global index's four partition and four sort attributes.
   */
  public static void checkKeyConditionCount(int conditions) {
    KeyConditions.checkConditionCount(conditions);
  }

  /** An {@code UpdateExpression}. */
  public static Update update(String expression, ExpressionContext context) {
    return new ParsedUpdate(Parser.update(expression, context));
  }

  /** An update from actions (built by the legacy {@code AttributeUpdates} converter). */
  public static Update update(List<Ast.Action> actions) {
    return new ParsedUpdate(actions);
  }

  /** A {@code ProjectionExpression}. */
  public static Projection projection(String expression, ExpressionContext context) {
    return new ParsedProjection(Parser.projection(expression, context));
  }

  /**
   * The projection of a legacy {@code AttributesToGet}: top-level attributes, named as they are
   * (no placeholders, no reserved words, no paths). Refuses duplicates with DynamoDB's message;
   * the caller checks the list's length.
   */
  public static Projection attributesToGet(List<String> attributeNames) {
    List<Path> paths = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : attributeNames) {
      if (!seen.add(name)) {
        throw io.dynamap.local.api.DynamoException.validation(
            "One or more parameter values were invalid: Duplicate value in attribute name: "
                + name);
      }
      paths.add(Path.of(name));
    }
    return new ParsedProjection(paths);
  }

  /** A projection of the given paths. */
  public static Projection projection(List<Path> paths) {
    return new ParsedProjection(paths);
  }

  /** A parsed condition, evaluated by {@link Evaluator}. */
  private static final class ParsedCondition implements Condition {
    private final Ast.Cond tree;
    private final java.util.Set<String> topLevelAttributes;
    private final java.util.Set<String> nestedAttributes;

    ParsedCondition(Ast.Cond tree) {
      this.tree = tree;
      List<Path> paths = new ArrayList<>();
      collectPaths(tree, paths);
      java.util.Set<String> heads = new java.util.LinkedHashSet<>();
      java.util.Set<String> nested = new java.util.LinkedHashSet<>();
      for (Path path : paths) {
        heads.add(path.head());
        if (!path.isTopLevel()) {
          nested.add(path.head());
        }
      }
      this.topLevelAttributes = java.util.Collections.unmodifiableSet(heads);
      this.nestedAttributes = java.util.Collections.unmodifiableSet(nested);
    }

    @Override
    public boolean test(Map<String, Value> item) {
      return Evaluator.test(tree, item == null ? Map.of() : item);
    }

    @Override
    public java.util.Set<String> topLevelAttributes() {
      return topLevelAttributes;
    }

    @Override
    public java.util.Set<String> nestedAttributes() {
      return nestedAttributes;
    }
  }

  private static void collectPaths(Ast.Cond condition, List<Path> paths) {
    if (condition instanceof Ast.And and) {
      collectPaths(and.left(), paths);
      collectPaths(and.right(), paths);
    } else if (condition instanceof Ast.Or or) {
      collectPaths(or.left(), paths);
      collectPaths(or.right(), paths);
    } else if (condition instanceof Ast.Not not) {
      collectPaths(not.operand(), paths);
    } else if (condition instanceof Ast.Comparison comparison) {
      collectPaths(comparison.left(), paths);
      collectPaths(comparison.right(), paths);
    } else if (condition instanceof Ast.Between between) {
      collectPaths(between.subject(), paths);
      collectPaths(between.lower(), paths);
      collectPaths(between.upper(), paths);
    } else if (condition instanceof Ast.In in) {
      collectPaths(in.subject(), paths);
      for (Ast.Operand candidate : in.candidates()) {
        collectPaths(candidate, paths);
      }
    } else {
      collectPaths(((Ast.FunctionCondition) condition).call(), paths);
    }
  }

  private static void collectPaths(Ast.Operand operand, List<Path> paths) {
    if (operand instanceof Ast.PathOperand path) {
      paths.add(path.path());
    } else if (operand instanceof Ast.Call call) {
      for (Ast.Operand argument : call.arguments()) {
        collectPaths(argument, paths);
      }
    } else if (operand instanceof Ast.Arithmetic arithmetic) {
      collectPaths(arithmetic.left(), paths);
      collectPaths(arithmetic.right(), paths);
    }
  }
}
