package io.dynamap.runtime.key;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.AttributeCodecs;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.Values;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How field values are written into composed keys ({@code CUSTOMER#42}, {@code
 * ORDER#2026-11-23T10:00:00.000000000Z}) so that the key's string order is the values' order and
 * every value can be read back:
 *
 * <ul>
 *   <li>integers fixed-width: non-negative values as zero-padded digits ({@code 42} as a {@code
 *       long} is {@code 0000000000000000042}), negative ones as {@code -} and the zero-padded
 *       distance from the type's minimum ({@code -1} is {@code -9223372036854775807}), so that
 *       every negative sorts before every non-negative and each group in numeric order;
 *   <li>{@code Instant}, {@code LocalDate}, {@code LocalDateTime} in their fixed-width ISO-8601
 *       forms, as Dynamap stores them as attributes;
 *   <li>text ({@code String}, enum names, UUIDs) as it is, except that {@code %}, {@code #},
 *       control characters and U+10FFFF are percent-escaped with their UTF-8 bytes ({@code #} is
 *       {@code %23}), so a value never contains the separator {@code #}.
 * </ul>
 *
 * <p>Generated code calls these; {@link #parseLong}, {@link #unescape} and the like read parts
 * back.
 */
public final class KeyParts {
  /**
   * A code point above every character an encoded value contains (U+10FFFF is escaped): {@code
   * prefix + MAX} is greater than every key that starts with {@code prefix}.
   */
  static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

  /** Below every character an encoded value contains (control characters are escaped). */
  static final String MIN = "\u0001";

  private KeyParts() {}

  /**
   * Concatenates literal text and encoded parts into a key.
   *
   * @param parts literal text and parts already encoded by this class, in key order; none null
   * @return the parts concatenated
   */
  public static String compose(String... parts) {
    int length = 0;
    for (String part : parts) {
      length += part.length();
    }
    StringBuilder key = new StringBuilder(length);
    for (String part : parts) {
      key.append(part);
    }
    return key.toString();
  }

  /**
   * A field of a composed key, which may be empty but not null.
   *
   * @param <V> the field's type
   * @param value the field's value, or null, which is refused
   * @param entity the entity's name, for the message
   * @param field the field's name, for the message
   * @return {@code value}
   * @throws ItemMappingException naming the entity and field if it is null
   */
  public static <V> V require(V value, String entity, String field) {
    if (value == null) {
      throw new ItemMappingException(entity + ": key field '" + field + "' is null");
    }
    return value;
  }

  /**
   * Text with {@code %}, {@code #}, control characters and U+10FFFF escaped.
   *
   * @param value the text; not null
   * @return the text with those characters percent-escaped as UTF-8 bytes
   */
  public static String text(String value) {
    int i = 0;
    while (i < value.length()) {
      int c = value.codePointAt(i);
      if (mustEscape(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
    while (i < value.length()) {
      int c = value.codePointAt(i);
      if (mustEscape(c)) {
        for (byte b : new String(Character.toChars(c)).getBytes(UTF_8)) {
          escaped.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      } else {
        escaped.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return escaped.toString();
  }

  private static boolean mustEscape(int c) {
    return c == '%' || c == '#' || c < 0x20 || c == 0x7F || c == Character.MAX_CODE_POINT;
  }

  /**
   * Reverses {@link #text}.
   *
   * @param part a part of a key read back, without its separators
   * @return the text as it was before {@link #text}
   */
  public static String unescape(String part) {
    if (part.indexOf('%') < 0) {
      return part;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
    for (int i = 0; i < part.length(); ) {
      char c = part.charAt(i);
      if (c == '%' && i + 2 < part.length()) {
        bytes.write(Integer.parseInt(part.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int cp = part.codePointAt(i);
        byte[] encoded = new String(Character.toChars(cp)).getBytes(UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(UTF_8);
  }

  /**
   * A {@code long} in 19 digits, or {@code -} and 19 digits when negative.
   *
   * @param value the number
   * @return the fixed-width form, whose string order is numeric order
   */
  public static String number(long value) {
    return fixedWidth(value, Long.MIN_VALUE, 19);
  }

  /**
   * An {@code int} in 10 digits, or {@code -} and 10 digits when negative.
   *
   * @param value the number
   * @return the fixed-width form, whose string order is numeric order
   */
  public static String number(int value) {
    return fixedWidth(value, Integer.MIN_VALUE, 10);
  }

  /**
   * A {@code short} in 5 digits, or {@code -} and 5 digits when negative.
   *
   * @param value the number
   * @return the fixed-width form, whose string order is numeric order
   */
  public static String number(short value) {
    return fixedWidth(value, Short.MIN_VALUE, 5);
  }

  /**
   * A {@code byte} in 3 digits, or {@code -} and 3 digits when negative.
   *
   * @param value the number
   * @return the fixed-width form, whose string order is numeric order
   */
  public static String number(byte value) {
    return fixedWidth(value, Byte.MIN_VALUE, 3);
  }

  private static String fixedWidth(long value, long minimum, int digits) {
    // value - minimum overflows for longs; as an unsigned difference it is exact.
    String magnitude = value >= 0 ? Long.toString(value) : Long.toString(value - minimum);
    StringBuilder part = new StringBuilder(digits + 1);
    if (value < 0) {
      part.append('-');
    }
    for (int i = magnitude.length(); i < digits; i++) {
      part.append('0');
    }
    return part.append(magnitude).toString();
  }

  /**
   * Reads a part written by {@link #number(long)}.
   *
   * @param part a part of a key read back, without its separators
   * @return the number
   * @throws NumberFormatException if the part is not such a number
   */
  public static long parseLong(String part) {
    return part.startsWith("-")
        ? Long.parseLong(part.substring(1)) + Long.MIN_VALUE
        : Long.parseLong(part);
  }

  /**
   * Reads a part written by {@link #number(int)}.
   *
   * @param part a part of a key read back, without its separators
   * @return the number
   * @throws NumberFormatException if the part is not such a number
   */
  public static int parseInt(String part) {
    return part.startsWith("-")
        ? (int) (Long.parseLong(part.substring(1)) + Integer.MIN_VALUE)
        : Integer.parseInt(part);
  }

  /**
   * An instant as {@code 2026-11-23T10:15:30.000000000Z}.
   *
   * @param value the instant; not null
   * @param field the field's name, for the message
   * @return the fixed-width UTC form
   * @throws ItemMappingException if the year is outside 0000 to 9999
   */
  public static String instant(Instant value, String field) {
    return AttributeCodecs.instantToString(value, field);
  }

  /**
   * A date as {@code 2026-11-23}.
   *
   * @param value the date; not null
   * @param field the field's name, for the message
   * @return the ISO-8601 form
   * @throws ItemMappingException if the year is outside 0000 to 9999
   */
  public static String date(LocalDate value, String field) {
    return AttributeCodecs.fromLocalDate(value, field).s();
  }

  /**
   * A date and time as {@code 2026-11-23T10:15:30.000000000}.
   *
   * @param value the date-time; not null
   * @param field the field's name, for the message
   * @return the fixed-width ISO-8601 form
   * @throws ItemMappingException if the year is outside 0000 to 9999
   */
  public static String dateTime(LocalDateTime value, String field) {
    return AttributeCodecs.fromLocalDateTime(value, field).s();
  }

  /**
   * A UUID in its canonical lower-case form.
   *
   * @param value the UUID; not null
   * @return 36 characters, 8-4-4-4-12 lower-case hexadecimal digits
   */
  public static String uuid(UUID value) {
    return value.toString();
  }

  /**
   * A part written as it is (not escaped), checked to end where the key's next literal text, its
   * separator, begins: so that reading the key back finds the same part.
   *
   * @param part the part as written into the key; not null
   * @param separator the template's literal text right after the part
   * @param entity the entity's name, for the message
   * @param field the field's name, for the message
   * @return {@code part}
   * @throws ItemMappingException naming the entity, field, value and separator if the part holds
   *     the separator (or ends with its beginning), which would split the key elsewhere
   */
  public static String separated(String part, String separator, String entity, String field) {
    int found = (part + separator).indexOf(separator);
    if (found == part.length()) {
      return part;
    }
    throw new ItemMappingException(
        entity
            + ": key field '"
            + field
            + "' is \""
            + part
            + "\", which "
            + (found + separator.length() <= part.length() ? "contains" : "ends with the start of")
            + " \""
            + separator
            + "\", the text that follows it in the key template, so the key could not be read back;"
            + " escape the field (the default; @KeyFormat(escape = true)) or choose a separator its"
            + " values never hold");
  }

  /**
   * The string a converter writes for a key field.
   *
   * @param written the converter's output; not null
   * @param entity the entity's name, for the message
   * @param field the field's name, for the message
   * @return the string
   * @throws ItemMappingException if the converter wrote no string ({@code S})
   */
  public static String converted(AttributeValue written, String entity, String field) {
    if (written == null || written.s() == null) {
      throw new ItemMappingException(
          entity + ": the converter of key field '" + field + "' wrote " + written
              + ", not a string (S), which a composed key needs");
    }
    return written.s();
  }

  /**
   * The formatter of a {@code @KeyFormat} pattern: locale-independent, instants in UTC.
   *
   * @param pattern a {@link DateTimeFormatter} pattern
   * @return the formatter
   */
  public static DateTimeFormatter format(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
  }

  /**
   * A temporal value written with a pattern, checked to read back as the same value (and, for a
   * fixed-width pattern, to have that width), so that a key never silently changes a value.
   *
   * @param value the value; not null
   * @param format the pattern's formatter ({@link #format})
   * @param width the pattern's width, or -1 if it has none
   * @param entity the entity's name, for the message
   * @param field the field's name, for the message
   * @return the formatted value
   * @throws ItemMappingException naming the entity, field and value if the pattern cannot write
   *     it exactly
   */
  public static String formatted(
      TemporalAccessor value, DateTimeFormatter format, int width, String entity, String field) {
    String text;
    Object back;
    try {
      text = format.format(value);
      back = parseTemporal(text, format, value.getClass());
    } catch (RuntimeException e) {
      throw new ItemMappingException(
          entity + ": key field '" + field + "' is " + value + ", which its @KeyFormat pattern cannot"
              + " write: " + e.getMessage(), e);
    }
    if (!back.equals(value)) {
      throw new ItemMappingException(
          entity + ": key field '" + field + "' is " + value + ", which its @KeyFormat pattern"
              + " writes as \"" + text + "\", read back as " + back + ": the key would change the"
              + " value; truncate it to what the pattern holds (or add the missing fields to it)");
    }
    if (width >= 0 && text.length() != width) {
      throw new ItemMappingException(
          entity + ": key field '" + field + "' is " + value + ", written as \"" + text + "\", not in"
              + " the " + width + " characters of its @KeyFormat pattern (a year outside 0000 to"
              + " 9999?), so it would not sort with the others");
    }
    return text;
  }

  private static Object parseTemporal(String text, DateTimeFormatter format, Class<?> type) {
    TemporalAccessor parsed = format.parse(text);
    if (type == Instant.class) {
      return Instant.from(parsed);
    } else if (type == LocalDate.class) {
      return LocalDate.from(parsed);
    } else if (type == LocalDateTime.class) {
      return LocalDateTime.from(parsed);
    }
    throw new IllegalArgumentException("not a key format type: " + type.getName());
  }

  /**
   * Reads a part written by {@link #number(short)}.
   *
   * @param part a part of a key read back, without its separators
   * @return the number
   * @throws NumberFormatException if the part is not such a number
   */
  public static short parseShort(String part) {
    return part.startsWith("-")
        ? (short) (Integer.parseInt(part.substring(1)) + Short.MIN_VALUE)
        : Short.parseShort(part);
  }

  /**
   * Reads a part written by {@link #number(byte)}.
   *
   * @param part a part of a key read back, without its separators
   * @return the number
   * @throws NumberFormatException if the part is not such a number
   */
  public static byte parseByte(String part) {
    return part.startsWith("-")
        ? (byte) (Integer.parseInt(part.substring(1)) + Byte.MIN_VALUE)
        : Byte.parseByte(part);
  }

  /** {@code the item {pk="…", sk="…"} is of type ADDRESS (_type)}, or has no type. */
  private static String describeType(
      Map<String, AttributeValue> item, String typeAttribute, KeyDefinition key) {
    AttributeValue type = item.get(typeAttribute);
    return "the item "
        + Values.describeKey(keyOf(key, item))
        + (type == null || type.s() == null
            ? " has no type attribute " + typeAttribute
            : " is of type " + type.s() + " (" + typeAttribute + ")");
  }

  private static Map<String, AttributeValue> keyOf(
      KeyDefinition key, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> parts = new LinkedHashMap<>(4);
    AttributeValue partition = item.get(key.partitionKey().name());
    if (partition != null) {
      parts.put(key.partitionKey().name(), partition);
    }
    key.sortKeyIfAny()
        .map(sort -> item.get(sort.name()))
        .ifPresent(sort -> parts.put(key.sortKey().name(), sort));
    return parts;
  }

  /**
   * The error for an item whose type is none of an item collection's members.
   *
   * @param item the stored item; not null
   * @param typeAttribute the table's type attribute name
   * @param members the entity type names of the collection's members
   * @param collection the collection's name, for the message
   * @param key the table's primary key definition, to name the item's key
   * @return the exception to throw, naming the item's key, its type and the members' types
   */
  public static ItemMappingException notInCollection(
      Map<String, AttributeValue> item,
      String typeAttribute,
      Set<String> members,
      String collection,
      KeyDefinition key) {
    return new ItemMappingException(
        describeType(item, typeAttribute, key)
            + ", which is no member of "
            + collection
            + " ("
            + String.join(", ", new TreeSet<>(members))
            + ")");
  }

  /**
   * Checks that an item is of the expected type before it is decoded, so that an item of another
   * entity type is never read as this one.
   *
   * @param item the stored item; not null
   * @param typeAttribute the table's type attribute name
   * @param expected the entity type name the item must have
   * @param entity the entity's name, for the message
   * @param key the table's primary key definition, to name the item's key
   * @throws ItemMappingException naming the item's key and both types
   */
  public static void requireType(
      Map<String, AttributeValue> item,
      String typeAttribute,
      String expected,
      String entity,
      KeyDefinition key) {
    AttributeValue type = item.get(typeAttribute);
    if (type != null && expected.equals(type.s())) {
      return;
    }
    throw new ItemMappingException(
        describeType(item, typeAttribute, key)
            + ", not "
            + expected
            + ": "
            + entity
            + " reads only "
            + expected
            + " items; read it through its own repository or an item collection");
  }
}
