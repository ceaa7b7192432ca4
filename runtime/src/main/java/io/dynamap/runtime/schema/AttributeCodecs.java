package io.dynamap.runtime.schema;

import io.dynamap.runtime.error.ItemMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conversions between Java values and {@link AttributeValue}s, called by generated schemas.
 *
 * <p>Readers take the stored value and the attribute's name; a value of the wrong DynamoDB type
 * or one that does not fit the Java type is an {@link ItemMappingException} naming the attribute,
 * the expected and the found type. Readers are never given {@code null} or a {@code NULL} value:
 * generated code checks {@link #isNull} first.
 */
public final class AttributeCodecs {
  /*
   * Instants are stored in UTC with a fixed-width, nine-digit fraction, so that comparing the
   * stored strings compares the times. {@code Instant.toString()} drops zero fractions, and
   * "…:00Z" sorts after "…:00.5Z" because 'Z' > '.'. Dates and times are written by FastText,
   * digit by digit, in the form of the patterns uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z' and so on.
   */

  /**
   * The first second of year 0 and of year 10000 (0000-01-01T00:00:00Z, +10000-01-01T00:00:00Z):
   * beyond them the width, and so the order, breaks. Epoch seconds rather than parsed instants, so
   * that loading this class builds no parser.
   */
  private static final long YEAR_0_SECONDS = -62_167_219_200L;

  private static final long YEAR_10000_SECONDS = 253_402_300_800L;

  /** DynamoDB's {@code NULL}, for null list elements and map values and stored nulls. */
  public static final AttributeValue NULL = AttributeValue.fromNul(true);

  /** Sets of at most this many members are checked for duplicates without a hash set. */
  private static final int SMALL_SET = 16;

  private AttributeCodecs() {}

  /**
   * Whether a stored value is absent or DynamoDB's {@code NULL}.
   *
   * @param value a value from a stored item, or {@code null} if the item lacks the attribute
   * @return {@code true} for {@code null} or a {@code NULL} value
   */
  public static boolean isNull(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul());
  }

  // ---- writing ----

  /**
   * A {@code double} as a DynamoDB number in its shortest form that reads back as the same
   * {@code double} ({@code 0.1}, not {@code 0.1000000000000000055511151231257827}) and, of the
   * shortest, the nearest: the digits Python, JavaScript and Java 19+ write, so that equal
   * numbers are equal keys whoever wrote them ({@link DynamoNumbers#shortest(double)}). NaN, the
   * infinities and magnitudes outside DynamoDB's range cannot be stored.
   *
   * @param value the number; finite
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code N} value
   * @throws ItemMappingException if the value is NaN, infinite, or outside DynamoDB's number range
   */
  public static AttributeValue fromDouble(double value, String attribute) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw ItemMappingException.atAttribute(attribute, " is " + value + ", which DynamoDB cannot store as a number");
    }
    String fast = FastText.shortest(value);
    if (fast != null) {
      return AttributeValue.fromN(fast);
    }
    return AttributeValue.fromN(checkedNumber(DynamoNumbers.shortest(value), attribute));
  }

  /**
   * A {@code float} as a DynamoDB number in its shortest, then nearest form that reads back as
   * the same {@code float}; see {@link #fromDouble}.
   *
   * @param value the number; finite
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code N} value
   * @throws ItemMappingException if the value is NaN, infinite, or outside DynamoDB's number range
   */
  public static AttributeValue fromFloat(float value, String attribute) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw ItemMappingException.atAttribute(attribute, " is " + value + ", which DynamoDB cannot store as a number");
    }
    return AttributeValue.fromN(checkedNumber(DynamoNumbers.shortest(value), attribute));
  }

  /**
   * A {@link BigDecimal} as a DynamoDB number, digit for digit. DynamoDB keeps at most 38
   * significant digits and magnitudes from 1E-130 to below 1E+126; anything else is refused here,
   * before a request. DynamoDB keeps the value, not the scale: it drops trailing zeros after the
   * point and writes whole numbers out ({@code 1.50} reads back as {@code 1.5}, {@code 1E+3} as
   * {@code 1000}). The value is written in that same normal form, so that an item reads the same
   * from memory as from DynamoDB. Keep a scale with a converter that stores a string.
   *
   * @param value the number; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code N} value in DynamoDB's normal form
   * @throws ItemMappingException if the number has more than 38 significant digits or is outside
   *     DynamoDB's range
   */
  public static AttributeValue fromBigDecimal(BigDecimal value, String attribute) {
    if (!FastText.certainlyValid(value)) {
      checkedNumber(value, attribute);
    }
    String fast = FastText.normalForm(value);
    return AttributeValue.fromN(fast != null ? fast : normalForm(value));
  }

  /**
   * A {@link BigInteger} as a DynamoDB number; at most 38 significant digits.
   *
   * @param value the number; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code N} value
   * @throws ItemMappingException if the number has more than 38 significant digits
   */
  public static AttributeValue fromBigInteger(BigInteger value, String attribute) {
    checkedNumber(new BigDecimal(value), attribute);
    return AttributeValue.fromN(value.toString());
  }

  /** DynamoDB's form of a number: no trailing zeros after the point, whole numbers written out. */
  private static String normalForm(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static String checkedNumber(BigDecimal value, String attribute) {
    String problem = DynamoNumbers.problem(value);
    if (problem != null) {
      throw ItemMappingException.atAttribute(attribute, ": " + problem);
    }
    return value.toString();
  }

  /**
   * A {@code char} as a one-character string.
   *
   * @param value the character
   * @return an {@code S} value of one character
   */
  public static AttributeValue fromChar(char value) {
    return AttributeValue.fromS(String.valueOf(value));
  }

  /**
   * A date as a sortable {@code 2026-11-23}; years 0000 to 9999.
   *
   * @param value the date; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code S} value
   * @throws ItemMappingException if the year is outside 0000 to 9999
   */
  public static AttributeValue fromLocalDate(LocalDate value, String attribute) {
    checkYear(value.getYear(), value, attribute);
    return AttributeValue.fromS(FastText.localDate(value));
  }

  /**
   * A date and time as a sortable, fixed-width {@code 2026-11-23T10:15:30.000000000}.
   *
   * @param value the date-time; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code S} value
   * @throws ItemMappingException if the year is outside 0000 to 9999
   */
  public static AttributeValue fromLocalDateTime(LocalDateTime value, String attribute) {
    checkYear(value.getYear(), value, attribute);
    return AttributeValue.fromS(FastText.localDateTime(value));
  }

  /**
   * A time of day as a sortable, fixed-width {@code 10:15:30.000000000}.
   *
   * @param value the time; not null
   * @return an {@code S} value
   */
  public static AttributeValue fromLocalTime(LocalTime value) {
    return AttributeValue.fromS(FastText.localTime(value));
  }

  /**
   * A date-time with offset as {@code 2026-11-23T09:15:30.000000000Z[+01:00]}: the instant in UTC
   * first, fixed-width, so that string order is time order whatever the offsets, then the offset
   * in brackets (the RFC 9557 suffix), so that the value reads back with its own offset.
   *
   * @param value the date-time; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code S} value
   * @throws ItemMappingException if the instant's year in UTC is outside 0000 to 9999
   */
  public static AttributeValue fromOffsetDateTime(OffsetDateTime value, String attribute) {
    return AttributeValue.fromS(
        instantToString(value.toInstant(), attribute) + "[" + value.getOffset().getId() + "]");
  }

  /**
   * A zoned date-time as {@code 2026-11-23T09:15:30.000000000Z[Europe/Paris]}: the instant in UTC,
   * sortable, then the zone id. Reading gives the same instant in that zone; should the zone's
   * rules change in between, the instant is kept and the local time follows the new rules.
   *
   * @param value the date-time; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code S} value
   * @throws ItemMappingException if the instant's year in UTC is outside 0000 to 9999
   */
  public static AttributeValue fromZonedDateTime(ZonedDateTime value, String attribute) {
    return AttributeValue.fromS(
        instantToString(value.toInstant(), attribute) + "[" + value.getZone().getId() + "]");
  }

  /**
   * A duration as a number of seconds, exact to the nanosecond: {@code 90.5}. Sorts numerically.
   *
   * @param value the duration; not null, negative allowed
   * @return an {@code N} value
   */
  public static AttributeValue fromDuration(Duration value) {
    BigDecimal seconds =
        BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9));
    return AttributeValue.fromN(seconds.stripTrailingZeros().toPlainString());
  }

  /**
   * An instant as epoch seconds, the number DynamoDB's Time to Live reads; the fraction of a
   * second is dropped.
   *
   * @param value the instant; not null
   * @return an {@code N} value of whole seconds
   */
  public static AttributeValue fromEpochSeconds(Instant value) {
    return AttributeValue.fromN(Long.toString(value.getEpochSecond()));
  }

  /**
   * A stored number of epoch seconds as an instant.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the instant at those whole seconds
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static Instant toEpochSecondsInstant(AttributeValue value, String attribute) {
    return Instant.ofEpochSecond(toLongValue(value, attribute));
  }

  /**
   * A year as a number.
   *
   * @param value the year; not null
   * @return an {@code N} value
   */
  public static AttributeValue fromYear(Year value) {
    return AttributeValue.fromN(Integer.toString(value.getValue()));
  }

  /**
   * A year and month as a sortable {@code 2026-11}; years 0000 to 9999.
   *
   * @param value the year and month; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code S} value
   * @throws ItemMappingException if the year is outside 0000 to 9999
   */
  public static AttributeValue fromYearMonth(YearMonth value, String attribute) {
    checkYear(value.getYear(), value, attribute);
    return AttributeValue.fromS(FastText.yearMonth(value));
  }

  /**
   * A locale as its IETF BCP 47 language tag: {@code fr-CA}.
   *
   * @param value the locale; not null
   * @return an {@code S} value
   */
  public static AttributeValue fromLocale(Locale value) {
    return AttributeValue.fromS(value.toLanguageTag());
  }

  /**
   * A byte buffer's remaining bytes as a binary; the buffer's position is left as it was.
   *
   * @param value the buffer; not null
   * @return a {@code B} value holding a copy of the remaining bytes
   */
  public static AttributeValue fromByteBuffer(ByteBuffer value) {
    return AttributeValue.fromB(SdkBytes.fromByteBuffer(value.duplicate()));
  }

  /**
   * Calls a user converter, refusing a null result.
   *
   * @param <T> the converted Java type
   * @param converter the attribute's converter; not null
   * @param value the Java value; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the converter's result
   * @throws ItemMappingException if the converter returns {@code null} or throws; the message names
   *     the attribute
   */
  public static <T> AttributeValue viaConverter(
      AttributeConverter<T> converter, T value, String attribute) {
    AttributeValue stored;
    try {
      stored = converter.toAttributeValue(value);
    } catch (ItemMappingException e) {
      throw located(e, attribute);
    } catch (RuntimeException e) {
      throw ItemMappingException.atAttribute(attribute, ": " + converter.getClass().getSimpleName() + " failed: " + e, e);
    }
    if (stored == null) {
      throw ItemMappingException.atAttribute(attribute, ": " + converter.getClass().getSimpleName()
              + ".toAttributeValue returned null");
    }
    return stored;
  }

  private static void checkYear(int year, Object value, String attribute) {
    if (year < 0 || year > 9999) {
      throw ItemMappingException.atAttribute(attribute, " is "
              + value
              + ": only years 0000 to 9999 can be stored in sortable form");
    }
  }

  /**
   * A byte array as a DynamoDB binary; the array is copied.
   *
   * @param value the bytes; not null
   * @return a {@code B} value holding a copy
   */
  public static AttributeValue fromBytes(byte[] value) {
    return AttributeValue.fromB(SdkBytes.fromByteArray(value));
  }

  /**
   * An instant as a sortable string: {@code 2026-11-23T10:15:30.000000000Z}. Only years 0 to 9999
   * keep string order equal to time order, so other instants are refused.
   *
   * @param value the instant; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code S} value
   * @throws ItemMappingException if the instant's year is outside 0000 to 9999
   */
  public static AttributeValue fromInstant(Instant value, String attribute) {
    return AttributeValue.fromS(instantToString(value, attribute));
  }

  /**
   * The stored string form of an instant; see {@link #fromInstant}.
   *
   * @param value the instant; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the fixed-width UTC form, such as {@code 2026-11-23T10:15:30.000000000Z}
   * @throws ItemMappingException if the instant's year is outside 0000 to 9999
   */
  public static String instantToString(Instant value, String attribute) {
    long seconds = value.getEpochSecond();
    if (seconds < YEAR_0_SECONDS || seconds >= YEAR_10000_SECONDS) {
      throw ItemMappingException.atAttribute(attribute, " is "
              + value
              + ": only instants in the years 0000 to 9999 can be stored in sortable form");
    }
    return FastText.instant(value);
  }

  // ---- reading ----

  /**
   * A stored string.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the string
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static String toStringValue(AttributeValue value, String attribute) {
    String s = value.s();
    if (s == null) {
      throw typeMismatch(value, attribute, "S (string)");
    }
    return s;
  }

  /**
   * A stored number as an {@code int}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number; a fraction or a number out of {@code int} range is an error
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static int toIntValue(AttributeValue value, String attribute) {
    return toIntMember(number(value, attribute), attribute);
  }

  /**
   * A member of a stored number set as an {@code int}.
   *
   * @param n the member as stored, a number string
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number
   * @throws ItemMappingException if the member is not a whole number in {@code int} range
   */
  public static int toIntMember(String n, String attribute) {
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException e) {
      return (int) exactIntegral(n, attribute, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  /**
   * A stored number as a {@code long}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number; a fraction or a number out of {@code long} range is an error
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static long toLongValue(AttributeValue value, String attribute) {
    return toLongMember(number(value, attribute), attribute);
  }

  /**
   * A member of a stored number set as a {@code long}.
   *
   * @param n the member as stored, a number string
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number
   * @throws ItemMappingException if the member is not a whole number in {@code long} range
   */
  public static long toLongMember(String n, String attribute) {
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      return exactIntegral(n, attribute, "long", Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /**
   * A stored number as a {@code short}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number; a fraction or a number out of {@code short} range is an error
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static short toShortValue(AttributeValue value, String attribute) {
    return (short)
        exactIntegral(number(value, attribute), attribute, "short", Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /**
   * A stored number as a {@code byte}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number; a fraction or a number out of {@code byte} range is an error
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static byte toByteValue(AttributeValue value, String attribute) {
    return (byte)
        exactIntegral(number(value, attribute), attribute, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  /*
   * Reading a double or a float: the stored number rounds to the nearest value of the type
   * (IEEE 754 round half to even), as Python, JavaScript and Java's own parsers round. A number
   * beyond the type's range, one that would round to infinity (1E+39 for a float: more than
   * Float.MAX_VALUE plus half an ulp), is refused with an ItemMappingException: it would read as
   * Infinity, and the entity could not be written back. A nonzero number too small for the type
   * (1E-50 for a float) is not out of range: it reads as the nearest value, a subnormal or zero
   * (-0.0 for a negative one), as any conversion to a binary type rounds. DynamoDB's own numbers,
   * 1E-130 to below 1E+126, always fit a double, so only floats meet either case in practice.
   */

  /**
   * A stored number as a {@code double}, rounded to the nearest {@code double}; see above.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the nearest {@code double}
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static double toDoubleValue(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    double d;
    try {
      d = Double.parseDouble(n);
    } catch (NumberFormatException e) {
      throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a number", e);
    }
    if (!Double.isFinite(d)) {
      throw notFinite(n, attribute, "double");
    }
    return d;
  }

  /**
   * A stored number as a {@code float}, rounded once to the nearest {@code float} (not through
   * {@code double}, whose rounding can land on a tie between two floats and then round the wrong
   * way); see above.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the nearest {@code float}
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static float toFloatValue(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    float f;
    try {
      f = Float.parseFloat(n);
    } catch (NumberFormatException e) {
      throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a number", e);
    }
    if (!Float.isFinite(f)) {
      throw notFinite(n, attribute, "float");
    }
    return f;
  }

  /** A number too large for the type, or text such as "NaN" that Java parses but is no number. */
  private static ItemMappingException notFinite(String n, String attribute, String javaType) {
    try {
      new BigDecimal(n); // decimal text, not "NaN" or "Infinity"; cheap whatever the exponent
    } catch (NumberFormatException e) {
      return ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a number", e);
    }
    return ItemMappingException.atAttribute(attribute, " holds " + n + ", which does not fit a " + javaType);
  }

  /**
   * A stored number as a {@link BigDecimal}, exactly.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the number, with the digits as stored
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static BigDecimal toBigDecimal(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return new BigDecimal(n);
    } catch (NumberFormatException e) {
      throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a number", e);
    }
  }

  /**
   * A stored number as a {@link BigInteger}; a fraction is an error, not rounded away.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the whole number
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static BigInteger toBigInteger(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return new BigDecimal(n).toBigIntegerExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a whole number", e);
    }
  }

  /**
   * A stored boolean.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the boolean
   * @throws ItemMappingException if the value is not a {@code BOOL} or does not read as the Java
   *     type
   */
  public static boolean toBooleanValue(AttributeValue value, String attribute) {
    Boolean b = value.bool();
    if (b == null) {
      throw typeMismatch(value, attribute, "BOOL (boolean)");
    }
    return b;
  }

  /**
   * A stored binary, as a new array.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return a new array
   * @throws ItemMappingException if the value is not a {@code B} or does not read as the Java type
   */
  public static byte[] toBytes(AttributeValue value, String attribute) {
    SdkBytes b = value.b();
    if (b == null) {
      throw typeMismatch(value, attribute, "B (binary)");
    }
    return b.asByteArray();
  }

  /**
   * A stored instant. Any ISO-8601 instant is accepted ({@code 2026-11-23T10:15:30Z} written by
   * another client reads too), not only Dynamap's fixed-width form.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the instant
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static Instant toInstant(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    Instant fast = FastText.parseInstant(s);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw ItemMappingException.atAttribute(attribute, " holds \"" + s + "\", which is not an ISO-8601 instant", e);
    }
  }

  /**
   * A stored UUID in its standard string form, 8-4-4-4-12 hexadecimal digits in either case.
   * {@code UUID.fromString} alone also takes "1-2-3-4-5" (as 00000001-0002-0003-0004-000000000005)
   * and signs; such text is refused, as another UUID than the writer meant.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the UUID
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static UUID toUuid(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    if (!isUuidText(s)) {
      throw ItemMappingException.atAttribute(attribute, " holds \"" + s + "\", which is not a UUID");
    }
    return UUID.fromString(s);
  }

  private static boolean isUuidText(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean ok =
          i == 8 || i == 13 || i == 18 || i == 23
              ? c == '-'
              : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A stored one-character string as a {@code char}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the string's one character
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static char toCharValue(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    if (s.length() != 1) {
      throw ItemMappingException.atAttribute(attribute, " holds \"" + s + "\", which is not a single character");
    }
    return s.charAt(0);
  }

  /**
   * A stored ISO-8601 date.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the date
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static LocalDate toLocalDate(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    LocalDate fast = FastText.parseLocalDate(s);
    if (fast != null) {
      return fast;
    }
    try {
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "an ISO-8601 date", e);
    }
  }

  /**
   * A stored ISO-8601 local date-time.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the date-time
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static LocalDateTime toLocalDateTime(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return LocalDateTime.parse(s);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "an ISO-8601 local date-time", e);
    }
  }

  /**
   * A stored ISO-8601 time of day.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the time of day
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static LocalTime toLocalTime(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return LocalTime.parse(s);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "an ISO-8601 time", e);
    }
  }

  /**
   * A stored date-time with offset: Dynamap's {@code <UTC instant>[<offset>]} form, or any
   * ISO-8601 date-time with offset written by another client.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the date-time, at its stored offset
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static OffsetDateTime toOffsetDateTime(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      int bracket = s.indexOf('[');
      if (bracket < 0 || !s.endsWith("]")) {
        return OffsetDateTime.parse(s);
      }
      ZoneOffset offset = ZoneOffset.of(s.substring(bracket + 1, s.length() - 1));
      return Instant.parse(s.substring(0, bracket)).atOffset(offset);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "a date-time with offset", e);
    }
  }

  /**
   * A stored zoned date-time: Dynamap's {@code <UTC instant>[<zone>]} form, or ISO-8601.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the date-time, in its stored zone
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static ZonedDateTime toZonedDateTime(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      int bracket = s.indexOf('[');
      if (bracket < 0 || !s.endsWith("]")) {
        return ZonedDateTime.parse(s);
      }
      ZoneId zone = ZoneId.of(s.substring(bracket + 1, s.length() - 1));
      return Instant.parse(s.substring(0, bracket)).atZone(zone);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "a zoned date-time", e);
    }
  }

  /**
   * A stored number of seconds as a {@link Duration}, exact to the nanosecond.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the duration
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static Duration toDuration(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      BigDecimal seconds = new BigDecimal(n).stripTrailingZeros();
      // Refused before any arithmetic, whose cost grows with the exponent ("1E-999999999"):
      // finer than a nanosecond, or more seconds than a long holds.
      if (seconds.scale() > 9 || seconds.precision() - seconds.scale() > 19) {
        throw new ArithmeticException("out of Duration's range or precision");
      }
      long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
      int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValueExact();
      return Duration.ofSeconds(whole, nanos);
    } catch (ArithmeticException | NumberFormatException e) {
      throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a duration in seconds", e);
    }
  }

  /**
   * A stored ISO-8601 period such as {@code P1Y2M3D}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the period
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static Period toPeriod(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return Period.parse(s);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "an ISO-8601 period", e);
    }
  }

  /**
   * A stored year number.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the year
   * @throws ItemMappingException if the value is not an {@code N} or does not read as the Java type
   */
  public static Year toYear(AttributeValue value, String attribute) {
    try {
      return Year.of(toIntValue(value, attribute));
    } catch (DateTimeException e) {
      throw ItemMappingException.atAttribute(attribute, " is not a valid year", e);
    }
  }

  /**
   * A stored {@code 2026-11}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the year and month
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static YearMonth toYearMonth(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return YearMonth.parse(s);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "a year and month (2026-11)", e);
    }
  }

  /**
   * A stored URI.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the URI
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static URI toUri(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return new URI(s);
    } catch (java.net.URISyntaxException e) {
      throw notParsable(attribute, s, "a URI", e);
    }
  }

  /**
   * A stored ISO 4217 currency code.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the currency
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static Currency toCurrency(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return Currency.getInstance(s);
    } catch (RuntimeException e) {
      throw notParsable(attribute, s, "an ISO 4217 currency code", e);
    }
  }

  /**
   * A stored IETF BCP 47 language tag ({@code fr-CA}; the root locale is {@code und}). An
   * ill-formed tag is refused: {@code Locale.forLanguageTag} never fails, it reads a tag only as
   * far as it is well-formed, "not a locale!!" (and "") as the root locale, "en-US-!!" as en-US.
   * {@code Locale.Builder} checks the whole tag, and reads well-formed ones the same.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the locale
   * @throws ItemMappingException if the value is not an {@code S} or does not read as the Java type
   */
  public static Locale toLocale(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      new Locale.Builder().setLanguageTag(s);
    } catch (IllformedLocaleException e) {
      throw notParsable(attribute, s, "an IETF BCP 47 language tag", e);
    }
    return Locale.forLanguageTag(s);
  }

  /**
   * A stored binary as {@link SdkBytes}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the bytes, as stored (not copied)
   * @throws ItemMappingException if the value is not a {@code B} or does not read as the Java type
   */
  public static SdkBytes toSdkBytes(AttributeValue value, String attribute) {
    SdkBytes b = value.b();
    if (b == null) {
      throw typeMismatch(value, attribute, "B (binary)");
    }
    return b;
  }

  /**
   * A stored binary as a new {@link ByteBuffer}.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return a new buffer over a copy of the bytes, at position 0
   * @throws ItemMappingException if the value is not a {@code B} or does not read as the Java type
   */
  public static ByteBuffer toByteBuffer(AttributeValue value, String attribute) {
    return ByteBuffer.wrap(toBytes(value, attribute));
  }

  /**
   * Reads through a user converter; its failures are reported naming the attribute.
   *
   * @param <T> the converted Java type
   * @param converter the attribute's converter; not null
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the converter's result
   * @throws ItemMappingException if the converter throws; the message names the attribute
   */
  public static <T> T fromConverter(
      AttributeConverter<T> converter, AttributeValue value, String attribute) {
    try {
      return converter.fromAttributeValue(value);
    } catch (ItemMappingException e) {
      throw located(e, attribute);
    } catch (RuntimeException e) {
      throw ItemMappingException.atAttribute(attribute, ": " + converter.getClass().getSimpleName() + " could not read "
              + describeType(value) + ": " + e, e);
    }
  }

  // ---- collections ----

  /**
   * A stored list ({@code L}).
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the elements, as stored
   * @throws ItemMappingException if the value is not an {@code L} or does not read as the Java type
   */
  public static List<AttributeValue> toListValue(AttributeValue value, String attribute) {
    List<AttributeValue> stored = value.l();
    // The SDK stands an empty placeholder in for an absent value; only an empty one can be it.
    // (hasL() alone costs an interface type check, measurably slow on every document.)
    if (stored.isEmpty() && !value.hasL()) {
      throw typeMismatch(value, attribute, "L (list)");
    }
    return stored;
  }

  // The four string-collection codecs below stand in for the loops generated code would
  // otherwise repeat in every schema: List<String> and Set<String> are the commonest collection
  // attributes, and one shared copy of each loop compiles once instead of once per entity.

  /**
   * A list of texts as stored: an {@code L} of {@code S}, a null element as {@code NULL}.
   *
   * @param value the list; not null
   * @return the {@code L} value
   */
  public static AttributeValue fromStringList(List<String> value) {
    List<AttributeValue> list = new ArrayList<AttributeValue>(value.size());
    for (String element : value) {
      list.add(element == null ? NULL : AttributeValue.fromS(element));
    }
    return AttributeValue.fromL(list);
  }

  /**
   * A stored list of texts ({@code L} of {@code S}), a {@code NULL} element as null.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @param elementPath {@code attribute + "[]"}, passed in so that no call builds it
   * @return the elements, in stored order
   * @throws ItemMappingException if the value is not an {@code L}, or an element not an {@code S}
   *     (the message names the element's index)
   */
  public static List<String> toStringList(AttributeValue value, String attribute, String elementPath) {
    List<AttributeValue> stored = toListValue(value, attribute);
    List<String> list = new ArrayList<String>(stored.size());
    try {
      for (AttributeValue element : stored) {
        list.add(isNull(element) ? null : toStringValue(element, elementPath));
      }
    } catch (ItemMappingException e) {
      // The element that failed is the one the list has not got yet: its index is the size.
      throw e.atElement(attribute, list.size());
    }
    return list;
  }

  /**
   * A set of texts as stored ({@code SS}), or {@code null} when it is empty: DynamoDB refuses
   * empty sets, so an empty set is not stored (and reads back as an empty set).
   *
   * @param value the set; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code SS} value, or {@code null} for no members
   * @throws ItemMappingException if a member is null
   */
  public static AttributeValue fromStringSet(Set<String> value, String attribute) {
    List<String> members = new ArrayList<String>(value.size());
    for (String member : value) {
      members.add(requireMember(member, attribute, "set member"));
    }
    return stringSet(members, attribute);
  }

  /**
   * A stored string set ({@code SS}) as a set in stored order.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the members, in stored order
   * @throws ItemMappingException if the value is not an {@code SS}
   */
  public static Set<String> toStringSet(AttributeValue value, String attribute) {
    List<String> stored = toStringSetMembers(value, attribute);
    Set<String> set = new LinkedHashSet<String>(capacity(stored.size()));
    for (String member : stored) {
      set.add(member);
    }
    return set;
  }

  /**
   * A stored map ({@code M}).
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the entries, as stored
   * @throws ItemMappingException if the value is not an {@code M} or does not read as the Java type
   */
  public static Map<String, AttributeValue> toMapValue(AttributeValue value, String attribute) {
    Map<String, AttributeValue> stored = value.m();
    // The SDK stands an empty placeholder in for an absent value; only an empty one can be it.
    // (hasM() alone costs an interface type check, measurably slow on every document.)
    if (stored.isEmpty() && !value.hasM()) {
      throw typeMismatch(value, attribute, "M (map)");
    }
    return stored;
  }

  /**
   * The members of a stored string set ({@code SS}).
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the members, in stored order
   * @throws ItemMappingException if the value is not an {@code SS} or does not read as the Java
   *     type
   */
  public static List<String> toStringSetMembers(AttributeValue value, String attribute) {
    List<String> stored = value.ss();
    // The SDK stands an empty placeholder in for an absent value; only an empty one can be it.
    // (hasSs() alone costs an interface type check, measurably slow on every document.)
    if (stored.isEmpty() && !value.hasSs()) {
      throw typeMismatch(value, attribute, "SS (string set)");
    }
    return stored;
  }

  /**
   * The members of a stored number set ({@code NS}).
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the members as number strings, in stored order
   * @throws ItemMappingException if the value is not an {@code NS} or does not read as the Java
   *     type
   */
  public static List<String> toNumberSetMembers(AttributeValue value, String attribute) {
    List<String> stored = value.ns();
    // The SDK stands an empty placeholder in for an absent value; only an empty one can be it.
    // (hasNs() alone costs an interface type check, measurably slow on every document.)
    if (stored.isEmpty() && !value.hasNs()) {
      throw typeMismatch(value, attribute, "NS (number set)");
    }
    return stored;
  }

  /**
   * The members of a stored binary set ({@code BS}).
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the members, in stored order
   * @throws ItemMappingException if the value is not a {@code BS} or does not read as the Java type
   */
  public static List<SdkBytes> toBinarySetMembers(AttributeValue value, String attribute) {
    List<SdkBytes> stored = value.bs();
    // The SDK stands an empty placeholder in for an absent value; only an empty one can be it.
    // (hasBs() alone costs an interface type check, measurably slow on every document.)
    if (stored.isEmpty() && !value.hasBs()) {
      throw typeMismatch(value, attribute, "BS (binary set)");
    }
    return stored;
  }

  /**
   * A string set, or {@code null} when it is empty: DynamoDB refuses empty sets, so an empty set
   * is not stored (and reads back as an empty set).
   *
   * @param members the members, as generated code encoded them; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code SS} value, or {@code null} for no members
   * @throws ItemMappingException if two members are equal
   */
  public static AttributeValue stringSet(List<String> members, String attribute) {
    if (members.isEmpty()) {
      return null;
    }
    requireDistinct(members, attribute);
    return AttributeValue.fromSs(members);
  }

  /** Refuses equal texts; a few members are compared pairwise, without a hash set. */
  private static void requireDistinct(List<String> members, String attribute) {
    int size = members.size();
    if (size <= SMALL_SET) {
      for (int i = 1; i < size; i++) {
        String member = members.get(i);
        for (int j = 0; j < i; j++) {
          if (member.equals(members.get(j))) {
            throw duplicateMember(attribute, member);
          }
        }
      }
      return;
    }
    Set<String> seen = new HashSet<>(capacity(size));
    for (String member : members) {
      if (!seen.add(member)) {
        throw duplicateMember(attribute, member);
      }
    }
  }

  /**
   * A number set, or {@code null} when empty. Members equal as numbers ({@code 1.0} and {@code 1})
   * are duplicates to DynamoDB and refused here with the attribute's name.
   *
   * @param members the members, as generated code encoded them; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return an {@code NS} value, or {@code null} for no members
   * @throws ItemMappingException if two members are equal as numbers
   */
  public static AttributeValue numberSet(List<String> members, String attribute) {
    if (members.isEmpty()) {
      return null;
    }
    int size = members.size();
    boolean canonical = true;
    for (int i = 0; i < size && canonical; i++) {
      canonical = FastText.canonicalInteger(members.get(i));
    }
    if (canonical) {
      // Integers in canonical form are equal numbers exactly when their texts are equal.
      requireDistinct(members, attribute);
      return AttributeValue.fromNs(members);
    }
    Set<BigDecimal> seen = new HashSet<>(capacity(size));
    for (String member : members) {
      if (!seen.add(new BigDecimal(member).stripTrailingZeros())) {
        throw duplicateMember(attribute, member);
      }
    }
    return AttributeValue.fromNs(members);
  }

  /**
   * A binary set, or {@code null} when empty; equal byte sequences are refused.
   *
   * @param members the members, as generated code encoded them; not null
   * @param attribute the attribute's stored name or path, which an error message names
   * @return a {@code BS} value, or {@code null} for no members
   * @throws ItemMappingException if two members are equal
   */
  public static AttributeValue binarySet(List<SdkBytes> members, String attribute) {
    if (members.isEmpty()) {
      return null;
    }
    Set<SdkBytes> seen = new HashSet<>(members.size() * 2);
    for (SdkBytes member : members) {
      if (!seen.add(member)) {
        throw duplicateMember(attribute, "a binary of " + member.asByteArrayUnsafe().length + " bytes");
      }
    }
    return AttributeValue.fromBs(members);
  }

  /**
   * The value itself, or {@code NULL} in place of an absent one (an empty set in a list).
   *
   * @param value an encoded value, or {@code null}
   * @return {@code value}, or {@link #NULL} for {@code null}
   */
  public static AttributeValue orNull(AttributeValue value) {
    return value == null ? NULL : value;
  }

  /**
   * A hash map or set capacity that holds {@code size} entries without rehashing.
   *
   * @param size the entries to hold, 0 or more
   * @return an initial capacity for {@code HashMap} or {@code HashSet}
   */
  public static int capacity(int size) {
    return (int) (size / 0.75f) + 1;
  }

  /**
   * Refuses a null set member or map key, which DynamoDB cannot store.
   *
   * @param <V> the value's type
   * @param value the set member or map key; may be null, which is refused
   * @param attribute the attribute's stored name or path, which an error message names
   * @param what what the value is, for the message, such as {@code "set member"}
   * @return {@code value}
   * @throws ItemMappingException if {@code value} is null
   */
  public static <V> V requireMember(V value, String attribute, String what) {
    if (value == null) {
      throw ItemMappingException.atAttribute(attribute, " has a null " + what
          + ", which DynamoDB cannot store");
    }
    return value;
  }

  /**
   * A map key as stored: DynamoDB refuses null and empty attribute names, also inside maps.
   *
   * @param key the map key; may be null or empty, which is refused
   * @param attribute the attribute's stored name or path, which an error message names
   * @return {@code key}
   * @throws ItemMappingException if the key is null or empty
   */
  public static String requireMapKey(String key, String attribute) {
    if (key == null || key.isEmpty()) {
      throw ItemMappingException.atAttribute(attribute, " is a map with " + (key == null ? "a null" : "an empty")
              + " key, which DynamoDB cannot store");
    }
    return key;
  }

  /**
   * An enum constant by name, for map keys.
   *
   * @param <E> the enum type
   * @param name the constant's name, as stored
   * @param attribute the attribute's stored name or path, which an error message names
   * @param type the enum class; not null
   * @return the constant
   * @throws ItemMappingException if the enum has no constant of that name
   */
  public static <E extends Enum<E>> E toEnumConstant(String name, String attribute, Class<E> type) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw ItemMappingException.atAttribute(attribute, " has key \"" + name + "\", which is no constant of "
              + type.getSimpleName(), e);
    }
  }

  /**
   * A stored enum constant, by name.
   *
   * @param <E> the enum type
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the attribute's stored name or path, which an error message names
   * @param type the enum class; not null
   * @return the constant
   * @throws ItemMappingException if the value is not an {@code S} or names no constant of the enum
   */
  public static <E extends Enum<E>> E toEnum(AttributeValue value, String attribute, Class<E> type) {
    String s = toStringValue(value, attribute);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw ItemMappingException.atAttribute(attribute, " holds \""
              + s
              + "\", which is no constant of "
              + type.getSimpleName(),
          e);
    }
  }

  // ---- keys ----

  /**
   * Checks a key value before it is sent: DynamoDB refuses a missing key, and an empty string or
   * binary as a key.
   *
   * @param <V> the value's type
   * @param value the key value; may be null or empty, which is refused
   * @param entity the entity's name, for the message
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the value, for chaining
   * @throws ItemMappingException if the value is null, or an empty string or binary
   */
  public static <V> V requireKey(V value, String entity, String attribute) {
    if (value == null) {
      throw new ItemMappingException(entity + ": key attribute '" + attribute + "' is null");
    }
    if ((value instanceof String s && s.isEmpty()) || (value instanceof byte[] b && b.length == 0)) {
      throw new ItemMappingException(
          entity + ": key attribute '" + attribute + "' is empty, which DynamoDB does not allow");
    }
    return value;
  }

  /**
   * Checks that a key attribute was present in a stored item.
   *
   * @param <V> the value's type
   * @param value the key value read from the item, or null if it was absent
   * @param entity the entity's name, for the message
   * @param attribute the attribute's stored name or path, which an error message names
   * @return {@code value}
   * @throws ItemMappingException if {@code value} is null
   */
  public static <V> V requireStoredKey(V value, String entity, String attribute) {
    if (value == null) {
      throw new ItemMappingException(
          entity + ": the item has no key attribute '" + attribute + "'");
    }
    return value;
  }

  /**
   * A stored string key in one step, for generated {@code fromItem}: the string, or an error if
   * the item has no such attribute (or a {@code NULL}), or holds it as another type.
   *
   * @param value the stored value, or null if the item lacks the attribute
   * @param entity the entity's name, for the message
   * @param attribute the attribute's stored name or path, which an error message names
   * @return the string
   * @throws ItemMappingException if the value is absent, {@code NULL}, or not an {@code S}
   */
  public static String requireStoredStringKey(
      AttributeValue value, String entity, String attribute) {
    if (value != null) {
      String s = value.s();
      if (s != null) {
        return s;
      }
    }
    if (isNull(value)) {
      return requireStoredKey(null, entity, attribute);
    }
    throw typeMismatch(value, attribute, "S (string)");
  }

  // ---- helpers ----

  /** A converter's own error, placed at the attribute if it names none. */
  private static ItemMappingException located(ItemMappingException e, String attribute) {
    return e.attributePath().isPresent()
        ? e
        : ItemMappingException.atAttribute(attribute, ": " + e.getMessage(), e);
  }

  private static ItemMappingException notParsable(
      String attribute, String text, String what, Exception cause) {
    return ItemMappingException.atAttribute(attribute, " holds \"" + text + "\", which is not " + what, cause);
  }

  private static ItemMappingException duplicateMember(String attribute, String member) {
    return ItemMappingException.atAttribute(attribute, " is a set with " + member
            + " twice (as DynamoDB compares members); a set's members must be distinct");
  }

  private static String number(AttributeValue value, String attribute) {
    String n = value.n();
    if (n == null) {
      throw typeMismatch(value, attribute, "N (number)");
    }
    return n;
  }

  /**
   * Parses a stored number that must be a whole number within [min, max]. DynamoDB may return
   * a whole number in a form {@code parseLong} refuses (another client wrote "1E+2" or "7.0").
   */
  private static long exactIntegral(String n, String attribute, String javaType, long min, long max) {
    BigDecimal exact;
    try {
      exact = new BigDecimal(n);
    } catch (NumberFormatException e) {
      throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which is not a number", e);
    }
    try {
      long whole = exact.longValueExact();
      if (whole >= min && whole <= max) {
        return whole;
      }
    } catch (ArithmeticException e) {
      // a fraction or beyond long: reported below
    }
    throw ItemMappingException.atAttribute(attribute, " holds " + n + ", which does not fit a " + javaType);
  }

  private static ItemMappingException typeMismatch(
      AttributeValue value, String attribute, String expected) {
    return ItemMappingException.atAttribute(attribute, " should be "
            + expected
            + " but the item holds "
            + describeType(value));
  }

  /**
   * The DynamoDB type tag of a value, for messages: {@code S}, {@code N}, {@code M}, …
   *
   * @param value the value; not null
   * @return the type tag and its name, such as {@code S (string)}, or {@code a value of unknown
   *     type}
   */
  public static String describeType(AttributeValue value) {
    return switch (value.type()) {
      case S -> "S (string)";
      case N -> "N (number)";
      case B -> "B (binary)";
      case BOOL -> "BOOL (boolean)";
      case NUL -> "NULL";
      case SS -> "SS (string set)";
      case NS -> "NS (number set)";
      case BS -> "BS (binary set)";
      case M -> "M (map)";
      case L -> "L (list)";
      default -> "a value of unknown type";
    };
  }
}
