package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FastText's text is exactly what the general (formatter, BigDecimal) paths give. */
class FastTextTest {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

  @Test
  void instantsAsTheFormatterWritesThemAndReadBack() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
      String text = FastText.instant(instant);
      assertEquals(INSTANT.format(instant), text);
      assertEquals(instant, FastText.parseInstant(text));
      assertEquals(Instant.parse(text), FastText.parseInstant(text));
    }
    assertEquals("0000-01-01T00:00:00.000000000Z", FastText.instant(Instant.ofEpochSecond(YEAR_0)));
    assertEquals(
        "9999-12-31T23:59:59.999999999Z", FastText.instant(Instant.ofEpochSecond(YEAR_10000 - 1, 999_999_999)));
  }

  @Test
  void otherInstantTextIsLeftToTheParser() {
    assertNull(FastText.parseInstant("2026-11-23T10:15:30Z"));
    assertNull(FastText.parseInstant("2026-02-30T10:15:30.000000000Z"));
    assertNull(FastText.parseInstant("2026-11-23T24:00:00.000000000Z"));
    assertNull(FastText.parseInstant("2026-11-23T23:59:60.000000000Z"));
    assertNull(FastText.parseInstant("2026-11-23T10:15:30.00000000xZ"));
    assertNull(FastText.parseInstant("2026-11-23 10:15:30.000000000Z"));
    assertNull(FastText.parseLocalDate("2026-13-01"));
    assertNull(FastText.parseLocalDate("2025-02-29"));
    assertEquals(LocalDate.of(2024, 2, 29), FastText.parseLocalDate("2024-02-29"));
  }

  @Test
  void datesAndTimesAsTheFormattersWriteThem() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 100_000; i++) {
      LocalDateTime t =
          LocalDateTime.ofEpochSecond(
              random.nextLong(YEAR_0, YEAR_10000), random.nextInt(1_000_000_000), ZoneOffset.UTC);
      assertEquals(DateTimeFormatter.ofPattern("uuuu-MM-dd").format(t), FastText.localDate(t.toLocalDate()));
      assertEquals(t.toLocalDate(), FastText.parseLocalDate(FastText.localDate(t.toLocalDate())));
      assertEquals(
          DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS").format(t), FastText.localDateTime(t));
      LocalTime time = t.toLocalTime();
      assertEquals(DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS").format(time), FastText.localTime(time));
      YearMonth ym = YearMonth.from(t);
      assertEquals(DateTimeFormatter.ofPattern("uuuu-MM").format(ym), FastText.yearMonth(ym));
    }
  }

  @Test
  void doublesAsTheShortestSearchWritesThem() {
    SplittableRandom random = new SplittableRandom(13);
    double[] special = {0.0, -0.0, 0.1, 0.2, 0.3, 1.0, -1.0, 10.0, 50.0, 123.0, 0.001, 0.002, 2.0e-3,
        9_999_999.5, 1e7, 1e15 - 1, 1e15, 1234.5, 0.30000000000000004, 1.0 / 3, 2.82879384806159e17};
    for (double d : special) {
      check(d);
    }
    for (int i = 0; i < 300_000; i++) {
      double d =
          switch (i % 4) {
            case 0 -> Double.longBitsToDouble(random.nextLong()); // anything
            case 1 -> random.nextInt(-1_000_000, 1_000_000) / 100.0; // money-like
            case 2 -> (double) random.nextLong(-10_000_000_000L, 10_000_000_000L); // whole
            default -> random.nextDouble() * Math.pow(10, random.nextInt(-4, 9)); // any range
          };
      if (!Double.isNaN(d) && !Double.isInfinite(d)) {
        check(d);
      }
    }
  }

  private static void check(double d) {
    String fast = FastText.shortest(d);
    if (fast != null) {
      assertEquals(DynamoNumbers.shortest(d).toString(), fast, () -> "for " + d);
    }
  }

  @Test
  void bigDecimalsInNormalForm() {
    String[] values = {"0", "19.99", "-5", "1000", "1.50", "0.00", "1E+3", "1E-7", "0.000001", "123456789012345678901234567890.5"};
    for (String v : values) {
      BigDecimal value = new BigDecimal(v);
      String fast = FastText.normalForm(value);
      if (fast != null) {
        assertEquals(AttributeCodecs.fromBigDecimal(value, "x").n(), fast, v);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        assertEquals(stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString(), fast);
      }
    }
    assertTrue(FastText.certainlyValid(new BigDecimal("19.99")));
    assertFalse(FastText.certainlyValid(new BigDecimal("1E+126")));
    assertFalse(FastText.certainlyValid(new BigDecimal("1E-131")));
    assertFalse(FastText.certainlyValid(new BigDecimal("1234567890123456789012345678901234567890")));
  }

  @Test
  void canonicalIntegers() {
    for (String n : new String[] {"0", "7", "-12", "1234567890123"}) {
      assertTrue(FastText.canonicalInteger(n), n);
    }
    for (String n : new String[] {"", "-", "-0", "007", "1.0", "1E3", "+1", " 1"}) {
      assertFalse(FastText.canonicalInteger(n), n);
    }
  }
}
