package io.dynamap.local.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Bytes;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public API the operations use: contexts, parsed trees, key conditions, updates. */
class ExpressionApiTest {
  private static Map<String, Value> values(Object... pairs) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], (Value) pairs[i + 1]);
    }
    return values;
  }

  @Test
  void unusedNamesAreReportedBeforeUnusedValuesInTheOrderGiven() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("#z", "z");
    names.put("#a", "a");
    names.put("#used", "u");
    ExpressionContext context = new ExpressionContext(names,
        values(":z", Value.n(1), ":a", Value.n(2), ":used", Value.n(3)));
    Expressions.condition("#used = :used", context, "ConditionExpression");
    DynamoException error = assertThrows(DynamoException.class, context::checkAllUsed);
    assertEquals("ValidationException", error.type());
    assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#z, #a}",
        error.getMessage());

    ExpressionContext valuesOnly = new ExpressionContext(null, values(":z", Value.n(1)));
    assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:z}",
        assertThrows(DynamoException.class, valuesOnly::checkAllUsed).getMessage());
  }

  @Test
  void readingTheMapsValidatesThemAsDynamoDb() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    String[][] cases = {
      {"{}", "null", "ExpressionAttributeNames must not be empty"},
      {"null", "{}", "ExpressionAttributeValues must not be empty"},
      {"{\"a\": \"b\"}", "null",
          "ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\""},
      {"null", "{\":v\": {\"S\": \"x\"}, \"bad\": {\"S\": \"y\"}}",
          "ExpressionAttributeValues contains invalid key: Syntax error; key: \"bad\""},
      {"null", "{\":v\": {\"SS\": []}}", "ExpressionAttributeValues contains invalid value: "
          + "One or more parameter values were invalid: An string set  may not be empty "
          + "for key :v"},
      {"null", "{\":v\": {\"N\": \"abc\"}}", "ExpressionAttributeValues contains invalid value: "
          + "The parameter cannot be converted to a numeric value: abc for key :v"},
      {"null", "{\":v\": {}}", "ExpressionAttributeValues contains invalid value: Supplied "
          + "AttributeValue is empty, must contain exactly one of the supported datatypes "
          + "for key :v"},
    };
    for (String[] testCase : cases) {
      com.fasterxml.jackson.databind.JsonNode names = json.readTree(testCase[0]);
      com.fasterxml.jackson.databind.JsonNode values = json.readTree(testCase[1]);
      assertEquals(testCase[2], assertThrows(DynamoException.class,
          () -> ExpressionContext.read(names, values)).getMessage(), testCase[0] + testCase[1]);
    }
    ExpressionContext context = ExpressionContext.read(json.readTree("{\"#a\": \"\"}"),
        json.readTree("{\":v\": {\"S\": \"\"}}"));
    assertEquals("Invalid UpdateExpression: An expression attribute name used in the document path "
            + "is not defined; attribute name: #a",
        assertThrows(DynamoException.class, () -> Expressions.update("SET #a = :v", context))
            .getMessage());
    ExpressionContext.read(null, null).checkAllUsed();
  }

  @Test
  void placeholdersUsedByAnyExpressionOfTheRequestCount() {
    ExpressionContext context = new ExpressionContext(Map.of("#a", "a", "#b", "b"),
        values(":v", Value.n(1), ":w", Value.n(2)));
    Expressions.update("SET #a = :v", context);
    Expressions.condition("attribute_exists(#b) AND #b < :w", context, "ConditionExpression");
    context.checkAllUsed();
    ExpressionContext.empty().checkAllUsed();
  }

  @Test
  void precedenceIsNotThenAndThenOr() {
    ExpressionContext context = new ExpressionContext(null, values(":v", Value.n(1)));
    Ast.Cond tree = Parser.condition(
        "NOT a = :v OR b = :v AND c = :v", context, "FilterExpression");
    Ast.Or or = assertInstanceOf(Ast.Or.class, tree);
    assertInstanceOf(Ast.Not.class, or.left());
    assertInstanceOf(Ast.And.class, or.right());
  }

  @Test
  void pathsResolvePlaceholdersAndIndexes() {
    ExpressionContext context = new ExpressionContext(Map.of("#dotted", "x.y"), null);
    List<Path> paths = Parser.projection("a.#dotted[2][0].size2, #dotted", context);
    assertEquals(List.of(new Path.Name("a"), new Path.Name("x.y"), new Path.Index(2),
        new Path.Index(0), new Path.Name("size2")), paths.get(0).elements());
    assertEquals("[a, x.y, [2], [0], size2]", paths.get(0).toString());
    assertEquals(Path.of("x.y"), paths.get(1));
  }

  @Test
  void reservedWordsAreRefusedWhateverTheirCaseButNotThroughPlaceholders() {
    ExpressionContext context = new ExpressionContext(Map.of("#s", "size"), null);
    Expressions.projection("#s", context);
    assertEquals("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved "
            + "keyword: Comment",
        assertThrows(DynamoException.class,
            () -> Expressions.projection("a.Comment", ExpressionContext.empty())).getMessage());
    assertFalse(ReservedWords.isReserved("comments"));
    assertTrue(ReservedWords.isReserved("zone"));
  }

  @Test
  void keyConditionsMatchSortKeysInDynamoDbOrder() {
    ExpressionContext context = new ExpressionContext(null, values(":p", Value.s("p"),
        ":lo", Value.s("b"), ":hi", Value.s("d")));
    KeyCondition between = Expressions.keyCondition("pk = :p AND sk BETWEEN :lo AND :hi",
        context, "pk", Value.Type.S, "sk", Value.Type.S);
    assertEquals(Value.s("p"), between.partitionValue());
    assertEquals(KeyCondition.SortOperator.BETWEEN, between.sortOperator());
    assertTrue(between.matchesSort(Value.s("b")));
    assertTrue(between.matchesSort(Value.s("czz")));
    assertTrue(between.matchesSort(Value.s("d")));
    assertFalse(between.matchesSort(Value.s("da")));
    assertFalse(between.matchesSort(null));

    // UTF-8 order: a character above U+FFFF sorts after U+FFFD.
    KeyCondition greater = new KeyCondition(Value.s("p"), KeyCondition.SortOperator.GT,
        List.of(Value.s("\uFFFD")));
    assertTrue(greater.matchesSort(Value.s("\uD83D\uDE00")));

    KeyCondition numbers = new KeyCondition(Value.s("p"), KeyCondition.SortOperator.LE,
        List.of(Value.n(10)));
    assertTrue(numbers.matchesSort(Value.n(9)));
    assertTrue(numbers.matchesSort(Value.n("10.0")));
    assertFalse(numbers.matchesSort(Value.n(11)));

    KeyCondition prefix = new KeyCondition(Value.s("p"), KeyCondition.SortOperator.BEGINS_WITH,
        List.of(new Value.B(Bytes.copyOf(new byte[] {(byte) 0xff}))));
    assertTrue(prefix.matchesSort(new Value.B(Bytes.copyOf(new byte[] {(byte) 0xff, 1}))));
    assertFalse(prefix.matchesSort(new Value.B(Bytes.copyOf(new byte[] {1}))));

    KeyCondition none = new KeyCondition(Value.s("p"), null, null);
    assertTrue(none.matchesSort(Value.s("anything")));
    assertEquals(List.of(), none.sortValues());
  }

  @Test
  void keyConditionWithoutSortKeyCondition() {
    ExpressionContext context = new ExpressionContext(Map.of("#k", "key"),
        values(":p", Value.n(1)));
    KeyCondition condition =
        Expressions.keyCondition("#k = :p", context, "key", Value.Type.N, null, null);
    assertEquals(Value.n(1), condition.partitionValue());
    assertNull(condition.sortOperator());
    context.checkAllUsed();
  }

  @Test
  void updatesReturnANewItemAndLeaveTheirInputAlone() {
    Map<String, Value> item = Map.of("n", Value.n(1),
        "m", new Value.M(Map.of("l", new Value.L(List.of(Value.s("a"), Value.s("b"))))),
        "s", new Value.SS(Set.of("x", "y")));
    ExpressionContext context = new ExpressionContext(null, values(":one", Value.n(1),
        ":x", new Value.SS(Set.of("x")), ":v", Value.s("v")));
    Update update = Expressions.update(
        "SET n = n + :one, m.l[1] = :v, m.l[9] = :v REMOVE m.l[0] DELETE s :x", context);
    Map<String, Value> updated = update.apply(item);
    assertEquals(Value.n(2), updated.get("n"));
    assertEquals(new Value.M(Map.of("l", new Value.L(List.of(Value.s("v"), Value.s("v"))))),
        updated.get("m"));
    assertEquals(new Value.SS(Set.of("y")), updated.get("s"));
    assertEquals(Value.n(1), item.get("n"));
    assertEquals(Set.of("n", "m", "s"), update.topLevelAttributes());
    // Applying to no item at all.
    Map<String, Value> created = Expressions.update("SET a = :v",
        new ExpressionContext(null, values(":v", Value.s("v")))).apply(null);
    assertEquals(Map.of("a", Value.s("v")), created);
  }

  @Test
  void expressionsReportTheAttributesTheyTouchForKeyAndIndexChecks() {
    ExpressionContext context = new ExpressionContext(null, values(":n", Value.n(1),
        ":s", Value.s("x"), ":l", new Value.L(List.of()), ":ss", new Value.SS(Set.of("a"))));
    Update update = Expressions.update("SET a = :n + b, c.d = :s, e = if_not_exists(e, :s), "
        + "f = list_append(:l, f), g = h ADD i :ss DELETE j :ss REMOVE k[0], m", context);
    assertEquals(Set.of("a", "c", "e", "f", "g", "i", "j", "k", "m"), update.topLevelAttributes());
    assertEquals(Set.of("c", "k"), update.nestedAttributes());
    assertEquals(Map.of("a", Value.Type.N, "e", Value.Type.S, "f", Value.Type.L,
        "i", Value.Type.SS, "j", Value.Type.SS), update.topLevelTypes());

    Condition condition = Expressions.condition(
        "a.b = :n AND (size(c) > :n OR NOT contains(d[0], :s)) AND e IN (:n, f)",
        new ExpressionContext(null, values(":n", Value.n(1), ":s", Value.s("x"))),
        "FilterExpression");
    assertEquals(Set.of("a", "c", "d", "e", "f"), condition.topLevelAttributes());
    assertEquals(Set.of("a", "d"), condition.nestedAttributes());

    Projection projection = Expressions.projection("a, b[1], c.d", ExpressionContext.empty());
    assertEquals(Set.of("b", "c"), projection.nestedAttributes());

    Update legacy = Legacy.attributeUpdates(new com.fasterxml.jackson.databind.ObjectMapper()
        .createObjectNode().set("x", new com.fasterxml.jackson.databind.ObjectMapper()
            .createObjectNode().set("Value", io.dynamap.local.value.ValueJson.write(Value.n(1)))));
    assertEquals(Map.of("x", Value.Type.N), legacy.topLevelTypes());
  }

  @Test
  void listRemovalsUseOriginalPositionsEvenInsideLaterElements() {
    Value inner = new Value.M(Map.of("b", new Value.L(List.of(Value.s("x"), Value.s("y")))));
    Map<String, Value> item = Map.of("a", new Value.L(List.of(Value.s("first"), inner)));
    Map<String, Value> updated = Expressions.update("REMOVE a[0], a[1].b[0]",
        ExpressionContext.empty()).apply(item);
    assertEquals(new Value.L(List.of(new Value.M(Map.of("b", new Value.L(List.of(Value.s("y"))))))),
        updated.get("a"));
  }

  @Test
  void updateRunTimeErrors() {
    ExpressionContext context = new ExpressionContext(null, values(":n", Value.n("9E+125")));
    Update overflow = Expressions.update("SET a = a + :n", context);
    assertEquals("Number overflow. Attempting to store a number with magnitude larger than "
            + "supported range",
        assertThrows(DynamoException.class, () -> overflow.apply(Map.of("a", Value.n("9E+125"))))
            .getMessage());
    assertEquals("The provided expression refers to an attribute that does not exist in the item",
        assertThrows(DynamoException.class, () -> overflow.apply(Map.of())).getMessage());
    Update add = Expressions.update("ADD a :n",
        new ExpressionContext(null, values(":n", Value.n(1))));
    assertEquals("An operand in the update expression has an incorrect data type",
        assertThrows(DynamoException.class, () -> add.apply(Map.of("a", Value.s("x"))))
            .getMessage());
    Update nested = Expressions.update("SET a.b.c = :n",
        new ExpressionContext(null, values(":n", Value.n(1))));
    assertEquals("The document path provided in the update expression is invalid for update",
        assertThrows(DynamoException.class, () -> nested.apply(Map.of("a", Value.s("x"))))
            .getMessage());
  }

  @Test
  void projectionsKeepNestedPathsInsideTheirParents() {
    Map<String, Value> item = Map.of(
        "a", new Value.M(Map.of("b", Value.n(1), "c", Value.n(2))),
        "l", new Value.L(List.of(Value.n(0), Value.n(1), Value.n(2))),
        "top", Value.s("t"));
    Projection projection =
        Expressions.projection("l[2], a.c, l[0], absent.x, top", ExpressionContext.empty());
    Map<String, Value> projected = projection.apply(item);
    assertEquals(new Value.M(Map.of("c", Value.n(2))), projected.get("a"));
    assertEquals(new Value.L(List.of(Value.n(0), Value.n(2))), projected.get("l"));
    assertEquals(Value.s("t"), projected.get("top"));
    assertEquals(3, projected.size());
    assertEquals(Set.of("l", "a", "absent", "top"), projection.topLevelAttributes());
  }

  @Test
  void attributesToGetNamesAttributesAsWritten() {
    Projection projection = Expressions.attributesToGet(List.of("size", "a.b", "x"));
    Map<String, Value> item = Map.of("size", Value.n(1), "a.b", Value.n(2),
        "a", new Value.M(Map.of("b", Value.n(3))));
    assertEquals(Map.of("size", Value.n(1), "a.b", Value.n(2)), projection.apply(item));
    assertEquals(Set.of("size", "a.b", "x"), projection.topLevelAttributes());
    assertEquals("One or more parameter values were invalid: Duplicate value in attribute name: a",
        assertThrows(DynamoException.class,
            () -> Expressions.attributesToGet(List.of("a", "b", "a"))).getMessage());
  }

  @Test
  void parsedConditionsAreSharedSafelyBetweenThreads() throws Exception {
    Condition condition = Expressions.condition("size(a) > :n",
        new ExpressionContext(null, values(":n", Value.n(2))), "FilterExpression");
    Thread[] threads = new Thread[4];
    boolean[] failures = new boolean[threads.length];
    for (int t = 0; t < threads.length; t++) {
      int index = t;
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 2000; i++) {
          boolean expected = i % 5 > 2;
          if (condition.test(Map.of("a", Value.s("x".repeat(i % 5)))) != expected) {
            failures[index] = true;
          }
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    for (boolean failure : failures) {
      assertFalse(failure);
    }
  }
}
