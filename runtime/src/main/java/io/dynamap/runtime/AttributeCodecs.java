package io.dynamap.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
  /**
   * Instants are stored in UTC with a fixed-width, nine-digit fraction, so that comparing the
   * stored strings compares the times. {@code Instant.toString()} drops zero fractions, and
   * "…:00Z" sorts after "…:00.5Z" because 'Z' > '.'.
   */
  private static final DateTimeFormatter INSTANT_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** The first instant of year 0 and of year 10000: beyond them the width, and so the order, breaks. */
  private static final Instant YEAR_0 = Instant.parse("0000-01-01T00:00:00Z");

  private static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");

  private AttributeCodecs() {}

  /** Whether a stored value is absent or DynamoDB's {@code NULL}. */
  public static boolean isNull(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul());
  }

  // ---- writing ----

  /** A {@code double} as a DynamoDB number; NaN and infinities cannot be stored. */
  public static AttributeValue fromDouble(double value, String attribute) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' is " + value + ", which DynamoDB cannot store as a number");
    }
    return AttributeValue.fromN(Double.toString(value));
  }

  /** A {@code float} as a DynamoDB number; NaN and infinities cannot be stored. */
  public static AttributeValue fromFloat(float value, String attribute) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' is " + value + ", which DynamoDB cannot store as a number");
    }
    return AttributeValue.fromN(Float.toString(value));
  }

  /** A byte array as a DynamoDB binary; the array is copied. */
  public static AttributeValue fromBytes(byte[] value) {
    return AttributeValue.fromB(SdkBytes.fromByteArray(value));
  }

  /**
   * An instant as a sortable string: {@code 2026-11-23T10:15:30.000000000Z}. Only years 0 to 9999
   * keep string order equal to time order, so other instants are refused.
   */
  public static AttributeValue fromInstant(Instant value, String attribute) {
    return AttributeValue.fromS(instantToString(value, attribute));
  }

  /** The stored string form of an instant; see {@link #fromInstant}. */
  public static String instantToString(Instant value, String attribute) {
    if (value.isBefore(YEAR_0) || !value.isBefore(YEAR_10000)) {
      throw new ItemMappingException(
          "attribute '"
              + attribute
              + "' is "
              + value
              + ": only instants in the years 0000 to 9999 can be stored in sortable form");
    }
    return INSTANT_FORMAT.format(value);
  }

  // ---- reading ----

  /** A stored string. */
  public static String toStringValue(AttributeValue value, String attribute) {
    String s = value.s();
    if (s == null) {
      throw typeMismatch(value, attribute, "S (string)");
    }
    return s;
  }

  /** A stored number as an {@code int}. */
  public static int toIntValue(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException e) {
      return (int) exactIntegral(n, attribute, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  /** A stored number as a {@code long}. */
  public static long toLongValue(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      return exactIntegral(n, attribute, "long", Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /** A stored number as a {@code short}. */
  public static short toShortValue(AttributeValue value, String attribute) {
    return (short)
        exactIntegral(number(value, attribute), attribute, "short", Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /** A stored number as a {@code byte}. */
  public static byte toByteValue(AttributeValue value, String attribute) {
    return (byte)
        exactIntegral(number(value, attribute), attribute, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  /** A stored number as a {@code double}, rounded to the nearest {@code double}. */
  public static double toDoubleValue(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' holds " + n + ", which is not a number", e);
    }
  }

  /** A stored number as a {@code float}, rounded to the nearest {@code float}. */
  public static float toFloatValue(AttributeValue value, String attribute) {
    return (float) toDoubleValue(value, attribute);
  }

  /** A stored number as a {@link BigDecimal}, exactly. */
  public static BigDecimal toBigDecimal(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return new BigDecimal(n);
    } catch (NumberFormatException e) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' holds " + n + ", which is not a number", e);
    }
  }

  /** A stored number as a {@link BigInteger}; a fraction is an error, not rounded away. */
  public static BigInteger toBigInteger(AttributeValue value, String attribute) {
    String n = number(value, attribute);
    try {
      return new BigDecimal(n).toBigIntegerExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' holds " + n + ", which is not a whole number", e);
    }
  }

  /** A stored boolean. */
  public static boolean toBooleanValue(AttributeValue value, String attribute) {
    Boolean b = value.bool();
    if (b == null) {
      throw typeMismatch(value, attribute, "BOOL (boolean)");
    }
    return b;
  }

  /** A stored binary, as a new array. */
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
   */
  public static Instant toInstant(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' holds \"" + s + "\", which is not an ISO-8601 instant", e);
    }
  }

  /** A stored UUID in its standard string form. */
  public static UUID toUuid(AttributeValue value, String attribute) {
    String s = toStringValue(value, attribute);
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw new ItemMappingException(
          "attribute '" + attribute + "' holds \"" + s + "\", which is not a UUID", e);
    }
  }

  /** A stored enum constant, by name. */
  public static <E extends Enum<E>> E toEnum(AttributeValue value, String attribute, Class<E> type) {
    String s = toStringValue(value, attribute);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new ItemMappingException(
          "attribute '"
              + attribute
              + "' holds \""
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
   * @return the value, for chaining
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

  /** Checks that a key attribute was present in a stored item. */
  public static <V> V requireStoredKey(V value, String entity, String attribute) {
    if (value == null) {
      throw new ItemMappingException(
          entity + ": the item has no key attribute '" + attribute + "'");
    }
    return value;
  }

  // ---- helpers ----

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
      throw new ItemMappingException(
          "attribute '" + attribute + "' holds " + n + ", which is not a number", e);
    }
    try {
      long whole = exact.longValueExact();
      if (whole >= min && whole <= max) {
        return whole;
      }
    } catch (ArithmeticException e) {
      // a fraction or beyond long: reported below
    }
    throw new ItemMappingException(
        "attribute '" + attribute + "' holds " + n + ", which does not fit a " + javaType);
  }

  private static ItemMappingException typeMismatch(
      AttributeValue value, String attribute, String expected) {
    return new ItemMappingException(
        "attribute '"
            + attribute
            + "' should be "
            + expected
            + " but the item holds "
            + describeType(value));
  }

  /** The DynamoDB type tag of a value, for messages: {@code S}, {@code N}, {@code M}, … */
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
