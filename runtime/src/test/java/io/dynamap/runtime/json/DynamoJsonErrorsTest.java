package io.dynamap.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.DynamapException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Each error names the path of the offending value, and when reading, its line and column. */
class DynamoJsonErrorsTest {
  private static final String TAGS = "S, N, B, BOOL, NULL, SS, NS, BS, L, M";
  private static final String RANGE =
      " is out of DynamoDB's number range: a nonzero magnitude must be between 1E-130 and"
          + " 9.9999999999999999999999999999999999999E+125";

  /** The exception, after checking its path, its problem and that the message starts with both. */
  private static DynamoJsonException fails(String path, String problem, Executable call) {
    DynamoJsonException e = assertThrows(DynamoJsonException.class, call);
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(problem, e.problem(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": " + problem), e.getMessage());
    return e;
  }

  private static DynamoJsonException dynamo(String path, String problem, String json) {
    return fails(path, problem, () -> DynamoJson.fromDynamoJson(json));
  }

  private static DynamoJsonException plain(String path, String problem, String json) {
    return fails(path, problem, () -> DynamoJson.fromPlainJson(json));
  }

  private static void at(DynamoJsonException e, int line, int column) {
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(
        e.getMessage().endsWith(" (line " + line + ", column " + column + ")"), e.getMessage());
  }

  /** Single quotes stand for double quotes, to keep the JSON readable. */
  private static String q(String json) {
    return json.replace('\'', '"');
  }

  @Test
  void isADynamapException() {
    assertTrue(DynamapException.class.isAssignableFrom(DynamoJsonException.class));
  }

  // ---- malformed JSON ----

  @Test
  void malformedJsonGivesThePathLineAndColumn() {
    DynamoJsonException e =
        assertThrows(
            DynamoJsonException.class,
            () ->
                DynamoJson.fromDynamoJson(
                    q("{\n  'order': {'M': {\n    'qty': {'N': '1',}\n  }}\n}")));
    assertEquals("$.order.qty", e.path());
    assertTrue(e.problem().startsWith("malformed JSON: Unexpected character ('}'"), e.problem());
    at(e, 3, 22);
  }

  @Test
  void truncatedJson() {
    DynamoJsonException e =
        dynamo("$.a.b", "malformed JSON: unexpected end of input", q("{'a': {'M': {'b': {'S': 'x'"));
    at(e, 1, 28);
    plain("$.a[1]", "malformed JSON: unexpected end of input", q("{'a': [1, "));
  }

  @Test
  void badStringEscapeIsMalformed() {
    DynamoJsonException e =
        assertThrows(DynamoJsonException.class, () -> DynamoJson.fromPlainJson(q("{'a': '\\x'}")));
    assertEquals("$.a", e.path());
    assertTrue(e.problem().startsWith("malformed JSON: Unrecognized character escape 'x'"), e.problem());
  }

  @Test
  void nanAndInfinityTokensAreMalformed() {
    for (String token : new String[] {"NaN", "Infinity", "-Infinity"}) {
      DynamoJsonException e =
          assertThrows(
              DynamoJsonException.class,
              () -> DynamoJson.fromPlainJson("{\"x\": {\"y\": " + token + "}}"));
      assertEquals("$.x.y", e.path());
      assertTrue(e.problem().startsWith("malformed JSON: Non-standard token"), e.problem());
    }
  }

  @Test
  void jsonSyntaxThatJsonForbidsIsMalformed() {
    for (String bad : new String[] {"{'a': 01}", "{'a': +1}", "{'a': .5}", "{'a': 'x' // c\n}", "{a: 1}"}) {
      DynamoJsonException e =
          assertThrows(DynamoJsonException.class, () -> DynamoJson.fromPlainJson(q(bad)), bad);
      assertTrue(e.problem().startsWith("malformed JSON: "), e.problem());
    }
  }

