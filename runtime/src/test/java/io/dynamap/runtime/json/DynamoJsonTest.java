package io.dynamap.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoJsonTest {
  private static AttributeValue s(String s) {
    return AttributeValue.fromS(s);
  }

  private static AttributeValue n(String n) {
    return AttributeValue.fromN(n);
  }

  private static AttributeValue b(int... bytes) {
    byte[] array = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      array[i] = (byte) bytes[i];
    }
    return AttributeValue.fromB(SdkBytes.fromByteArray(array));
  }

  private static SdkBytes bytes(String utf8) {
    return SdkBytes.fromUtf8String(utf8);
  }

  /** Every type once, in insertion order. */
  private static Map<String, AttributeValue> everyType(AttributeValue nested) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("s", s("text"));
    m.put("n", n("-12.50"));
    m.put("b", b(0, 1, 254, 255));
    m.put("bool", AttributeValue.fromBool(true));
    m.put("null", AttributeValue.fromNul(true));
    m.put("ss", AttributeValue.fromSs(List.of("a", "b")));
    m.put("ns", AttributeValue.fromNs(List.of("1", "2.5", "-3E+7")));
    m.put("bs", AttributeValue.fromBs(List.of(bytes("x"), bytes("y"))));
    m.put("emptyL", AttributeValue.fromL(List.of()));
    m.put("emptyM", AttributeValue.fromM(Map.of()));
    m.put("emptyS", s(""));
    m.put("emptyB", b());
    if (nested != null) {
      m.put("l", AttributeValue.fromL(List.of(nested, s("after"))));
      m.put("m", AttributeValue.fromM(Map.of("inner", nested)));
    }
    return m;
  }

  /** Every type at each of three levels: item > M > L > M. */
  private static Map<String, AttributeValue> nestedThreeDeep() {
    AttributeValue level3 = AttributeValue.fromM(everyType(null));
    AttributeValue level2 = AttributeValue.fromM(everyType(level3));
    AttributeValue level1 = AttributeValue.fromM(everyType(level2));
    return everyType(level1);
  }

  // ---- DynamoDB JSON ----

  @Test
  void everyTypeNestedThreeDeepRoundTrips() {
    Map<String, AttributeValue> item = nestedThreeDeep();
    assertEquals(item, DynamoJson.fromDynamoJson(DynamoJson.toDynamoJson(item)));
    assertEquals(item, DynamoJson.fromDynamoJson(DynamoJson.toDynamoJson(item, true)));
    AttributeValue value = AttributeValue.fromM(item);
    assertEquals(value, DynamoJson.valueFromDynamoJson(DynamoJson.toDynamoJson(value)));
    assertEquals(value, DynamoJson.valueFromDynamoJson(DynamoJson.toDynamoJson(value, true)));
  }

  @Test
  void writesTheWireFormatCompactly() {
    assertEquals(
        "{\"s\":{\"S\":\"text\"},\"n\":{\"N\":\"-12.50\"},\"b\":{\"B\":\"AAH+/w==\"},"
            + "\"bool\":{\"BOOL\":true},\"null\":{\"NULL\":true},\"ss\":{\"SS\":[\"a\",\"b\"]},"
            + "\"ns\":{\"NS\":[\"1\",\"2.5\",\"-3E+7\"]},\"bs\":{\"BS\":[\"eA==\",\"eQ==\"]},"
            + "\"emptyL\":{\"L\":[]},\"emptyM\":{\"M\":{}},\"emptyS\":{\"S\":\"\"},"
            + "\"emptyB\":{\"B\":\"\"}}",
        DynamoJson.toDynamoJson(everyType(null)));
    assertEquals("{\"N\":\"1\"}", DynamoJson.toDynamoJson(n("1")));
  }

  @Test
  void prettyPrintsWithTwoSpacesAndNewlines() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", s("c-001"));
    item.put("tags", AttributeValue.fromSs(List.of("a", "b")));
    item.put("empty", AttributeValue.fromL(List.of()));
    assertEquals(
        "{\n"
            + "  \"id\": {\n"
            + "    \"S\": \"c-001\"\n"
            + "  },\n"
            + "  \"tags\": {\n"
            + "    \"SS\": [\n"
            + "      \"a\",\n"
            + "      \"b\"\n"
            + "    ]\n"
            + "  },\n"
            + "  \"empty\": {\n"
            + "    \"L\": []\n"
            + "  }\n"
            + "}",
        DynamoJson.toDynamoJson(item, true));
  }

  @Test
  void writesInTheMapsIterationOrderAndReadsInDocumentOrder() {
    Map<String, AttributeValue> sorted = new TreeMap<>();
    sorted.put("b", n("2"));
    sorted.put("a", n("1"));
    sorted.put("c", n("3"));
    String json = DynamoJson.toDynamoJson(sorted);
    assertEquals("{\"a\":{\"N\":\"1\"},\"b\":{\"N\":\"2\"},\"c\":{\"N\":\"3\"}}", json);
    assertEquals(json, DynamoJson.toDynamoJson(sorted)); // same map, same text
    Map<String, AttributeValue> read =
        DynamoJson.fromDynamoJson("{\"z\":{\"N\":\"1\"},\"y\":{\"N\":\"2\"},\"x\":{\"N\":\"3\"}}");
    assertEquals(List.of("z", "y", "x"), new ArrayList<>(read.keySet()));
  }

  @Test
  void returnedItemsAreUnmodifiable() {
    Map<String, AttributeValue> item = DynamoJson.fromDynamoJson("{\"a\":{\"S\":\"x\"}}");
    assertThrows(UnsupportedOperationException.class, () -> item.put("b", s("y")));
    Map<String, AttributeValue> plain = DynamoJson.fromPlainJson("{\"a\":\"x\"}");
    assertThrows(UnsupportedOperationException.class, () -> plain.put("b", s("y")));
  }

  private static final String[] EXACT = {
    "0.1",
    "123456789012345678901234567890.12345678",
    "-1E-130",
    "9.9999999999999999999999999999999999999E+125",
    "-9.9999999999999999999999999999999999999E+125",
    "1E-130",
    "1.50",
    "-0",
    "0.000",
    "12345678901234567890123456789012345678",
    "1.0E10",
  };

  @Test
  void numbersKeepTheirExactText() {
    for (String text : EXACT) {
      Map<String, AttributeValue> item = Map.of("n", n(text));
      String dynamo = DynamoJson.toDynamoJson(item);
      assertEquals("{\"n\":{\"N\":\"" + text + "\"}}", dynamo);
      assertEquals(text, DynamoJson.fromDynamoJson(dynamo).get("n").n());
      String plain = DynamoJson.toPlainJson(item);
      assertEquals("{\"n\":" + text + "}", plain);
      assertEquals(text, DynamoJson.fromPlainJson(plain).get("n").n());
    }
  }

  @Test
  void numberSetsKeepTheirExactText() {
    AttributeValue ns = AttributeValue.fromNs(List.of(EXACT).subList(0, 6));
    assertEquals(ns, DynamoJson.valueFromDynamoJson(DynamoJson.toDynamoJson(ns)));
  }

  /** The documented output of {@code aws dynamodb get-item}, with every type and its indentation. */
  private static final String GET_ITEM_OUTPUT =
      "{\n"
          + "    \"Item\": {\n"
          + "        \"AlbumTitle\": {\n"
          + "            \"S\": \"Songs About Life\"\n"
          + "        },\n"
          + "        \"Awards\": {\n"
          + "            \"N\": \"10\"\n"
          + "        },\n"
          + "        \"Price\": {\n"
          + "            \"N\": \"2.14\"\n"
          + "        },\n"
          + "        \"Artist\": {\n"
          + "            \"S\": \"Acme Band\"\n"
          + "        },\n"
          + "        \"SongTitle\": {\n"
          + "            \"S\": \"Happy Day\"\n"
          + "        },\n"
          + "        \"Genres\": {\n"
          + "            \"SS\": [\n"
          + "                \"Pop\",\n"
          + "                \"Rock\"\n"
          + "            ]\n"
          + "        },\n"
          + "        \"Ratings\": {\n"
          + "            \"NS\": [\n"
          + "                \"4.5\",\n"
          + "                \"5\"\n"
          + "            ]\n"
          + "        },\n"
          + "        \"Cover\": {\n"
          + "            \"B\": \"iVBORw0KGgo=\"\n"
          + "        },\n"
          + "        \"Masters\": {\n"
          + "            \"BS\": [\n"
          + "                \"AQID\",\n"
          + "                \"BAUG\"\n"
          + "            ]\n"
          + "        },\n"
          + "        \"Explicit\": {\n"
          + "            \"BOOL\": false\n"
          + "        },\n"
          + "        \"Label\": {\n"
          + "            \"NULL\": true\n"
          + "        },\n"
          + "        \"Tracks\": {\n"
          + "            \"L\": [\n"
          + "                {\n"
          + "                    \"M\": {\n"
          + "                        \"Title\": {\n"
          + "                            \"S\": \"Intro\"\n"
          + "                        },\n"
          + "                        \"Seconds\": {\n"
          + "                            \"N\": \"94\"\n"
          + "                        }\n"
          + "                    }\n"
          + "                }\n"
          + "            ]\n"
          + "        }\n"
          + "    },\n"
          + "    \"ConsumedCapacity\": {\n"
          + "        \"TableName\": \"MusicCollection\",\n"
          + "        \"CapacityUnits\": 0.5\n"
          + "    }\n"
          + "}\n";

  @Test
  void readsAwsCliGetItemOutput() {
    Map<String, AttributeValue> item = DynamoJson.fromDynamoJsonExportLine(GET_ITEM_OUTPUT);
    assertEquals(12, item.size());
    assertEquals(s("Songs About Life"), item.get("AlbumTitle"));
    assertEquals(n("10"), item.get("Awards"));
    assertEquals(n("2.14"), item.get("Price"));
    assertEquals(AttributeValue.fromSs(List.of("Pop", "Rock")), item.get("Genres"));
    assertEquals(AttributeValue.fromNs(List.of("4.5", "5")), item.get("Ratings"));
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        item.get("Cover").b().asByteArray());
    assertEquals(
        AttributeValue.fromBs(
            List.of(SdkBytes.fromByteArray(new byte[] {1, 2, 3}), SdkBytes.fromByteArray(new byte[] {4, 5, 6}))),
        item.get("Masters"));
    assertEquals(AttributeValue.fromBool(false), item.get("Explicit"));
    assertEquals(AttributeValue.fromNul(true), item.get("Label"));
    assertEquals(
        AttributeValue.fromL(
            List.of(AttributeValue.fromM(Map.of("Title", s("Intro"), "Seconds", n("94"))))),
        item.get("Tracks"));
  }

  @Test
  void readsExportLines() {
    String line =
        "{\"Item\":{\"pk\":{\"S\":\"user#1\"},\"sk\":{\"N\":\"1700000000\"},\"v\":{\"L\":[]}}}";
    assertEquals(
        Map.of("pk", s("user#1"), "sk", n("1700000000"), "v", AttributeValue.fromL(List.of())),
        DynamoJson.fromDynamoJsonExportLine(line));
  }

  @Test
  void unicodeAndEscapesRoundTripInNamesAndValues() {
    String[] texts = {
      "naïve café",
      "日本語のテキスト",
      "emoji 😀 and 𝄞",
      "quote \" backslash \\ slash /",
      "controls \t \n \r \b \f \u0000 \u0001 \u001f \u007f",
      "separators \u2028 \u2029",
      "bom \ufeff",
      "",
    };
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < texts.length; i++) {
      item.put(texts[i], s(texts[i]));
      item.put("list " + texts[i], AttributeValue.fromL(List.of(s(texts[i]))));
    }
    item.put("set", AttributeValue.fromSs(List.of(texts)));
    assertEquals(item, DynamoJson.fromDynamoJson(DynamoJson.toDynamoJson(item)));
    assertEquals(item, DynamoJson.fromDynamoJson(DynamoJson.toDynamoJson(item, true)));
    item.remove("set"); // plain JSON would read it back as a list
    assertEquals(item, DynamoJson.fromPlainJson(DynamoJson.toPlainJson(item)));
  }

  @Test
  void escapesAsJsonRequiresAndWritesOtherCharactersAsTheyAre() {
    assertEquals(
        "{\"a\\\"b\":{\"S\":\"tab\\t nul\\u0000 é 😀 \\\\\"}}",
        DynamoJson.toDynamoJson(Map.of("a\"b", s("tab\t nul\u0000 é 😀 \\"))));
  }

  @Test
  void readsUnicodeEscapes() {
    Map<String, AttributeValue> item =
        DynamoJson.fromDynamoJson("{\"\\u00e9t\\u00e9\": {\"S\": \"\\ud83d\\ude00 \\\"\\/\"}}");
    assertEquals(Map.of("été", s("😀 \"/")), item);
  }

  @Test
  void binariesWithEveryByteValueRoundTrip() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String base64 = Base64.getEncoder().encodeToString(all);
    AttributeValue value = AttributeValue.fromB(SdkBytes.fromByteArray(all));
    assertEquals("{\"B\":\"" + base64 + "\"}", DynamoJson.toDynamoJson(value));
    assertArrayEquals(all, DynamoJson.valueFromDynamoJson(DynamoJson.toDynamoJson(value)).b().asByteArray());
    // Each length remainder (padding "==", "=", none), and a set of them.
    List<SdkBytes> members = new ArrayList<>();
    for (int len = 0; len <= 6; len++) {
      byte[] part = new byte[len];
      System.arraycopy(all, 250 - len, part, 0, len);
      members.add(SdkBytes.fromByteArray(part));
      AttributeValue one = AttributeValue.fromB(SdkBytes.fromByteArray(part));
      assertEquals(one, DynamoJson.valueFromDynamoJson(DynamoJson.toDynamoJson(one)));
    }
    AttributeValue set = AttributeValue.fromBs(members);
    assertEquals(set, DynamoJson.valueFromDynamoJson(DynamoJson.toDynamoJson(set)));
    // Plain JSON: the same base64 text, read back as a string.
    assertEquals("{\"b\":\"" + base64 + "\"}", DynamoJson.toPlainJson(Map.of("b", value)));
    assertEquals(s(base64), DynamoJson.fromPlainJson("{\"b\":\"" + base64 + "\"}").get("b"));
  }

  // ---- plain JSON ----

  @Test
  void writesPlainJson() {
    assertEquals(
        "{\"s\":\"text\",\"n\":-12.50,\"b\":\"AAH+/w==\",\"bool\":true,\"null\":null,"
            + "\"ss\":[\"a\",\"b\"],\"ns\":[1,2.5,-3E+7],\"bs\":[\"eA==\",\"eQ==\"],"
            + "\"emptyL\":[],\"emptyM\":{},\"emptyS\":\"\",\"emptyB\":\"\"}",
        DynamoJson.toPlainJson(everyType(null)));
  }

  @Test
  void plainJsonWritesLooseNumberSyntaxAsJsonNumbers() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("plus", n("+1"));
    item.put("dot", n(".5"));
    item.put("trailingDot", n("5."));
    item.put("zeros", n("007"));
    assertEquals(
        "{\"plus\":1,\"dot\":0.5,\"trailingDot\":5,\"zeros\":7}", DynamoJson.toPlainJson(item));
    // DynamoDB JSON keeps the text as it is.
    assertEquals(item, DynamoJson.fromDynamoJson(DynamoJson.toDynamoJson(item)));
  }

  @Test
  void readsPlainJsonByJsonType() {
    Map<String, AttributeValue> item =
        DynamoJson.fromPlainJson(
            "{\"s\": \"x\", \"i\": 42, \"f\": -0.5e-3, \"t\": true, \"f2\": false, \"z\": null,"
                + " \"l\": [1, \"a\", [], {}], \"m\": {\"k\": {\"deep\": [null]}}}");
    Map<String, AttributeValue> expected = new LinkedHashMap<>();
    expected.put("s", s("x"));
    expected.put("i", n("42"));
    expected.put("f", n("-0.5e-3"));
    expected.put("t", AttributeValue.fromBool(true));
    expected.put("f2", AttributeValue.fromBool(false));
    expected.put("z", AttributeValue.fromNul(true));
    expected.put(
        "l",
        AttributeValue.fromL(
            List.of(n("1"), s("a"), AttributeValue.fromL(List.of()), AttributeValue.fromM(Map.of()))));
    expected.put(
        "m",
        AttributeValue.fromM(
            Map.of(
                "k",
                AttributeValue.fromM(
                    Map.of("deep", AttributeValue.fromL(List.of(AttributeValue.fromNul(true))))))));
    assertEquals(expected, item);
  }

  @Test
  void plainJsonReadsSetsAsListsAndBinariesAsStrings() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
    item.put("ns", AttributeValue.fromNs(List.of("1", "2")));
    item.put("bs", AttributeValue.fromBs(List.of(bytes("x"))));
    item.put("b", b(255));
    Map<String, AttributeValue> read = DynamoJson.fromPlainJson(DynamoJson.toPlainJson(item));
    assertEquals(AttributeValue.fromL(List.of(s("a"), s("b"))), read.get("ss"));
    assertEquals(AttributeValue.fromL(List.of(n("1"), n("2"))), read.get("ns"));
    assertEquals(AttributeValue.fromL(List.of(s("eA=="))), read.get("bs"));
    assertEquals(s("/w=="), read.get("b"));
  }

  @Test
  void plainJsonRoundTripsItemsWithoutSetsOrBinaries() {
    AttributeValue level3 =
        AttributeValue.fromM(
            Map.of("s", s("x"), "n", n("1.50"), "t", AttributeValue.fromBool(true), "z",
                AttributeValue.fromNul(true)));
    AttributeValue level2 = AttributeValue.fromL(List.of(level3, n("-0"), AttributeValue.fromL(List.of())));
    AttributeValue level1 = AttributeValue.fromM(Map.of("l", level2, "e", AttributeValue.fromM(Map.of())));
    Map<String, AttributeValue> item = Map.of("top", level1, "n", n("9.9999999999999999999999999999999999999E+125"));
    assertEquals(item, DynamoJson.fromPlainJson(DynamoJson.toPlainJson(item)));
    assertEquals(item, DynamoJson.fromPlainJson(DynamoJson.toPlainJson(item, true)));
  }

  @Test
  void prettyPlainJson() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", s("c-001"));
    item.put("lines", AttributeValue.fromL(List.of(n("1"), AttributeValue.fromM(Map.of()))));
    assertEquals(
        "{\n  \"id\": \"c-001\",\n  \"lines\": [\n    1,\n    {}\n  ]\n}",
        DynamoJson.toPlainJson(item, true));
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThrows(NullPointerException.class, () -> DynamoJson.fromDynamoJson(null));
    assertThrows(NullPointerException.class, () -> DynamoJson.fromPlainJson(null));
    assertThrows(
        NullPointerException.class, () -> DynamoJson.toDynamoJson((Map<String, AttributeValue>) null));
    assertThrows(NullPointerException.class, () -> DynamoJson.toDynamoJson((AttributeValue) null));
    assertThrows(NullPointerException.class, () -> DynamoJson.toPlainJson(null));
  }
}
