package io.dynamap.local.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Bytes;
import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random expressions from DynamoDB's token vocabulary: every one either parses and evaluates or
 * fails with a {@link DynamoException}, never with another exception, and never hangs.
 */
class ExpressionFuzzTest {
  private static final String[] TOKENS = {
    "a", "b", "c", "#n", "#m", "#x", ":s", ":n", ":l", ":ss", ":m", ":x", ":b", "(", ")", "[0]",
    "[1]", "[7]", ".", ",", "=", "<>", "<", "<=", ">", ">=", "+", "-", "AND", "OR", "NOT",
    "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE", "size", "attribute_exists",
    "attribute_not_exists", "attribute_type", "begins_with", "contains", "if_not_exists",
    "list_append", "foo", "id", "sk", "!", ":", "#", "[", "]", "5", "value"
  };

  private static final Map<String, String> NAMES = Map.of("#n", "a", "#m", "m");

  private static Map<String, Value> values() {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put(":s", Value.s("S"));
    values.put(":n", Value.n(3));
    values.put(":l", new Value.L(List.of(Value.n(1))));
    values.put(":ss", new Value.SS(Set.of("x")));
    values.put(":m", new Value.M(Map.of("k", Value.s("v"))));
    values.put(":b", new Value.B(Bytes.copyOf(new byte[] {1, 2})));
    return values;
  }

  private static Map<String, Value> item() {
    Map<String, Value> item = new LinkedHashMap<>();
    item.put("id", Value.s("k"));
    item.put("a", new Value.L(List.of(Value.n(1), new Value.M(Map.of("b", Value.s("x"))))));
    item.put("b", Value.n(new BigDecimal("9.9E+125").toPlainString()));
    item.put("c", new Value.NS(Set.of(BigDecimal.ONE)));
    item.put("m", new Value.M(Map.of("a", Value.s("x"))));
    return item;
  }

  @Test
  void randomExpressionsNeverCrash() {
    Random random = new Random(20261205);
    Map<String, Value> item = item();
    int parsed = 0;
    for (int round = 0; round < 6000; round++) {
      StringBuilder expression = new StringBuilder();
      int length = 1 + random.nextInt(9);
      for (int i = 0; i < length; i++) {
        expression.append(TOKENS[random.nextInt(TOKENS.length)]);
        if (random.nextInt(3) > 0) {
          expression.append(' ');
        }
      }
      String text = expression.toString();
      try {
        switch (round % 4) {
          case 0:
            Expressions.condition(text, new ExpressionContext(NAMES, values()), "FilterExpression")
                .test(item);
            break;
          case 1:
            Expressions.update(text, new ExpressionContext(NAMES, values())).apply(item);
            break;
          case 2:
            Expressions.projection(text, new ExpressionContext(NAMES, values())).apply(item);
            break;
          default:
            Expressions.keyCondition(text, new ExpressionContext(NAMES, values()), "id",
                Value.Type.S, "sk", Value.Type.N);
        }
        parsed++;
      } catch (DynamoException expected) {
        assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
      } catch (RuntimeException e) {
        fail("crash on <" + text + "> (grammar " + round % 4 + "): " + e, e);
      }
    }
    assertTrue(parsed > 0, "some random expressions should be valid");
  }
}