  @Test
  void trailingContent() {
    dynamo(
        "$",
        "trailing content after the JSON document",
        q("{'a': {'S': 'x'}} {'b': {'S': 'y'}}"));
    dynamo("$", "trailing content after the JSON document", q("{'a': {'S': 'x'}} []"));
    DynamoJsonException e =
        assertThrows(
            DynamoJsonException.class, () -> DynamoJson.fromDynamoJson(q("{'a': {'S': 'x'}}}")));
    assertEquals("$", e.path());
    assertTrue(e.problem().startsWith("trailing content after the JSON document: "), e.problem());
    at(e, 1, 18);
    e = assertThrows(DynamoJsonException.class, () -> DynamoJson.fromPlainJson("{} x"));
    assertTrue(e.problem().startsWith("trailing content after the JSON document: "), e.problem());
    // Whitespace after the document is fine.
    assertEquals(Map.of(), DynamoJson.fromPlainJson(" {} \n\t "));
  }

  @Test
  void theDocumentMustBeAnObject() {
    dynamo(
        "$",
        "empty input: expected a JSON object of attributes, such as {\"id\": {\"S\": \"x\"}}",
        "  ");
    dynamo(
        "$",
        "expected a JSON object of attributes, such as {\"id\": {\"S\": \"x\"}}, found an array",
        "[]");
    plain("$", "expected a JSON object of attributes, such as {\"id\": \"x\"}, found a JSON string", "\"x\"");
    plain("$", "expected a JSON object of attributes, such as {\"id\": \"x\"}, found null", "null");
    fails(
        "$",
        "expected a DynamoDB JSON value, such as {\"S\": \"x\"}, found a JSON number",
        () -> DynamoJson.valueFromDynamoJson("1"));
  }

  // ---- type tags ----

  @Test
  void unknownTypeTag() {
    DynamoJsonException e =
        dynamo(
            "$.order.lines[2]",
            "unknown type tag \"X\": expected one of " + TAGS,
            q("{'order': {'M': {'lines': {'L': [{'S': 'a'}, {'S': 'b'}, {'X': '1'}]}}}}"));
    at(e, 1, 59);
    dynamo("$.a", "unknown type tag \"s\": expected one of " + TAGS, q("{'a': {'s': 'x'}}"));
    dynamo("$.a", "unknown type tag \"NUL\": expected one of " + TAGS, q("{'a': {'NUL': true}}"));
  }

  @Test
  void emptyValueObject() {
    dynamo(
        "$.a",
        "empty value object: expected exactly one type tag, one of " + TAGS,
        q("{'a': {}}"));
  }

  @Test
  void moreThanOneTag() {
    dynamo(
        "$.a",
        "more than one type tag (\"S\" and \"N\"): a value object has exactly one",
        q("{'a': {'S': 'x', 'N': '1'}}"));
    dynamo("$.a", "duplicate type tag \"S\"", q("{'a': {'S': 'x', 'S': 'y'}}"));
  }

  @Test
  void valueThatIsNotAValueObject() {
    dynamo(
        "$.a",
        "expected a DynamoDB JSON value object such as {\"S\": \"x\"}, found a JSON string",
        q("{'a': 'x'}"));
    dynamo(
        "$.a[1]",
        "expected a DynamoDB JSON value object such as {\"S\": \"x\"}, found null",
        q("{'a': {'L': [{'S': 'x'}, null]}}"));
  }

  @Test
  void wrongJsonTypeUnderATag() {
    dynamo("$.a", "\"S\" must hold a JSON string, found a JSON number", q("{'a': {'S': 1}}"));
    dynamo("$.a", "\"S\" must hold a JSON string, found null", q("{'a': {'S': null}}"));
    dynamo(
        "$.a",
        "\"N\" must hold the number as a JSON string, such as {\"N\": \"42\"}, found a JSON number",
        q("{'a': {'N': 42}}"));
    dynamo("$.a", "\"N\" must hold a JSON string, found true", q("{'a': {'N': true}}"));
    dynamo("$.a", "\"B\" must hold a JSON string, found an array", q("{'a': {'B': []}}"));
    dynamo("$.a", "\"BOOL\" must hold true or false, found a JSON string", q("{'a': {'BOOL': 'true'}}"));
    dynamo(
        "$.a",
        "\"NULL\" must be true: DynamoDB writes a null as {\"NULL\": true}",
        q("{'a': {'NULL': false}}"));
    dynamo("$.a", "\"NULL\" must hold true, found null", q("{'a': {'NULL': null}}"));
    dynamo("$.a", "\"SS\" must hold an array, found a JSON string", q("{'a': {'SS': 'x'}}"));
    dynamo("$.a[1]", "\"SS\" members must be JSON strings, found a JSON number", q("{'a': {'SS': ['x', 1]}}"));
    dynamo("$.a[0]", "\"NS\" members must be JSON strings, found a JSON number", q("{'a': {'NS': [1]}}"));
    dynamo("$.a", "\"L\" must hold an array, found a JSON object", q("{'a': {'L': {}}}"));
    dynamo("$.a", "\"M\" must hold a JSON object, found an array", q("{'a': {'M': []}}"));
  }

