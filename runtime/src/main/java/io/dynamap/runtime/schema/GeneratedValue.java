package io.dynamap.runtime.schema;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One attribute whose value Dynamap generates when it writes an item: an {@code @AutoTimestamp},
 * {@code @AutoUuid} or {@code @AtomicCounter} attribute, as a generated schema lists them in
 * {@link ItemSchema#generatedValues()}.
 *
 * <p>Puts (which replace the item) fill the encoded item with {@link #fill}; updates add one
 * action per attribute the update does not name itself ({@code io.dynamap.runtime.expr.Update}).
 * Both read the same definitions, so an item gets the same values however it is written.
 * Immutable and thread-safe.
 */
public final class GeneratedValue {

  /** What is generated, and when. */
  public enum Kind {
    /** The time of the write, when the item is created. */
    CREATED_AT,
    /** The time of the write, on every write. */
    WRITTEN_AT,
    /** A random UUID, when the attribute has none. */
    UUID,
    /** A number that updates add to, created at a start value. */
    COUNTER
  }

  /** The Java time types a timestamp can be, each stored as {@link AttributeCodecs} stores it. */
  public enum TimeType {
    /** {@code Instant}. */
    INSTANT,
    /** {@code LocalDate}, the date in UTC. */
    LOCAL_DATE,
    /** {@code LocalDateTime}, the date and time in UTC. */
    LOCAL_DATE_TIME,
    /** {@code OffsetDateTime}, at offset {@code Z}. */
    OFFSET_DATE_TIME,
    /** {@code ZonedDateTime}, in zone {@code Z}. */
    ZONED_DATE_TIME
  }

  private final String attribute;
  private final Kind kind;
  private final TimeType timeType; // null unless a timestamp
  private final long start;
  private final long delta;

  private GeneratedValue(String attribute, Kind kind, TimeType timeType, long start, long delta) {
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.kind = kind;
    this.timeType = timeType;
    this.start = start;
    this.delta = delta;
  }

  /**
   * A timestamp set when the item is created ({@code @AutoTimestamp(on = CREATE)}).
   *
   * @param attribute the stored attribute name
   * @param type the attribute's Java type
   * @return the definition
   */
  public static GeneratedValue createdAt(String attribute, TimeType type) {
    return new GeneratedValue(attribute, Kind.CREATED_AT, Objects.requireNonNull(type, "type"), 0, 0);
  }

  /**
   * A timestamp set on every write ({@code @AutoTimestamp(on = EVERY_WRITE)}).
   *
   * @param attribute the stored attribute name
   * @param type the attribute's Java type
   * @return the definition
   */
  public static GeneratedValue writtenAt(String attribute, TimeType type) {
    return new GeneratedValue(attribute, Kind.WRITTEN_AT, Objects.requireNonNull(type, "type"), 0, 0);
  }

  /**
   * A random UUID, stored as its text, when the attribute has none ({@code @AutoUuid}).
   *
   * @param attribute the stored attribute name
   * @return the definition
   */
  public static GeneratedValue uuid(String attribute) {
    return new GeneratedValue(attribute, Kind.UUID, null, 0, 0);
  }

  /**
   * A counter that updates add {@code delta} to, created at {@code start} ({@code
   * @AtomicCounter}).
   *
   * @param attribute the stored attribute name
   * @param start the value the counter is created with
   * @param delta what each update adds; not 0
   * @return the definition
   * @throws IllegalArgumentException if {@code delta} is 0
   */
  public static GeneratedValue counter(String attribute, long start, long delta) {
    if (delta == 0) {
      throw new IllegalArgumentException(attribute + ": a counter's delta must not be 0");
    }
    return new GeneratedValue(attribute, Kind.COUNTER, null, start, delta);
  }

  /**
   * The stored attribute name.
   *
   * @return the name, at the top level of the item
   */
  public String attribute() {
    return attribute;
  }

  /**
   * What is generated.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The value a write at {@code now} stores for a timestamp or a UUID (a new random one for each
   * call); for a counter, its start value.
   *
   * @param now the time of the write
   * @return the encoded value
   */
  public AttributeValue value(Instant now) {
    switch (kind) {
      case UUID:
        return AttributeValue.fromS(UUID.randomUUID().toString());
      case COUNTER:
        return AttributeValue.fromN(Long.toString(start));
      default:
        return time(now);
    }
  }

  /**
   * For a counter, the value an update adds to when the item lacks the counter, so that the first
   * update stores {@code start}: {@code start - delta}, encoded. Null for other kinds.
   *
   * @return the encoded {@code start - delta}, or null if this is not a counter
   */
  public AttributeValue counterBase() {
    return kind == Kind.COUNTER
        ? AttributeValue.fromN(BigInteger.valueOf(start).subtract(BigInteger.valueOf(delta)).toString())
        : null;
  }

  /**
   * For a counter, what each update adds, encoded; null for other kinds.
   *
   * @return the encoded delta, or null if this is not a counter
   */
  public AttributeValue counterDelta() {
    return kind == Kind.COUNTER ? AttributeValue.fromN(Long.toString(delta)) : null;
  }

  private AttributeValue time(Instant now) {
    switch (timeType) {
      case LOCAL_DATE:
        return AttributeCodecs.fromLocalDate(LocalDate.ofInstant(now, ZoneOffset.UTC), attribute);
      case LOCAL_DATE_TIME:
        return AttributeCodecs.fromLocalDateTime(
            LocalDateTime.ofInstant(now, ZoneOffset.UTC), attribute);
      case OFFSET_DATE_TIME:
        return AttributeCodecs.fromOffsetDateTime(now.atOffset(ZoneOffset.UTC), attribute);
      case ZONED_DATE_TIME:
        return AttributeCodecs.fromZonedDateTime(now.atZone(ZoneOffset.UTC), attribute);
      default:
        return AttributeCodecs.fromInstant(now, attribute);
    }
  }

  /**
   * The item a put of {@code item} stores now: {@link #fill(List, Map, Instant)} at the current
   * time, which is not even read for an entity without generated values.
   *
   * @param values the schema's generated values; empty for most entities
   * @param item the entity's encoded item; not modified
   * @return {@code item} itself if {@code values} is empty, else a filled copy
   */
  public static Map<String, AttributeValue> fill(
      List<GeneratedValue> values, Map<String, AttributeValue> item) {
    return values.isEmpty() ? item : fill(values, item, Instant.now());
  }

  /**
   * The item a put of {@code item} stores: every-write timestamps set to {@code now}; creation
   * timestamps, UUIDs and counters that the item lacks (or holds as {@code NULL}) set to {@code
   * now}, a new UUID and the counter's start. A put replaces the whole item, so a value the
   * entity holds is kept.
   *
   * @param values the schema's generated values; empty for most entities
   * @param item the entity's encoded item; not modified
   * @param now the time of the write
   * @return {@code item} itself if {@code values} is empty, else a filled copy
   */
  public static Map<String, AttributeValue> fill(
      List<GeneratedValue> values, Map<String, AttributeValue> item, Instant now) {
    if (values.isEmpty()) {
      return item;
    }
    Map<String, AttributeValue> filled = new HashMap<>(item);
    for (GeneratedValue value : values) {
      AttributeValue current = filled.get(value.attribute);
      if (value.kind == Kind.WRITTEN_AT || current == null || Boolean.TRUE.equals(current.nul())) {
        filled.put(value.attribute, value.value(now));
      }
    }
    return filled;
  }

  /** As {@code createdAt (CREATED_AT)} or {@code views (COUNTER from 0 by 1)}, for messages. */
  @Override
  public String toString() {
    return attribute
        + " ("
        + kind
        + (kind == Kind.COUNTER ? " from " + start + " by " + delta : "")
        + (timeType == null ? "" : " " + timeType)
        + ")";
  }
}
