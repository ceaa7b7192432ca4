package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class BatchItemIdTest {
  private static BatchItemId id(String table, AttributeValue pk, AttributeValue sk) {
    return BatchItemId.of(
        table,
        "pk",
        sk == null ? null : "sk",
        sk == null
            ? Map.of("pk", pk)
            : Map.of("pk", pk, "sk", sk, "other", AttributeValue.fromS("x")));
  }

  @Test
  void numbersAreComparedByValue() {
    BatchItemId seven = id("t", AttributeValue.fromN("7"), null);
    assertEquals(seven, id("t", AttributeValue.fromN("7.00"), null));
    assertEquals(seven, id("t", AttributeValue.fromN("70E-1"), null));
    assertEquals(seven.hashCode(), id("t", AttributeValue.fromN("0.7e1"), null).hashCode());
    assertEquals(
        id("t", AttributeValue.fromN("0"), null), id("t", AttributeValue.fromN("0.000"), null));
    assertNotEquals(seven, id("t", AttributeValue.fromN("7.01"), null));
  }

  @Test
  void binaryIsComparedByContentAndTablesAndSortKeysCount() {
    AttributeValue a = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}));
    AttributeValue b = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}));
    assertEquals(id("t", AttributeValue.fromS("p"), a), id("t", AttributeValue.fromS("p"), b));
    assertNotEquals(id("t", AttributeValue.fromS("p"), a), id("u", AttributeValue.fromS("p"), a));
    assertNotEquals(
        id("t", AttributeValue.fromS("p"), AttributeValue.fromS("1")),
        id("t", AttributeValue.fromS("p"), AttributeValue.fromS("2")));
  }
}