  // ---- numbers ----

  @Test
  void invalidNumbersInDynamoJson() {
    DynamoJsonException e =
        dynamo(
            "$.order.lines[2].qty",
            "\"1E+126\"" + RANGE,
            q(
                "{'order': {'M': {'lines': {'L': [{'N': '1'}, {'N': '2'},\n"
                    + "  {'M': {'qty': {'N': '1E+126'}}}]}}}}"));
    at(e, 2, 23);
    dynamo("$.a", "\"abc\" is not a number", q("{'a': {'N': 'abc'}}"));
    dynamo("$.a", "\"NaN\" is not a number", q("{'a': {'N': 'NaN'}}"));
    dynamo("$.a", "\"\" is not a number", q("{'a': {'N': ''}}"));
    dynamo("$.a", "\" 1\" is not a number", q("{'a': {'N': ' 1'}}"));
    dynamo("$.a", "\"1E-131\"" + RANGE, q("{'a': {'N': '1E-131'}}"));
    dynamo(
        "$.a",
        "\"123456789012345678901234567890123456789\" has 39 significant digits; DynamoDB numbers"
            + " have at most 38",
        q("{'a': {'N': '123456789012345678901234567890123456789'}}"));
    dynamo("$.a[1]", "\"x\" is not a number", q("{'a': {'NS': ['1', 'x']}}"));
  }

  @Test
  void invalidNumbersInPlainJson() {
    DynamoJsonException e =
        plain(
            "$.order.lines[2].qty",
            "\"1E+126\"" + RANGE,
            q("{'order': {'lines': [1, 2, {'qty': 1E+126}]}}"));
    at(e, 1, 36);
    plain("$.a", "\"-1E-131\"" + RANGE, q("{'a': -1E-131}"));
    plain(
        "$.a",
        "\"1234567890123456789012345678901234567891\" has 40 significant digits; DynamoDB numbers"
            + " have at most 38",
        q("{'a': 1234567890123456789012345678901234567891}"));
  }

  // ---- sets ----

  @Test
  void duplicateSetMembers() {
    dynamo(
        "$.tags[2]",
        "duplicate member \"a\" in SS, the same as [0]",
        q("{'tags': {'SS': ['a', 'b', 'a']}}"));
    dynamo(
        "$.m.n[1]",
        "duplicate member \"1.0\" in NS, numerically equal to [0] \"1\"",
        q("{'m': {'M': {'n': {'NS': ['1', '1.0']}}}}"));
    dynamo(
        "$.n[2]",
        "duplicate member \"1E2\" in NS, numerically equal to [0] \"100\"",
        q("{'n': {'NS': ['100', '2', '1E2']}}"));
    dynamo(
        "$.b[1]",
        "duplicate member in BS, the same bytes as [0]",
        q("{'b': {'BS': ['AQID', 'AQID']}}"));
    // Strings that differ only in case or normalization are different members.
    assertEquals(
        2, DynamoJson.fromDynamoJson(q("{'t': {'SS': ['a', 'A']}}")).get("t").ss().size());
  }

  @Test
  void emptySets() {
    for (String tag : new String[] {"SS", "NS", "BS"}) {
      dynamo(
          "$.x.s",
          "empty " + tag + ": DynamoDB does not store empty sets",
          q("{'x': {'M': {'s': {'" + tag + "': []}}}}"));
    }
  }

