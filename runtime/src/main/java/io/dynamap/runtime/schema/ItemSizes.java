package io.dynamap.runtime.schema;

import io.dynamap.runtime.error.ItemTooLargeException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an item as DynamoDB counts it against its 400 KB item limit and in capacity units,
 * following the rules of the DynamoDB Developer Guide ("Item sizes and formats"):
 *
 * <ul>
 *   <li>every attribute: the UTF-8 length of its name plus the size of its value;
 *   <li>{@code S}: the UTF-8 length; {@code B}: the raw byte length (not the base64 text);
 *   <li>{@code N}: one byte per two significant digits plus one byte (leading and trailing zeros do
 *       not count), plus one more for a negative number; DynamoDB documents this as approximate, so
 *       this errs on the large side;
 *   <li>{@code BOOL} and {@code NULL}: one byte;
 *   <li>{@code L} and {@code M}: three bytes, plus for each element its size and one byte (and in a
 *       map the UTF-8 length of the element's name);
 *   <li>sets: the sum of their elements' sizes.
 * </ul>
 *
 * <p>Sizes are computed without copying strings or byte arrays.
 */
public final class ItemSizes {
  /** DynamoDB's largest item: 400 KB, names and values included. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;

  private static final int DOCUMENT_OVERHEAD = 3;
  private static final int ELEMENT_OVERHEAD = 1;

  private ItemSizes() {}

  /**
   * The size of an item (or a key map): its attribute names and values.
   *
   * @param item the item; not null
   * @return the size in bytes, as DynamoDB counts it against its 400 KB limit
   */
  public static long itemSize(Map<String, AttributeValue> item) {
    Objects.requireNonNull(item, "item");
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8Length(attribute.getKey()) + valueSize(attribute.getValue());
    }
    return size;
  }

  /**
   * Refuses an item over {@link #MAX_ITEM_BYTES}, naming what is large, before it is sent.
   *
   * @param item the item; not null
   * @param tableName the table the item is for, for the message
   * @param entityName the entity's name, for the message
   * @param keyDescription the item's key in readable form, for the message
   * @return the item's size
   * @throws ItemTooLargeException if the item is too large
   */
  public static long requireWithinLimit(
      Map<String, AttributeValue> item, String tableName, String entityName, String keyDescription) {
    long size = itemSize(item);
    if (size <= MAX_ITEM_BYTES) {
      return size;
    }
    List<Map.Entry<String, Long>> sizes = new java.util.ArrayList<>(item.size());
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      sizes.add(Map.entry(attribute.getKey(), utf8Length(attribute.getKey()) + valueSize(attribute.getValue())));
    }
    sizes.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<Map.Entry<String, Long>> largest = sizes.subList(0, Math.min(3, sizes.size()));
    StringBuilder named = new StringBuilder();
    for (Map.Entry<String, Long> attribute : largest) {
      if (named.length() > 0) {
        named.append(", ");
      }
      named.append(attribute.getKey()).append(" (").append(attribute.getValue()).append(" bytes)");
    }
    throw new ItemTooLargeException(
        "table " + tableName + ", item " + keyDescription + ": the " + entityName + " item is " + size
            + " bytes, over DynamoDB's limit of " + MAX_ITEM_BYTES + " bytes (400 KB); largest attributes: "
            + named,
        size,
        largest.stream().map(Map.Entry::getKey).toList());
  }

  /**
   * The size of one attribute value, without its name.
   *
   * @param value the value; not null
   * @return the size in bytes
   */
  public static long valueSize(AttributeValue value) {
    Objects.requireNonNull(value, "value");
    return switch (value.type()) {
      case S -> utf8Length(value.s());
      case N -> numberSize(value.n());
      case B -> binarySize(value.b());
      case BOOL, NUL -> 1;
      case SS -> {
        long size = 0;
        for (String element : value.ss()) {
          size += utf8Length(element);
        }
        yield size;
      }
      case NS -> {
        long size = 0;
        for (String element : value.ns()) {
          size += numberSize(element);
        }
        yield size;
      }
      case BS -> {
        long size = 0;
        for (SdkBytes element : value.bs()) {
          size += binarySize(element);
        }
        yield size;
      }
      case L -> {
        List<AttributeValue> elements = value.l();
        long size = DOCUMENT_OVERHEAD;
        for (AttributeValue element : elements) {
          size += valueSize(element) + ELEMENT_OVERHEAD;
        }
        yield size;
      }
      case M -> {
        long size = DOCUMENT_OVERHEAD;
        for (Map.Entry<String, AttributeValue> element : value.m().entrySet()) {
          size += utf8Length(element.getKey()) + valueSize(element.getValue()) + ELEMENT_OVERHEAD;
        }
        yield size;
      }
        // A value with no type set (AttributeValue.builder().build()) or a type newer than this
        // SDK: nothing DynamoDB would store, so nothing to count.
      default -> 0;
    };
  }

  /**
   * The number of bytes a string takes in UTF-8, counted without encoding it.
   *
   * @param text the text; not null
   * @return the length in UTF-8 bytes; an unpaired surrogate counts 3, as its replacement character
   *     would
   */
  public static long utf8Length(CharSequence text) {
    Objects.requireNonNull(text, "text");
    long length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4; // a supplementary character: one code point in two chars
        i++;
      } else {
        length += 3; // also a lone surrogate: no encoder writes more than 3 bytes for it
      }
    }
    return length;
  }

  /**
   * The size of a number in DynamoDB's text form ({@code "-12.50"}, {@code "1E+3"}): one byte per
   * two significant digits, rounded up, plus one, plus one if negative.
   */
  static long numberSize(String number) {
    int digits = 0;
    int pendingZeros = 0; // zeros after the last non-zero digit: trailing unless a digit follows
    boolean leading = true;
    boolean negative = false;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        break; // the exponent does not add significant digits
      }
      if (c == '-') {
        negative = true;
      } else if (c == '0') {
        if (!leading) {
          pendingZeros++;
        }
      } else if (c >= '1' && c <= '9') {
        leading = false;
        digits += pendingZeros + 1;
        pendingZeros = 0;
      }
    }
    int significant = Math.max(digits, 1); // zero still takes a digit
    return (significant + 1) / 2 + 1 + (negative ? 1 : 0);
  }

  private static long binarySize(SdkBytes bytes) {
    return bytes.asByteArrayUnsafe().length;
  }
}
