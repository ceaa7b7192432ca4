package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored value that is not text of its attribute's type, written by another client or by
 * hand, is an {@link ItemMappingException} naming the attribute and quoting the value: never a
 * default (the root locale), another value than meant (a UUID from "1-2-3-4-5"), or a value
 * that cannot be written back. What Dynamap writes reads back.
 */
class MalformedStoredValuesTest {
  enum Size {
    SMALL,
    LARGE
  }

  private static final String ATTRIBUTE = "field";

  /** Each text is refused with a message naming the attribute and quoting the text. */
  private static void refused(BiFunction<AttributeValue, String, ?> reader, AttributeValue... stored) {
    for (AttributeValue value : stored) {
      ItemMappingException e =
          assertThrows(
              ItemMappingException.class,
              () -> reader.apply(value, ATTRIBUTE),
              () -> value + " was read as " + safely(() -> reader.apply(value, ATTRIBUTE)));
      String text = value.s() != null ? value.s() : value.n();
      assertTrue(e.getMessage().contains("attribute '" + ATTRIBUTE + "'"), e.getMessage());
      assertTrue(e.getMessage().contains(text), e.getMessage());
    }
  }

  private static String safely(java.util.function.Supplier<?> read) {
    try {
      return String.valueOf(read.get());
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  private static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  private static AttributeValue n(String text) {
    return AttributeValue.fromN(text);
  }

  @Test
  void locale() {
    refused(AttributeCodecs::toLocale,
        s("not a locale!!"), s(""), s("en_US"), s("en-US-!!"), s("en-a-x-a-y"), s("toolonglanguage"));
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.CANADA_FRENCH, Locale.forLanguageTag("zh-Hant-TW"),
        new Locale("ja", "JP", "JP"), new Locale("th", "TH", "TH"), new Locale("en", "US", "POSIX")}) {
      assertEquals(locale, AttributeCodecs.toLocale(AttributeCodecs.fromLocale(locale), ATTRIBUTE));
    }
    // Every locale's tag reads as before (no_NO_NY's tag is nn-NO: Java's, not Dynamap's).
    for (Locale locale : Locale.getAvailableLocales()) {
      AttributeValue stored = AttributeCodecs.fromLocale(locale);
      assertEquals(Locale.forLanguageTag(stored.s()), AttributeCodecs.toLocale(stored, ATTRIBUTE));
    }
    assertEquals(Locale.US, AttributeCodecs.toLocale(s("en-us"), ATTRIBUTE)); // case is free
    assertEquals("und", AttributeCodecs.fromLocale(Locale.ROOT).s());
  }

  @Test
  void currency() {
    refused(AttributeCodecs::toCurrency, s("usd"), s("EURO"), s("US"), s(""), s(" USD"));
    assertEquals(Currency.getInstance("EUR"), AttributeCodecs.toCurrency(s("EUR"), ATTRIBUTE));
  }

  @Test
  void uri() {
    refused(AttributeCodecs::toUri, s("not a uri"), s("http://x/%zz"), s("http://[::1"));
    assertEquals(URI.create("https://example.com/a?b=c#d"),
        AttributeCodecs.toUri(s("https://example.com/a?b=c#d"), ATTRIBUTE));
  }

  @Test
  void period() {
    refused(AttributeCodecs::toPeriod, s("P"), s("1Y"), s("P1Y2"), s("P1.5D"), s("P99999999999D"), s(""));
    assertEquals(Period.of(1, 2, 3), AttributeCodecs.toPeriod(s(Period.of(1, 2, 3).toString()), ATTRIBUTE));
  }

  @Test
  void duration() {
    refused(AttributeCodecs::toDuration,
        n("1.0000000001"), n("1E+30"), n("-1E+19"), n("1E-999999999"), n("1E+999999999"), n("NaN"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toDuration(s("PT1S"), ATTRIBUTE));
    for (Duration d : new Duration[] {Duration.ZERO, Duration.ofMillis(-1500), Duration.ofNanos(1),
        Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofSeconds(Long.MIN_VALUE)}) {
      assertEquals(d, AttributeCodecs.toDuration(AttributeCodecs.fromDuration(d), ATTRIBUTE));
    }
    assertEquals(Duration.ofSeconds(100), AttributeCodecs.toDuration(n("1E+2"), ATTRIBUTE));
  }

  @Test
  void localDate() {
    refused(AttributeCodecs::toLocalDate,
        s("2026-02-30"), s("2026-13-01"), s("2026-1-1"), s("26-01-01"), s("2026-01-01T00:00"), s(""));
    LocalDate date = LocalDate.of(2026, 11, 23);
    assertEquals(date, AttributeCodecs.toLocalDate(AttributeCodecs.fromLocalDate(date, ATTRIBUTE), ATTRIBUTE));
  }

  @Test
  void localDateTime() {
    refused(AttributeCodecs::toLocalDateTime,
        s("2026-11-23T25:00:00"), s("2026-11-23 10:15:30"), s("2026-11-23"), s("2026-11-23T10:15:30Z"));
    LocalDateTime t = LocalDateTime.of(2026, 11, 23, 10, 15, 30, 5);
    assertEquals(t, AttributeCodecs.toLocalDateTime(AttributeCodecs.fromLocalDateTime(t, ATTRIBUTE), ATTRIBUTE));
  }

  @Test
  void localTime() {
    refused(AttributeCodecs::toLocalTime, s("24:00:00"), s("10:60"), s("10h15"), s("10:15:30Z"), s(""));
    LocalTime t = LocalTime.of(10, 15, 30, 1);
    assertEquals(t, AttributeCodecs.toLocalTime(AttributeCodecs.fromLocalTime(t), ATTRIBUTE));
  }

  @Test
  void instant() {
    refused(AttributeCodecs::toInstant,
        s("2026-11-23T10:15:30"), s("2026-11-23T10:15:30.000000000X"), s("2026-13-23T10:15:30.000000000Z"),
        s("2026-11-23T10:15:3a.000000000Z"), s("yesterday"), s(""));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toInstant(n("1700000000"), ATTRIBUTE));
    Instant t = Instant.parse("2026-11-23T10:15:30.5Z");
    assertEquals(t, AttributeCodecs.toInstant(AttributeCodecs.fromInstant(t, ATTRIBUTE), ATTRIBUTE));
  }

