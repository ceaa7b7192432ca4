package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @AutoTimestamp}, {@code @AutoUuid} and {@code @AtomicCounter} where they cannot work. */
class GeneratedValueErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  private static final JavaFileObject TYPES =
      COMPILATION.add(
          "test.Gauge",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.math.BigDecimal;",
          "@Table(name = \"Gauges\")",
          "public record Gauge(",
          "    @PartitionKey String id,",
          "    @AutoTimestamp(on = AutoTimestamp.When.CREATE) String createdAt,",
          "    @AutoUuid int serial,",
          "    @AtomicCounter BigDecimal reading) {}");

  @Test
  @Reports(Message.UNSUITABLE_AUTO_TIMESTAMP)
  void aTimestampIsATimeType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@AutoTimestamp on 'createdAt' needs an Instant, LocalDateTime, LocalDate,"
                + " OffsetDateTime or ZonedDateTime, not java.lang.String")
        .inFile(TYPES)
        .onLine(7);
  }

  @Test
  @Reports(Message.UNSUITABLE_AUTO_UUID)
  void aUuidIsAUuidOrAString() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@AutoUuid on 'serial' needs a UUID or a String, not int")
        .inFile(TYPES)
        .onLine(8);
  }

  @Test
  @Reports(Message.UNSUITABLE_ATOMIC_COUNTER)
  void aCounterIsALongOrAnInt() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@AtomicCounter on 'reading' needs a long, Long, int or Integer, not"
                + " java.math.BigDecimal")
        .inFile(TYPES)
        .onLine(9);
    COMPILATION.assertErrorCount(TYPES, 3);
  }

  private static final JavaFileObject CONVERTED =
      COMPILATION.add(
          "test.Stamp",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import io.dynamap.runtime.schema.AttributeConverter;",
          "import java.time.Instant;",
          "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
          "@Table(name = \"Stamps\")",
          "public record Stamp(",
          "    @PartitionKey String id,",
          "    @Convert(Stamp.Millis.class) @AutoTimestamp(on = AutoTimestamp.When.EVERY_WRITE)"
              + " Instant at) {",
          "  public static final class Millis implements AttributeConverter<Instant> {",
          "    public AttributeValue toAttributeValue(Instant v) {",
          "      return AttributeValue.fromN(Long.toString(v.toEpochMilli()));",
          "    }",
          "    public Instant fromAttributeValue(AttributeValue v) {",
          "      return Instant.ofEpochMilli(Long.parseLong(v.n()));",
          "    }",
          "  }",
          "}");

  @Test
  @Reports(Message.UNSUITABLE_AUTO_TIMESTAMP)
  void aConvertedAttributeIsNotFilled() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@AutoTimestamp on 'at' needs an Instant")
        .inFile(CONVERTED)
        .onLine(9);
    COMPILATION.assertErrorCount(CONVERTED, 1);
  }

  private static final JavaFileObject KEYS =
      COMPILATION.add(
          "test.Tally",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.time.Instant;",
          "@Table(name = \"Tallies\")",
          "public record Tally(",
          "    @PartitionKey @AtomicCounter long id,",
          "    @SortKey @AutoTimestamp(on = AutoTimestamp.When.EVERY_WRITE) Instant at) {}");

  @Test
  @Reports(Message.ATOMIC_COUNTER_ON_KEY)
  void aCounterIsNotAKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@AtomicCounter on key attribute 'id': a key never changes")
        .inFile(KEYS)
        .onLine(6);
  }

  @Test
  @Reports(Message.WRITE_TIMESTAMP_ON_KEY)
  void anEveryWriteTimestampIsNotAKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@AutoTimestamp(on = EVERY_WRITE) on key attribute 'at': each write would store the"
                + " item under another key")
        .inFile(KEYS)
        .onLine(7);
    COMPILATION.assertErrorCount(KEYS, 2);
  }

  private static final JavaFileObject COUNTERS =
      COMPILATION.add(
          "test.Meter",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Meters\")",
          "public record Meter(",
          "    @PartitionKey String id,",
          "    @AtomicCounter(delta = 0) long idle,",
          "    @AtomicCounter(start = 3000000000L) int big,",
          "    @AtomicCounter(delta = -3000000000L) Integer steep) {}");

  @Test
  @Reports(Message.ZERO_COUNTER_DELTA)
  void aCounterMoves() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@AtomicCounter on 'idle' has delta = 0")
        .inFile(COUNTERS)
        .onLine(6);
  }

  @Test
  @Reports(Message.INT_COUNTER_OUT_OF_RANGE)
  void anIntCounterStartsAndMovesWithinAnInt() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@AtomicCounter on int attribute 'big' has start = 3000000000, outside an int's range:"
                + " make the attribute a long or Long")
        .inFile(COUNTERS)
        .onLine(7);
    assertThat(COMPILATION.get())
        .hadErrorContaining("@AtomicCounter on int attribute 'steep' has delta = -3000000000")
        .inFile(COUNTERS)
        .onLine(8);
    COMPILATION.assertErrorCount(COUNTERS, 3);
  }

  private static final JavaFileObject TWICE =
      COMPILATION.add(
          "test.Draft",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.time.Instant;",
          "@Table(name = \"Drafts\")",
          "public record Draft(",
          "    @PartitionKey String id,",
          "    @AtomicCounter",
          "    @Version long revision,",
          "    @AutoTimestamp(on = AutoTimestamp.When.CREATE)",
          "    @TimeToLive Instant expiresAt) {}");

  @Test
  @Reports(Message.CONFLICTING_GENERATED_VALUES)
  void oneWayOfSettingAnAttribute() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'revision' is annotated with both @AtomicCounter and @Version: each sets the"
                + " attribute its own way; keep one")
        .inFile(TWICE)
        .onLine(8);
    assertThat(COMPILATION.get())
        .hadErrorContaining("'expiresAt' is annotated with both @AutoTimestamp and @TimeToLive")
        .inFile(TWICE)
        .onLine(10);
    COMPILATION.assertErrorCount(TWICE, 2);
  }

  private static final JavaFileObject DOCUMENT =
      COMPILATION.add(
          "test.Note",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.UUID;",
          "@Document",
          "public record Note(",
          "    @AutoUuid UUID id,",
          "    String text) {}");

  @Test
  @Reports(Message.GENERATED_VALUE_IN_DOCUMENT)
  void notInsideADocument() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@AutoUuid on 'id' in @Document Note: Dynamap generates values for the attributes of"
                + " items, not inside documents")
        .inFile(DOCUMENT)
        .onLine(6);
    COMPILATION.assertErrorCount(DOCUMENT, 1);
  }

  private static final JavaFileObject TEMPLATE =
      COMPILATION.add(
          "test.Booking",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.UUID;",
          "@SingleTable(name = \"Bookings\")",
          "interface Bookings {}",
          "@Item(table = Bookings.class, partition = \"BOOKING#{id}\", sort = \"META\")",
          "record Booking(",
          "    @AutoUuid UUID id,",
          "    String guest) {}");

  @Test
  @Reports(Message.GENERATED_VALUE_IN_KEY_TEMPLATE)
  void notInAKeyTemplate() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@AutoUuid on 'id', which a key template of Booking names: keys are composed from the"
                + " entity before values are generated; fill 'id' before writing")
        .inFile(TEMPLATE)
        .onLine(8);
    COMPILATION.assertErrorCount(TEMPLATE, 1);
  }
}