  // ---- base64 ----

  @Test
  void invalidBase64() {
    DynamoJsonException e =
        assertThrows(DynamoJsonException.class, () -> DynamoJson.fromDynamoJson(q("{'a': {'B': 'abc!'}}")));
    assertEquals("$.a", e.path());
    assertTrue(e.problem().startsWith("invalid base64 \"abc!\": "), e.problem());
    e = assertThrows(DynamoJsonException.class, () -> DynamoJson.fromDynamoJson(q("{'a': {'BS': ['AQID', 'A']}}")));
    assertEquals("$.a[1]", e.path());
    assertTrue(e.problem().startsWith("invalid base64 \"A\": "), e.problem());
    for (String noncanonical : new String[] {"AQ", "AR==", "AQI", "AQ==\n"}) {
      String json = "{\"a\": {\"B\": \"" + noncanonical.replace("\n", "\\n") + "\"}}";
      e = assertThrows(DynamoJsonException.class, () -> DynamoJson.fromDynamoJson(json), noncanonical);
      assertEquals("$.a", e.path());
      assertTrue(e.problem().startsWith("invalid base64 "), e.problem());
    }
    dynamo(
        "$.a",
        "invalid base64 \"AR==\": not in canonical form (standard alphabet, '=' padding, zero"
            + " unused bits)",
        q("{'a': {'B': 'AR=='}}"));
    dynamo(
        "$.a",
        "invalid base64 \"-_8=\": Illegal base64 character 2d",
        q("{'a': {'B': '-_8='}}")); // the URL-safe alphabet
  }

  // ---- duplicate keys ----

  @Test
  void duplicateKeys() {
    DynamoJsonException e =
        dynamo("$.a", "duplicate key \"a\"", q("{'a': {'S': 'x'},\n 'a': {'S': 'y'}}"));
    at(e, 2, 2);
    dynamo(
        "$.order.lines[0].qty",
        "duplicate key \"qty\"",
        q("{'order': {'M': {'lines': {'L': [{'M': {'qty': {'N': '1'}, 'qty': {'N': '2'}}}]}}}}"));
    plain("$.order.lines[0].qty", "duplicate key \"qty\"", q("{'order': {'lines': [{'qty': 1, 'qty': 2}]}}"));
    plain("$.a", "duplicate key \"a\"", q("{'a': 1, 'a': 1}"));
  }

  @Test
  void namesThatAreNotIdentifiersAreBracketedInPaths() {
    dynamo("$['first name']", "\"x\" is not a number", q("{'first name': {'N': 'x'}}"));
    dynamo(
        "$.m['a.b'][0]['it\\'s']",
        "\"x\" is not a number",
        "{\"m\": {\"M\": {\"a.b\": {\"L\": [{\"M\": {\"it's\": {\"N\": \"x\"}}}]}}}}");
    plain("$['']", "\"1E999\"" + RANGE, q("{'': 1E999}"));
    plain("$._ok$1['1st']", "\"1E999\"" + RANGE, q("{'_ok$1': {'1st': 1E999}}"));
    plain("$['tab\\u0009']", "\"1E999\"" + RANGE, q("{'tab\\t': 1E999}"));
  }

  // ---- export lines ----

  @Test
  void exportLineErrors() {
    fails(
        "$",
        "no \"Item\" member: expected {\"Item\": {…}}",
        () -> DynamoJson.fromDynamoJsonExportLine(q("{'Keys': {'pk': {'S': 'x'}}}")));
    fails(
        "$.Item",
        "duplicate key \"Item\"",
        () -> DynamoJson.fromDynamoJsonExportLine(q("{'Item': {}, 'Item': {}}")));
    fails(
        "$.Item",
        "\"Item\" must be a JSON object of attributes, found an array",
        () -> DynamoJson.fromDynamoJsonExportLine(q("{'Item': []}")));
    fails(
        "$.Item.pk",
        "unknown type tag \"X\": expected one of " + TAGS,
        () -> DynamoJson.fromDynamoJsonExportLine(q("{'Item': {'pk': {'X': 'x'}}}")));
  }

