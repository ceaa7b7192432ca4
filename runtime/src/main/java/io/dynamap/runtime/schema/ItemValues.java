package io.dynamap.runtime.schema;

import io.dynamap.runtime.error.ItemMappingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One attribute of an item read or put in one call, for the commonest attribute types: what
 * generated {@code toItem} and {@code fromItem} methods call instead of a local, a lookup, a
 * {@code NULL} check and a conversion per attribute.
 *
 * <p>Why it exists: every statement a schema holds is compiled once per entity, and a project
 * with hundreds of entities feels it ({@code CompileBenchmark}); these calls keep the work of
 * mapping the same ({@code MappingBenchmark}). Readers give the Java default for a missing or
 * {@code NULL} attribute: null, zero, false, or an empty set (DynamoDB stores no empty set).
 * Writers leave a null value out of the item. Errors are those of {@link AttributeCodecs}, naming
 * the attribute.
 */
public final class ItemValues {
  private ItemValues() {}

  // ---- reading ----

  /**
   * A text attribute ({@code S}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the text, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code S}
   */
  public static String getString(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : AttributeCodecs.toStringValue(value, attribute);
  }

  /**
   * An {@code int} attribute ({@code N}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the number, or 0 if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code N} that fits an {@code int}
   */
  public static int getInt(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? 0 : AttributeCodecs.toIntValue(value, attribute);
  }

  /**
   * A {@code long} attribute ({@code N}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the number, or 0 if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code N} that fits a {@code long}
   */
  public static long getLong(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? 0L : AttributeCodecs.toLongValue(value, attribute);
  }

  /**
   * A {@code double} attribute ({@code N}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the number, or 0 if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code N}
   */
  public static double getDouble(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? 0.0 : AttributeCodecs.toDoubleValue(value, attribute);
  }

  /**
   * A {@code boolean} attribute ({@code BOOL}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the value, or false if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not a {@code BOOL}
   */
  public static boolean getBoolean(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return !AttributeCodecs.isNull(value) && AttributeCodecs.toBooleanValue(value, attribute);
  }

  /**
   * A decimal attribute ({@code N}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the number, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code N}
   */
  public static BigDecimal getBigDecimal(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : AttributeCodecs.toBigDecimal(value, attribute);
  }

  /**
   * An instant ({@code S}, as {@link AttributeCodecs#fromInstant} writes it).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the instant, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code S} holding an instant
   */
  public static Instant getInstant(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : AttributeCodecs.toInstant(value, attribute);
  }

  /**
   * A date ({@code S}, {@code yyyy-MM-dd}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the date, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code S} holding a date
   */
  public static LocalDate getLocalDate(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : AttributeCodecs.toLocalDate(value, attribute);
  }

  /**
   * A UUID ({@code S}).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the UUID, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code S} holding a UUID
   */
  public static UUID getUuid(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : AttributeCodecs.toUuid(value, attribute);
  }

  /**
   * An enum constant, stored by its name ({@code S}).
   *
   * @param <E> the enum type
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @param type the enum's class
   * @return the constant, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code S} naming a constant
   */
  public static <E extends Enum<E>> E getEnum(
      Map<String, AttributeValue> item, String attribute, Class<E> type) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : AttributeCodecs.toEnum(value, attribute, type);
  }

  /**
   * A list of texts ({@code L} of {@code S}, a {@code NULL} element as null).
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @param elementPath {@code attribute + "[]"}, for messages, passed in so that no call builds it
   * @return the list, or null if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not such a list
   */
  public static List<String> getStringList(
      Map<String, AttributeValue> item, String attribute, String elementPath) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value)
        ? null
        : AttributeCodecs.toStringList(value, attribute, elementPath);
  }

  /**
   * A set of texts ({@code SS}), in stored order.
   *
   * @param item the stored item
   * @param attribute the attribute's stored name
   * @return the set; empty if the item lacks it or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code SS}
   */
  public static Set<String> getStringSet(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value)
        ? new LinkedHashSet<String>()
        : AttributeCodecs.toStringSet(value, attribute);
  }

  // ---- writing ----

  /**
   * Puts a text as an {@code S}; a null text is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the text, or null
   */
  public static void putString(Map<String, AttributeValue> item, String attribute, String value) {
    if (value != null) {
      item.put(attribute, AttributeValue.fromS(value));
    }
  }

  /**
   * Puts a decimal as an {@code N}; null is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the number, or null
   * @throws ItemMappingException if DynamoDB cannot store the number
   */
  public static void putBigDecimal(
      Map<String, AttributeValue> item, String attribute, BigDecimal value) {
    if (value != null) {
      item.put(attribute, AttributeCodecs.fromBigDecimal(value, attribute));
    }
  }

  /**
   * Puts an instant as a sortable {@code S}; null is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the instant, or null
   * @throws ItemMappingException if the instant is outside the years 0 to 9999
   */
  public static void putInstant(Map<String, AttributeValue> item, String attribute, Instant value) {
    if (value != null) {
      item.put(attribute, AttributeCodecs.fromInstant(value, attribute));
    }
  }

  /**
   * Puts a date as an {@code S} ({@code yyyy-MM-dd}); null is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the date, or null
   * @throws ItemMappingException if the date is outside the years 0 to 9999
   */
  public static void putLocalDate(
      Map<String, AttributeValue> item, String attribute, LocalDate value) {
    if (value != null) {
      item.put(attribute, AttributeCodecs.fromLocalDate(value, attribute));
    }
  }

  /**
   * Puts a UUID as an {@code S}; null is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the UUID, or null
   */
  public static void putUuid(Map<String, AttributeValue> item, String attribute, UUID value) {
    if (value != null) {
      item.put(attribute, AttributeValue.fromS(value.toString()));
    }
  }

  /**
   * Puts an enum constant by its name, as an {@code S}; null is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the constant, or null
   */
  public static void putEnum(Map<String, AttributeValue> item, String attribute, Enum<?> value) {
    if (value != null) {
      item.put(attribute, AttributeValue.fromS(value.name()));
    }
  }

  /**
   * Puts a list of texts as an {@code L} of {@code S} (a null element as {@code NULL}); a null
   * list is left out.
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the list, or null
   */
  public static void putStringList(
      Map<String, AttributeValue> item, String attribute, List<String> value) {
    if (value != null) {
      item.put(attribute, AttributeCodecs.fromStringList(value));
    }
  }

  /**
   * Puts a set of texts as an {@code SS}; a null or empty set is left out (DynamoDB refuses empty
   * sets; it reads back as an empty set).
   *
   * @param item the item being written
   * @param attribute the attribute's stored name
   * @param value the set, or null
   * @throws ItemMappingException if a member is null
   */
  public static void putStringSet(
      Map<String, AttributeValue> item, String attribute, Set<String> value) {
    if (value != null) {
      AttributeValue stored = AttributeCodecs.fromStringSet(value, attribute);
      if (stored != null) {
        item.put(attribute, stored);
      }
    }
  }
}
