package io.dynamap.local.expr;

import io.dynamap.local.value.Bytes;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Value helpers the expressions share: ordering, rendering in messages. */
final class Values {
  private Values() {}

  /** S, N or B: the types DynamoDB orders. */
  static boolean isScalar(Value value) {
    Value.Type type = value.type();
    return type == Value.Type.S || type == Value.Type.N || type == Value.Type.B;
  }

  /**
   * Compares two values as {@code <}, {@code >}, ... do: null where they cannot be ordered
   * (different types, or types with no order), so that the comparison is false.
   */
  static Integer compare(Value a, Value b) {
    if (a == null || b == null || a.type() != b.type() || !isScalar(a)) {
      return null;
    }
    return ValueOrder.compare(a, b);
  }

  /** A value as DynamoDB's messages render it, without braces: {@code N:5}, {@code S:abc}. */
  static String describe(Value value) {
    return value.type().name() + ":" + text(value);
  }

  private static String text(Value value) {
    switch (value.type()) {
      case S:
        return ((Value.S) value).value();
      case N:
        return ((Value.N) value).text();
      case B:
        return base64(((Value.B) value).value());
      case BOOL:
        return Boolean.toString(((Value.Bool) value).value());
      case NULL:
        return "true";
      case SS:
        return String.join(",", ((Value.SS) value).values());
      case NS: {
        List<String> texts = new ArrayList<>();
        for (BigDecimal number : ((Value.NS) value).values()) {
          texts.add(number.toPlainString());
        }
        return String.join(",", texts);
      }
      case BS: {
        List<String> texts = new ArrayList<>();
        for (Bytes bytes : ((Value.BS) value).values()) {
          texts.add(base64(bytes));
        }
        return String.join(",", texts);
      }
      case L: {
        List<String> texts = new ArrayList<>();
        for (Value element : ((Value.L) value).values()) {
          texts.add("{" + describe(element) + "}");
        }
        return "[" + String.join(", ", texts) + "]";
      }
      default: {
        List<String> texts = new ArrayList<>();
        ((Value.M) value).values().forEach(
            (key, member) -> texts.add(key + "={" + describe(member) + "}"));
        return "{" + String.join(", ", texts) + "}";
      }
    }
  }

  static String base64(Bytes bytes) {
    return bytes.toBase64();
  }

  /** The length of a string in UTF-8 bytes, as DynamoDB's size function counts it. */
  static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
