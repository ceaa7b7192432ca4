package io.dynamap.runtime.schema;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * The stored text of the values generated schemas write most, made and read without {@code
 * DateTimeFormatter} or {@code BigDecimal} arithmetic: the same strings, digit for digit, at a
 * fraction of the time and allocation. Every method that reads returns {@code null} for text it
 * does not recognise; the caller then takes the general, slower path, which also words the errors.
 */
final class FastText {
  private static final long SECONDS_PER_DAY = 86_400;

  private FastText() {}

  // ---- java.time, fixed width; callers check that years are 0000 to 9999 ----

  /** {@code 2026-11-23T10:15:30.000000000Z}. */
  static String instant(Instant value) {
    long seconds = value.getEpochSecond();
    long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    LocalDate date = LocalDate.ofEpochDay(day);
    char[] c = new char[30];
    date(c, 0, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    c[10] = 'T';
    time(c, 11, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, value.getNano());
    c[29] = 'Z';
    return new String(c);
  }

  /** {@code 2026-11-23}. */
  static String localDate(LocalDate value) {
    char[] c = new char[10];
    date(c, 0, value.getYear(), value.getMonthValue(), value.getDayOfMonth());
    return new String(c);
  }

  /** {@code 2026-11-23T10:15:30.000000000}. */
  static String localDateTime(LocalDateTime value) {
    char[] c = new char[29];
    date(c, 0, value.getYear(), value.getMonthValue(), value.getDayOfMonth());
    c[10] = 'T';
    time(c, 11, value.getHour(), value.getMinute(), value.getSecond(), value.getNano());
    return new String(c);
  }

  /** {@code 10:15:30.000000000}. */
  static String localTime(LocalTime value) {
    char[] c = new char[18];
    time(c, 0, value.getHour(), value.getMinute(), value.getSecond(), value.getNano());
    return new String(c);
  }

  /** {@code 2026-11}. */
  static String yearMonth(YearMonth value) {
    char[] c = new char[7];
    digits(c, 0, value.getYear(), 4);
    c[4] = '-';
    digits(c, 5, value.getMonthValue(), 2);
    return new String(c);
  }

  /** An instant in exactly the form {@link #instant} writes, or null. */
  static Instant parseInstant(String s) {
    if (s.length() != 30 || s.charAt(10) != 'T' || s.charAt(29) != 'Z') {
      return null;
    }
    LocalDate date = parseDate(s, 0);
    long time = parseTime(s, 11);
    if (date == null || time < 0) {
      return null;
    }
    int nano = number(s, 20, 9);
    if (nano < 0) {
      return null;
    }
    return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + time, nano);
  }

  /** A date of exactly the form {@code 2026-11-23}, or null. */
  static LocalDate parseLocalDate(String s) {
    return s.length() == 10 ? parseDate(s, 0) : null;
  }

  private static LocalDate parseDate(String s, int at) {
    if (s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
      return null;
    }
    int year = number(s, at, 4);
    int month = number(s, at + 5, 2);
    int day = number(s, at + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int lengthOfMonth(int year, int month) {
    try {
      return YearMonth.of(year, month).lengthOfMonth();
    } catch (DateTimeException e) {
      return 0;
    }
  }

  /** Seconds of the day of {@code HH:mm:ss.} at {@code at}, or -1. */
  private static long parseTime(String s, int at) {
    if (s.charAt(at + 2) != ':' || s.charAt(at + 5) != ':' || s.charAt(at + 8) != '.') {
      return -1;
    }
    int hour = number(s, at, 2);
    int minute = number(s, at + 3, 2);
    int second = number(s, at + 6, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return -1;
    }
    return hour * 3600L + minute * 60L + second;
  }

  /** The non-negative number of {@code length} ASCII digits at {@code at}, or -1. */
  private static int number(String s, int at, int length) {
    int n = 0;
    for (int i = at; i < at + length; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  private static void date(char[] c, int at, int year, int month, int day) {
    digits(c, at, year, 4);
    c[at + 4] = '-';
    digits(c, at + 5, month, 2);
    c[at + 7] = '-';
    digits(c, at + 8, day, 2);
  }

  private static void time(char[] c, int at, int hour, int minute, int second, int nano) {
    digits(c, at, hour, 2);
    c[at + 2] = ':';
    digits(c, at + 3, minute, 2);
    c[at + 5] = ':';
    digits(c, at + 6, second, 2);
    c[at + 8] = '.';
    digits(c, at + 9, nano, 9);
  }

  /** {@code value} as exactly {@code width} digits, zero-padded; value is non-negative. */
  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  // ---- numbers ----

  /**
   * The text {@code DynamoNumbers.shortest(value).toString()} gives, for the doubles whose text is
   * quick to get right, or null: whole numbers below 10^15 that do not end in zero, and fractions
   * between 0.001 and 10^7 whose {@code Double.toString} has at most 15 significant digits. Two
   * different decimals of at most 15 digits never round to the same double (C's DBL_DIG: any such
   * decimal survives the trip to a double and back to 15 digits), so a decimal of at most 15
   * digits that reads back as the value is the only one, hence the shortest and the nearest of
   * the shortest, whatever digits Java 17's {@code Double.toString} gets wrong elsewhere
   * (JDK-4511638; it also prints "0.0020"), once trailing zeros are dropped.
   * ShortestDecimalTest checks this against an exact reference.
   */
  static String shortest(double value) {
    double magnitude = Math.abs(value);
    if (magnitude < 1e15 && value == Math.rint(value)) {
      long whole = (long) value;
      if (whole == 0) {
        return "0";
      }
      return whole % 10 != 0 ? Long.toString(whole) : null; // 50 is "5E+1" in BigDecimal's form
    }
    if (magnitude < 1e-3 || magnitude >= 1e7 || Double.isNaN(value)) {
      return null;
    }
    String s = Double.toString(value); // plain in this range: "-1234.5", "0.0020"
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    int significant = 0;
    boolean leading = true;
    for (int i = 0; i < end; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (ch != '0' || !leading) {
          leading = false;
          significant++;
        }
      }
    }
    if (significant > 15) {
      return null;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  /**
   * DynamoDB's normal form of a number ({@code AttributeCodecs.normalForm}) when {@code
   * value.toString()} already is it, else null: plain text with no exponent, and no trailing zero
   * after the point.
   */
  static String normalForm(BigDecimal value) {
    String s = value.toString();
    if (s.indexOf('E') >= 0) {
      return null;
    }
    if (s.indexOf('.') >= 0 && s.charAt(s.length() - 1) == '0') {
      return null;
    }
    return s;
  }

  /**
   * Whether a {@code BigDecimal} is certainly within DynamoDB's range and precision: at most 38
   * digits and an exponent from -130 to 125. False means "check the slow way", not "invalid".
   */
  static boolean certainlyValid(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    int precision = value.precision();
    long exponent = (long) precision - value.scale() - 1;
    return precision <= DynamoNumbers.MAX_SIGNIFICANT_DIGITS && exponent >= -130 && exponent <= 125;
  }

  /**
   * Whether a number's text is an integer in canonical form ({@code 0}, {@code -12}, no leading
   * zeros, no sign on zero), for which equal text means equal number.
   */
  static boolean canonicalInteger(String n) {
    int length = n.length();
    int start = length > 0 && n.charAt(0) == '-' ? 1 : 0;
    if (start == length || length - start > 1 && n.charAt(start) == '0') {
      return false;
    }
    if (start == 1 && n.equals("-0")) {
      return false;
    }
    for (int i = start; i < length; i++) {
      char ch = n.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }
}
