package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What a put stores for each generated value, and how each encodes. */
class GeneratedValueTest {
  private static final Instant NOW = Instant.parse("2026-12-05T10:15:30.123456Z");

  @Test
  void anEntityWithoutGeneratedValuesKeepsItsItem() {
    Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("a"));
    assertSame(item, GeneratedValue.fill(List.of(), item, NOW));
  }

  @Test
  void aPutFillsWhatIsMissingOrNullAndStampsEveryWriteAlways() {
    List<GeneratedValue> values =
        List.of(
            GeneratedValue.uuid("id"),
            GeneratedValue.createdAt("createdAt", GeneratedValue.TimeType.INSTANT),
            GeneratedValue.writtenAt("updatedAt", GeneratedValue.TimeType.INSTANT),
            GeneratedValue.counter("views", 10, 2));
    Map<String, AttributeValue> filled =
        GeneratedValue.fill(values, Map.of("createdAt", AttributeValue.fromNul(true)), NOW);
    assertEquals(4, UUID.fromString(filled.get("id").s()).version());
    assertEquals(AttributeCodecs.fromInstant(NOW, "createdAt"), filled.get("createdAt"));
    assertEquals(AttributeCodecs.fromInstant(NOW, "updatedAt"), filled.get("updatedAt"));
    assertEquals(AttributeValue.fromN("10"), filled.get("views"));

    Map<String, AttributeValue> given =
        Map.of(
            "id", AttributeValue.fromS("given"),
            "createdAt", AttributeValue.fromS("2020-01-01T00:00:00.000000000Z"),
            "updatedAt", AttributeValue.fromS("2020-01-01T00:00:00.000000000Z"),
            "views", AttributeValue.fromN("7"));
    Map<String, AttributeValue> kept = GeneratedValue.fill(values, given, NOW);
    assertEquals(given.get("id"), kept.get("id"));
    assertEquals(given.get("createdAt"), kept.get("createdAt"));
    assertEquals(AttributeCodecs.fromInstant(NOW, "updatedAt"), kept.get("updatedAt"));
    assertEquals(given.get("views"), kept.get("views"));
  }

  @Test
  void eachTimeTypeIsStoredAsItsCodecStoresIt() {
    assertEquals(
        "2026-12-05",
        GeneratedValue.createdAt("d", GeneratedValue.TimeType.LOCAL_DATE).value(NOW).s());
    assertEquals(
        "2026-12-05T10:15:30.123456000",
        GeneratedValue.createdAt("d", GeneratedValue.TimeType.LOCAL_DATE_TIME).value(NOW).s());
    assertEquals(
        "2026-12-05T10:15:30.123456000Z[Z]",
        GeneratedValue.createdAt("d", GeneratedValue.TimeType.OFFSET_DATE_TIME).value(NOW).s());
    assertEquals(
        "2026-12-05T10:15:30.123456000Z[Z]",
        GeneratedValue.writtenAt("d", GeneratedValue.TimeType.ZONED_DATE_TIME).value(NOW).s());
  }

  @Test
  void aCounterStartsSoThatTheFirstUpdateStoresItsStart() {
    GeneratedValue counter = GeneratedValue.counter("c", 100, -5);
    assertEquals(AttributeValue.fromN("105"), counter.counterBase());
    assertEquals(AttributeValue.fromN("-5"), counter.counterDelta());
    GeneratedValue extreme = GeneratedValue.counter("c", Long.MIN_VALUE, 1);
    assertEquals(AttributeValue.fromN("-9223372036854775809"), extreme.counterBase(), "no overflow");
    assertNull(GeneratedValue.uuid("u").counterBase());
    assertThrows(IllegalArgumentException.class, () -> GeneratedValue.counter("c", 0, 0));
    assertNotEquals(
        GeneratedValue.uuid("u").value(NOW), GeneratedValue.uuid("u").value(NOW), "random");
  }
}
