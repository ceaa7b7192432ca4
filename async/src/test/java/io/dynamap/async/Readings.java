package io.dynamap.async;

import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.ScalarAttributes.Kind;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Sensor readings, keyed by sensor (S) and sequence number (N), with a hand-written schema as a
 * generated one would be, for the async batch and transaction tests.
 */
final class Readings implements ItemSchema<Readings.Reading> {
  static final Readings SCHEMA = new Readings();

  /** The {@code value} attribute, for conditions. */
  static final ComparableAttribute<Reading, Long> VALUE =
      ScalarAttributes.number(AttributePath.of("value"), Kind.LONG, "value");

  /**
   * One reading.
   *
   * @param sensor the partition key
   * @param seq the sort key
   * @param value the reading
   */
  record Reading(String sensor, int seq, long value) {}

  private Readings() {}

  static EntityTable<Reading> table(String name) {
    return EntityTable.of(name, SCHEMA);
  }

  /** Reading {@code i}: 50 sensors, values that differ per reading. */
  static Reading reading(int i) {
    return new Reading("s-" + (i % 50), i, 31L * i + 7);
  }

  static List<Reading> readings(int from, int to) {
    return IntStream.range(from, to).mapToObj(Readings::reading).toList();
  }

  static Map<String, AttributeValue> key(Reading reading) {
    return SCHEMA.keyOf(reading);
  }

  /** The number of items in the table, counted by Dynamap Local itself ({@code Select=COUNT}). */
  static long countDirectly(DynamoDbClient direct, String table) {
    long count = 0;
    for (var page : direct.scanPaginator(scan -> scan.tableName(table).select(Select.COUNT))) {
      count += page.count();
    }
    return count;
  }

  /** Every reading in the table, read straight from Dynamap Local, by key; a key twice fails. */
  static Map<Map<String, AttributeValue>, Reading> scanDirectly(DynamoDbClient direct, String table) {
    Map<Map<String, AttributeValue>, Reading> stored = new java.util.HashMap<>();
    direct
        .scanPaginator(scan -> scan.tableName(table))
        .items()
        .forEach(
            item -> {
              Reading reading = SCHEMA.fromItem(item);
              if (stored.put(key(reading), reading) != null) {
                throw new AssertionError("the scan returned " + key(reading) + " twice");
              }
            });
    return stored;
  }

  @Override
  public String entityName() {
    return "Reading";
  }

  @Override
  public String tableName() {
    return "Reading";
  }

  @Override
  public KeyDefinition key() {
    return KeyDefinition.of("sensor", ScalarAttributeType.S, "seq", ScalarAttributeType.N);
  }

  @Override
  public Map<String, AttributeValue> toItem(Reading reading) {
    if (reading.sensor() == null || reading.sensor().isEmpty()) {
      throw new ItemMappingException("Reading.sensor is the partition key and must not be empty");
    }
    return Map.of(
        "sensor", AttributeValue.fromS(reading.sensor()),
        "seq", AttributeValue.fromN(Integer.toString(reading.seq())),
        "value", AttributeValue.fromN(Long.toString(reading.value())));
  }

  @Override
  public Reading fromItem(Map<String, AttributeValue> item) {
    AttributeValue value = item.get("value");
    if (value == null || value.n() == null) {
      throw new ItemMappingException("Reading.value is missing or not a number: " + value);
    }
    return new Reading(
        item.get("sensor").s(),
        Integer.parseInt(item.get("seq").n()),
        Long.parseLong(value.n()));
  }

  @Override
  public Map<String, AttributeValue> keyOf(Reading reading) {
    if (reading.sensor() == null || reading.sensor().isEmpty()) {
      throw new ItemMappingException("Reading.sensor is the partition key and must not be empty");
    }
    return Map.of(
        "sensor", AttributeValue.fromS(reading.sensor()),
        "seq", AttributeValue.fromN(Integer.toString(reading.seq())));
  }
}
