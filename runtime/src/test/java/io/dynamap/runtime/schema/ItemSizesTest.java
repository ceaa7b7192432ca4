package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizesTest {

  @Test
  void stringsCountTheirUtf8Bytes() {
    for (String s : List.of("", "abc", "héllo", "✓ done", "𝄞 clef", "日本語", "a\u0000b")) {
      assertEquals(s.getBytes(StandardCharsets.UTF_8).length, ItemSizes.utf8Length(s), s);
      assertEquals(
          s.getBytes(StandardCharsets.UTF_8).length,
          ItemSizes.valueSize(AttributeValue.fromS(s)),
          s);
    }
    assertEquals(3, ItemSizes.utf8Length("\ud800")); // a lone surrogate: counted high, never low
  }

  @Test
  void numbersCountOneBytePerTwoSignificantDigitsPlusOne() {
    assertEquals(2, ItemSizes.numberSize("0"));
    assertEquals(2, ItemSizes.numberSize("7"));
    assertEquals(2, ItemSizes.numberSize("42"));
    assertEquals(3, ItemSizes.numberSize("123"));
    assertEquals(2, ItemSizes.numberSize("1000000")); // trailing zeros do not count
    assertEquals(2, ItemSizes.numberSize("0.0012")); // nor leading ones
    assertEquals(3, ItemSizes.numberSize("1.05")); // inner zeros do
    assertEquals(3, ItemSizes.numberSize("-1")); // one more for the sign
    assertEquals(2, ItemSizes.numberSize("1E+10"));
    assertEquals(20, ItemSizes.numberSize("12345678901234567890123456789012345678"));
  }

  @Test
  void binaryCountsRawBytesAndScalarsOne() {
    assertEquals(5, ItemSizes.valueSize(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[5]))));
    assertEquals(1, ItemSizes.valueSize(AttributeValue.fromBool(true)));
    assertEquals(1, ItemSizes.valueSize(AttributeValue.fromNul(true)));
  }

  @Test
  void documentsAddThreeBytesAndOnePerElement() {
    assertEquals(3, ItemSizes.valueSize(AttributeValue.fromL(List.of())));
    assertEquals(3, ItemSizes.valueSize(AttributeValue.fromM(Map.of())));
    // [ "ab", true ]: 3 + (2 + 1) + (1 + 1)
    assertEquals(
        8,
        ItemSizes.valueSize(
            AttributeValue.fromL(
                List.of(AttributeValue.fromS("ab"), AttributeValue.fromBool(true)))));
    // { "k": "vv", "n": { } }: 3 + (1 + 2 + 1) + (1 + 3 + 1)
    assertEquals(
        12,
        ItemSizes.valueSize(
            AttributeValue.fromM(
                Map.of("k", AttributeValue.fromS("vv"), "n", AttributeValue.fromM(Map.of())))));
  }

  @Test
  void setsAddTheirElements() {
    assertEquals(5, ItemSizes.valueSize(AttributeValue.fromSs(List.of("ab", "cde"))));
    assertEquals(5, ItemSizes.valueSize(AttributeValue.fromNs(List.of("1", "-12"))));
    assertEquals(
        7,
        ItemSizes.valueSize(
            AttributeValue.fromBs(
                List.of(
                    SdkBytes.fromByteArray(new byte[3]), SdkBytes.fromByteArray(new byte[4])))));
  }

  @Test
  void anItemAddsItsAttributeNames() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.fromS("abc")); // 2 + 3
    item.put("größe", AttributeValue.fromN("12")); // 7 + 2
    item.put("ok", AttributeValue.fromBool(false)); // 2 + 1
    assertEquals(17, ItemSizes.itemSize(item));
    assertEquals(0, ItemSizes.itemSize(Map.of()));
  }
}
