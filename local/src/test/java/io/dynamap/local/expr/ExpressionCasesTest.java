package io.dynamap.local.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven cases checked against dynalite (same expressions sent as PutItem conditions,
 * UpdateItems, GetItem projections and Queries on a table keyed {@code id} S, {@code sk} N; the
 * legacy parameters as PutItem {@code Expected}, Scan {@code ScanFilter}, Query {@code
 * KeyConditions} and UpdateItem {@code AttributeUpdates}). Each case runs on the item {@code {id:
 * "k", sk: 1}} plus its {@code item}; {@code expect} is {@code OK <result>} or {@code ERR
 * <message>}. A {@code dynalite} field holds dynalite's answer where it departs from DynamoDB
 * (see KNOWN-DIFFERENCES.md).
 */
class ExpressionCasesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<JsonNode> read(boolean random) throws IOException {
    List<JsonNode> cases = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        ExpressionCasesTest.class.getResourceAsStream("cases.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = MAPPER.readTree(line);
          if (node.has("random") == random) {
            cases.add(node);
          }
        }
      }
    }
    return cases;
  }

  static List<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode node : read(false)) {
      String text = node.has("expr") ? node.get("expr").asText() : node.get("param").toString();
      cases.add(Arguments.of(node.get("kind").asText() + ": " + text, node));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsDynamoDb(String name, JsonNode testCase) {
    assertEquals(testCase.get("expect").asText(), run(testCase));
  }

  /** Randomly generated expressions, run in one test to keep the suite fast. */
  @Test
  void randomExpressionsBehaveAsDynamoDb() throws IOException {
    List<JsonNode> cases = read(true);
    List<String> failures = new ArrayList<>();
    for (JsonNode testCase : cases) {
      String actual = run(testCase);
      if (!actual.equals(testCase.get("expect").asText())) {
        failures.add(testCase.get("expr").asText() + "\n  expected: "
            + testCase.get("expect").asText() + "\n  actual:   " + actual);
      }
    }
    assertTrue(cases.size() > 500, "random cases missing");
    assertEquals(List.of(), failures);
  }

  private static String run(JsonNode testCase) {
    Map<String, Value> item = new LinkedHashMap<>();
    item.put("id", Value.s("k"));
    item.put("sk", Value.n(1));
    if (testCase.has("item")) {
      item.putAll(ValueJson.readItem(testCase.get("item")));
    }
    Map<String, String> names = null;
    if (testCase.has("names")) {
      names = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : testCase.get("names").properties()) {
        names.put(field.getKey(), field.getValue().asText());
      }
    }
    Map<String, Value> values =
        testCase.has("values") ? ValueJson.readItem(testCase.get("values")) : null;
    ExpressionContext context = new ExpressionContext(names, values);
    String expression = testCase.has("expr") ? testCase.get("expr").asText() : null;
    JsonNode parameter = testCase.get("param");
    String conditionalOperator = testCase.has("op") ? testCase.get("op").asText() : null;
    try {
      switch (testCase.get("kind").asText()) {
        case "condition": {
          Condition condition =
              Expressions.condition(expression, context, "ConditionExpression");
          context.checkAllUsed();
          return "OK " + condition.test(item);
        }
        case "update": {
          Update update = Expressions.update(expression, context);
          context.checkAllUsed();
          Map<String, Value> updated = new TreeMap<>(update.apply(item));
          updated.remove("id");
          updated.remove("sk");
          return "OK " + render(ValueJson.writeItem(updated));
        }
        case "projection": {
          Projection projection = Expressions.projection(expression, context);
          context.checkAllUsed();
          return "OK " + render(ValueJson.writeItem(projection.apply(item)));
        }
        case "expected":
          return "OK " + Legacy.expected(parameter, conditionalOperator).test(item);
        case "filter":
          return "OK " + Legacy.filter(parameter, conditionalOperator).test(item);
        case "keyconds":
          Legacy.keyConditions(parameter, Map.of("id", Value.Type.S), Map.of("sk", Value.Type.N));
          return "OK";
        case "attrupdates": {
          Map<String, Value> updated =
              new TreeMap<>(Legacy.attributeUpdates(parameter).apply(item));
          updated.remove("id");
          updated.remove("sk");
          return "OK " + render(ValueJson.writeItem(updated));
        }
        default:
          Expressions.keyCondition(expression, context, "id", Value.Type.S, "sk", Value.Type.N);
          context.checkAllUsed();
          return "OK";
      }
    } catch (DynamoException e) {
      return "ERR " + e.getMessage();
    }
  }

  /** JSON with sorted keys and ", " / ": " separators, as the probe script printed dynalite's. */
  private static String render(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(field -> sorted.put(field.getKey(), field.getValue()));
      StringBuilder text = new StringBuilder("{");
      for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
        if (text.length() > 1) {
          text.append(", ");
        }
        text.append('"').append(entry.getKey()).append("\": ").append(render(entry.getValue()));
      }
      return text.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder("[");
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          text.append(", ");
        }
        text.append(render(node.get(i)));
      }
      return text.append(']').toString();
    }
    if (node.isTextual()) {
      return '"' + node.asText().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    return node.toString();
  }
}