  // ---- writing ----

  private static void write(String path, String problem, Map<String, AttributeValue> item) {
    DynamoJsonException e = fails(path, problem, () -> DynamoJson.toDynamoJson(item));
    assertEquals(-1, e.line());
    assertEquals(path + ": " + problem, e.getMessage());
    fails(path, problem, () -> DynamoJson.toPlainJson(item));
  }

  private static Map<String, AttributeValue> nested(String name, AttributeValue value) {
    return Map.of(
        "order",
        AttributeValue.fromM(
            Map.of("lines", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(name, value)))))));
  }

  @Test
  void writingRefusesWhatDynamoDbCannotStore() {
    write("$.order.lines[0].qty", "\"1E+126\"" + RANGE, nested("qty", AttributeValue.fromN("1E+126")));
    write("$.order.lines[0].qty", "\"NaN\" is not a number", nested("qty", AttributeValue.fromN("NaN")));
    write(
        "$.order.lines[0].tags",
        "empty SS: DynamoDB does not store empty sets",
        nested("tags", AttributeValue.fromSs(List.of())));
    write(
        "$.order.lines[0].n[1]",
        "duplicate member \"1.00\" in NS, numerically equal to [0] \"1\"",
        nested("n", AttributeValue.fromNs(List.of("1", "1.00"))));
    write(
        "$.order.lines[0].n[1]",
        "\"x\" is not a number",
        nested("n", AttributeValue.fromNs(List.of("1", "x"))));
    write(
        "$.s[1]",
        "duplicate member \"a\" in SS, the same as [0]",
        Map.of("s", AttributeValue.fromSs(List.of("a", "a"))));
    write(
        "$.b[1]",
        "duplicate member in BS, the same bytes as [0]",
        Map.of(
            "b",
            AttributeValue.fromBs(
                List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromUtf8String("x")))));
    write(
        "$.z",
        "NULL is false: DynamoDB's null is AttributeValue.fromNul(true)",
        Map.of("z", AttributeValue.fromNul(false)));
    write(
        "$.e",
        "AttributeValue has no value set, or only one this SDK does not know",
        Map.of("e", AttributeValue.builder().build()));
    Map<String, AttributeValue> withNull = new LinkedHashMap<>();
    withNull.put("x", null);
    write(
        "$.x", "null AttributeValue: DynamoDB's null is AttributeValue.fromNul(true)", withNull);
    List<AttributeValue> listWithNull = new ArrayList<>(Arrays.asList(AttributeValue.fromS("a"), null));
    write(
        "$.l[1]",
        "null AttributeValue: DynamoDB's null is AttributeValue.fromNul(true)",
        Map.of("l", AttributeValue.builder().l(listWithNull).build()));
    DynamoJsonException e =
        assertThrows(
            DynamoJsonException.class,
            () -> DynamoJson.toDynamoJson(Map.of("two", AttributeValue.builder().s("a").n("1").build())));
    assertEquals("$.two", e.path());
    assertEquals("AttributeValue has more than one member set: AttributeValue(S=a, N=1)", e.problem());
  }

  @Test
  void deepNestingFailsCleanly() {
    AttributeValue deep = AttributeValue.fromS("bottom");
    for (int i = 0; i < 600; i++) {
      deep = AttributeValue.fromL(List.of(deep));
    }
    Map<String, AttributeValue> item = Map.of("d", deep);
    DynamoJsonException e = assertThrows(DynamoJsonException.class, () -> DynamoJson.toDynamoJson(item));
    assertTrue(e.path().startsWith("$.d[0][0]"), e.path());
    assertTrue(e.problem().startsWith("cannot write JSON: "), e.problem());
    String plain = DynamoJson.toPlainJson(item); // 601 levels: within Jackson's limit of 1000
    e = assertThrows(
        DynamoJsonException.class, () -> DynamoJson.fromPlainJson("{\"d\":" + "[".repeat(1200)));
    assertTrue(e.problem().startsWith("JSON exceeds a limit: "), e.problem());
    assertEquals(item, DynamoJson.fromPlainJson(plain));
  }
}
