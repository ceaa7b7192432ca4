package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpressionHeadsTest {
  @Test
  void findsTopLevelNamesOnly() {
    assertEquals(Set.of("a", "m", "real"), ExpressionHeads.of(
        "a = :v AND begins_with(m.inner[0].deep, :p) OR NOT #n BETWEEN :x AND :y",
        OperationHarness.parse("{'#n': 'real'}")));
    assertEquals(Set.of("size"), ExpressionHeads.of("size > :s", null));
    assertEquals(Set.of("x"), ExpressionHeads.of("size(x) > :s AND x IN (:a, :b)", null));
  }
}