  @Test
  void offsetDateTime() {
    refused(AttributeCodecs::toOffsetDateTime,
        s("2026-11-23T09:15:30.000000000Z[+25:00]"), s("2026-11-23T09:15:30.000000000Z[Europe/Paris]"),
        s("2026-11-23T09:15:30.000000000Z[]"), s("2026-11-23T10:15:30"), s("2026-11-23T10:15:30+01:00]"));
    OffsetDateTime t = OffsetDateTime.of(2026, 11, 23, 10, 15, 30, 0, ZoneOffset.ofHours(1));
    assertEquals(t, AttributeCodecs.toOffsetDateTime(AttributeCodecs.fromOffsetDateTime(t, ATTRIBUTE), ATTRIBUTE));
  }

  @Test
  void zonedDateTime() {
    refused(AttributeCodecs::toZonedDateTime,
        s("2026-11-23T09:15:30.000000000Z[Europe/Nowhere]"), s("2026-11-23T09:15:30.000000000Z[not a zone!]"),
        s("2026-11-23T09:15:30Q[Europe/Paris]"), s("2026-11-23T10:15:30"));
    ZonedDateTime t = ZonedDateTime.of(2026, 11, 23, 10, 15, 30, 0, ZoneId.of("Europe/Paris"));
    assertEquals(t, AttributeCodecs.toZonedDateTime(AttributeCodecs.fromZonedDateTime(t, ATTRIBUTE), ATTRIBUTE));
  }

  @Test
  void yearAndYearMonth() {
    refused(AttributeCodecs::toYearMonth, s("2026-13"), s("2026-1"), s("2026/11"), s("2026-11-01"), s(""));
    refused(AttributeCodecs::toYear, n("1E+10"), n("2026.5"));
    YearMonth ym = YearMonth.of(2026, 11);
    assertEquals(ym, AttributeCodecs.toYearMonth(AttributeCodecs.fromYearMonth(ym, ATTRIBUTE), ATTRIBUTE));
    assertEquals(Year.of(2026), AttributeCodecs.toYear(AttributeCodecs.fromYear(Year.of(2026)), ATTRIBUTE));
  }

  @Test
  void uuid() {
    refused(AttributeCodecs::toUuid,
        s("1-2-3-4-5"), s("+0000000-0000-0000-0000-000000000000"), s("6ba7b8109dad11d180b400c04fd430c8"),
        s("6ba7b810-9dad-11d1-80b4-00c04fd430c8x"), s("6ba7b810-9dad-11d1-80b4_00c04fd430c8"),
        s("g ba7b810-9dad-11d1-80b4-00c04fd430c8"), s(""));
    UUID id = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertEquals(id, AttributeCodecs.toUuid(s(id.toString()), ATTRIBUTE));
    assertEquals(id, AttributeCodecs.toUuid(s(id.toString().toUpperCase(Locale.ROOT)), ATTRIBUTE));
  }

  @Test
  void enumConstant() {
    refused((value, attribute) -> AttributeCodecs.toEnum(value, attribute, Size.class),
        s("small"), s("MEDIUM"), s(""), s(" SMALL"));
    assertEquals(Size.LARGE, AttributeCodecs.toEnum(s("LARGE"), ATTRIBUTE, Size.class));
    Executable key = () -> AttributeCodecs.toEnumConstant("small", ATTRIBUTE, Size.class);
    ItemMappingException e = assertThrows(ItemMappingException.class, key);
    assertTrue(e.getMessage().contains("'" + ATTRIBUTE + "'") && e.getMessage().contains("small"), e.getMessage());
  }

  @Test
  void character() {
    refused(AttributeCodecs::toCharValue, s(""), s("ab"));
    assertEquals('x', AttributeCodecs.toCharValue(s("x"), ATTRIBUTE));
  }
}
