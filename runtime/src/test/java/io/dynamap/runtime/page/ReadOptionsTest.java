package io.dynamap.runtime.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.DEFAULTS.withPageSize(0));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.DEFAULTS.withLimit(-1));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.DEFAULTS.withSegments(0));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.DEFAULTS.withSegments(1_000_001));
  }

  @Test
  void eachRequestAsksForThePageSizeOrWhatTheLimitLeaves() {
    assertNull(Paginator.requestLimit(0, false, ReadOptions.UNLIMITED));
    assertEquals(50, Paginator.requestLimit(50, false, ReadOptions.UNLIMITED));
    assertEquals(10, Paginator.requestLimit(10, true, 25));
    assertEquals(5, Paginator.requestLimit(10, true, 5));
    assertEquals(7, Paginator.requestLimit(0, true, 7));
    assertEquals(Integer.MAX_VALUE, Paginator.requestLimit(0, true, Long.MAX_VALUE));
  }

  @Test
  void describesWhatDiffersFromTheDefaults() {
    assertEquals("", ReadOptions.DEFAULTS.describe());
    assertEquals(
        ", pageSize=50, limit=10, descending, startingAfter a cursor",
        ReadOptions.DEFAULTS.withPageSize(50).withLimit(10).withDescending().withCursor("x").describe());
  }
}
