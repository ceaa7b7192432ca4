package io.dynamap.local.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DynamoDB's limits on expressions: size, operators, IN operands, deep nesting. */
class ExpressionLimitsTest {
  private static ExpressionContext values(int count) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      values.put(":v" + i, Value.n(i));
    }
    return new ExpressionContext(null, values);
  }

  private static String message(Runnable parse) {
    return assertThrows(DynamoException.class, parse::run).getMessage();
  }

  @Test
  void expressionsLongerThan4KbAreRefused() {
    String expression = "a".repeat(4097);
    assertEquals("Invalid ConditionExpression: Expression size has exceeded the maximum allowed "
            + "size; expression size: 4097",
        message(() -> Expressions.condition(expression, values(0), "ConditionExpression")));
    // Counted in UTF-8 bytes.
    String wide = "é".repeat(2049);
    assertTrue(message(() -> Expressions.projection(wide, values(0)))
        .endsWith("expression size: 4098"));
  }

  @Test
  void inTakesAtMost100Operands() {
    StringBuilder candidates = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      candidates.append(i == 0 ? "" : ", ").append(":v").append(i);
    }
    ExpressionContext context = values(101);
    Condition condition =
        Expressions.condition("a IN (" + candidates + ")", context, "FilterExpression");
    assertTrue(condition.test(Map.of("a", Value.n(42))));
    assertEquals("Invalid FilterExpression: The IN operator is provided with too many operands; "
            + "number of operands: 101",
        message(() -> Expressions.condition(
            "a IN (:v0, " + candidates + ")", values(101), "FilterExpression")));
  }

  @Test
  void atMost300Operators() {
    StringBuilder expression = new StringBuilder("a = :v0");
    for (int i = 1; i < 150; i++) {
      expression.append(" OR a = :v0");
    }
    // 150 comparisons and 149 ORs: 299 operators.
    Expressions.condition(expression.toString(), values(1), "FilterExpression");
    expression.append(" OR a = :v0");
    assertEquals("Invalid FilterExpression: The expression contains too many operators; "
            + "operator count: 301",
        message(() -> Expressions.condition(expression.toString(), values(1), "FilterExpression")));
  }

  @Test
  void nestingIsBoundedInsteadOfExhaustingTheStack() {
    String nested = "(".repeat(2040) + "a = :v0" + ")".repeat(2040);
    assertEquals("Invalid ConditionExpression: The expression has more than 200 nested levels",
        message(() -> Expressions.condition(nested, values(1), "ConditionExpression")));
    String operand = "a = " + "(".repeat(2040) + ":v0" + ")".repeat(2040);
    assertEquals("Invalid ConditionExpression: The expression has more than 200 nested levels",
        message(() -> Expressions.condition(operand, values(1), "ConditionExpression")));
    String update = "SET a = " + "list_append(".repeat(300) + ":v0";
    assertEquals("Invalid UpdateExpression: The expression has more than 200 nested levels",
        message(() -> Expressions.update(update, values(1))));
    String nots = "NOT (".repeat(199) + "a = :v0" + ")".repeat(199);
    assertTrue(Expressions.condition(nots, values(1), "ConditionExpression")
        .test(Map.of("a", Value.n(1))));
    String grouped = "(".repeat(199) + "a = :v0" + ")".repeat(199);
    assertEquals("Invalid ConditionExpression: The expression has redundant parentheses;",
        message(() -> Expressions.condition(grouped, values(1), "ConditionExpression")));
  }
}
