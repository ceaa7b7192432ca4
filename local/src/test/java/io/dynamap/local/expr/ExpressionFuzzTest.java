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

  private static final String[] PATHS = {
    "a", "b", "c", "m", "z", "a[0]", "a[1].b", "a[9]", "m.a", "m.z", "c[0]", "#n", "#m", "#m.a",
    "b.x", "id"
  };
  private static final String[] VALUES = {":s", ":n", ":l", ":ss", ":m", ":b", ":x"};

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String operand(Random random) {
    int choice = random.nextInt(10);
    if (choice < 4) {
      return pick(random, PATHS);
    }
    if (choice < 8) {
      return pick(random, VALUES);
    }
    if (choice < 9) {
      return "size(" + pick(random, PATHS) + ")";
    }
    return "(" + pick(random, PATHS) + ")";
  }

  private static String condition(Random random, int depth) {
    int choice = random.nextInt(12);
    if (depth < 3 && choice == 0) {
      return condition(random, depth + 1) + " AND " + condition(random, depth + 1);
    }
    if (depth < 3 && choice == 1) {
      return condition(random, depth + 1) + " OR " + condition(random, depth + 1);
    }
    if (depth < 3 && choice == 2) {
      return "NOT (" + condition(random, depth + 1) + ")";
    }
    switch (random.nextInt(8)) {
      case 0:
        return operand(random) + " BETWEEN " + operand(random) + " AND " + operand(random);
      case 1:
        return operand(random) + " IN (" + operand(random) + ", " + operand(random) + ")";
      case 2:
        return pick(random, new String[] {"attribute_exists", "attribute_not_exists"}) + "("
            + operand(random) + ")";
      case 3:
        return pick(random, new String[] {"begins_with", "contains", "attribute_type"}) + "("
            + operand(random) + ", " + operand(random) + ")";
      default:
        return operand(random) + " " + pick(random, new String[] {"=", "<>", "<", "<=", ">", ">="})
            + " " + operand(random);
    }
  }

  private static String update(Random random) {
    StringBuilder update = new StringBuilder();
    for (String section : new String[] {"SET", "REMOVE", "ADD", "DELETE"}) {
      if (random.nextBoolean()) {
        continue;
      }
      update.append(section).append(' ');
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          update.append(", ");
        }
        String path = pick(random, PATHS);
        switch (section) {
          case "SET": {
            String value;
            switch (random.nextInt(4)) {
              case 0:
                value = operand(random) + " + " + operand(random);
                break;
              case 1:
                value = "if_not_exists(" + pick(random, PATHS) + ", " + pick(random, VALUES) + ")";
                break;
              case 2:
                value = "list_append(" + operand(random) + ", " + operand(random) + ")";
                break;
              default:
                value = operand(random);
            }
            update.append(path).append(" = ").append(value);
            break;
          }
          case "REMOVE":
            update.append(path);
            break;
          default:
            update.append(path).append(' ').append(pick(random, VALUES));
        }
      }
      update.append(' ');
    }
    return update.length() == 0 ? "REMOVE z" : update.toString();
  }

  @Test
  void structuredRandomExpressionsParseOrFailCleanlyAndEvaluateWithoutCrashing() {
    Random random = new Random(7);
    Map<String, Value> item = item();
    int evaluated = 0;
    for (int round = 0; round < 3000; round++) {
      String text = round % 3 == 0 ? condition(random, 0) : round % 3 == 1 ? update(random)
          : pick(random, PATHS) + ", " + pick(random, PATHS);
      try {
        ExpressionContext context = new ExpressionContext(NAMES, values());
        if (round % 3 == 0) {
          Condition condition = Expressions.condition(text, context, "ConditionExpression");
          condition.test(item);
          condition.test(Map.of());
        } else if (round % 3 == 1) {
          Update update = Expressions.update(text, context);
          Map<String, Value> before = new LinkedHashMap<>(item);
          update.apply(Map.of());
          update.apply(item);
          assertTrue(before.equals(item), "update changed its input: " + text);
        } else {
          Expressions.projection(text, context).apply(item);
        }
        evaluated++;
      } catch (DynamoException expected) {
        assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
      } catch (RuntimeException e) {
        fail("crash on <" + text + ">: " + e, e);
      }
    }
    assertTrue(evaluated > 300, "too few valid expressions: " + evaluated);
  }
}
