package io.dynamap.local.value;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Item sizes by DynamoDB's rules ("Item sizes and formats" in the developer guide): the UTF-8
 * length of every attribute name plus the size of its value; strings by UTF-8 bytes, binaries by
 * their length, numbers about one byte per two significant digits plus one, {@code NULL} and
 * booleans one byte, lists and maps three bytes plus one per element besides their elements' sizes.
 * The 400 KB item limit, the 1 MB page of a query or scan and capacity units are computed from it.
 */
public final class ItemSize {
  private ItemSize() {}

  public static long of(Map<String, Value> item) {
    long size = 0;
    for (Map.Entry<String, Value> attribute : item.entrySet()) {
      size += utf8Length(attribute.getKey()) + of(attribute.getValue());
    }
    return size;
  }

  public static long of(Value value) {
    switch (value.type()) {
      case S:
        return utf8Length(((Value.S) value).value());
      case N:
        return numberSize(((Value.N) value).value());
      case B:
        return ((Value.B) value).value().length();
      case SS: {
        long size = 0;
        for (String member : ((Value.SS) value).values()) {
          size += utf8Length(member);
        }
        return size;
      }
      case NS: {
        long size = 0;
        for (BigDecimal member : ((Value.NS) value).values()) {
          size += numberSize(member);
        }
        return size;
      }
      case BS: {
        long size = 0;
        for (Bytes member : ((Value.BS) value).values()) {
          size += member.length();
        }
        return size;
      }
      case M: {
        Map<String, Value> entries = ((Value.M) value).values();
        return 3 + entries.size() + of(entries);
      }
      case L: {
        long size = 3;
        for (Value member : ((Value.L) value).values()) {
          size += 1 + of(member);
        }
        return size;
      }
      case NULL:
      case BOOL:
        return 1;
      default:
        throw new AssertionError(value.type());
    }
  }

  /** One byte per two significant digits, plus one; a negative number one more. */
  static long numberSize(BigDecimal number) {
    if (number.signum() == 0) {
      return 1;
    }
    BigDecimal normalized = Numbers.normalize(number);
    int digits = normalized.precision();
    // Digits are stored in pairs aligned on the decimal point: an odd exponent shifts the pairing.
    int exponent = normalized.precision() - normalized.scale() - 1;
    long size = 1 + (digits + 1) / 2 + ((digits % 2 == 0 && exponent % 2 == 0) ? 1 : 0);
    return number.signum() < 0 ? size + 1 : size;
  }

  public static int utf8Length(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
