package io.dynamap.runtime;

import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Readable forms of stored values, for messages and logs. */
final class Values {
  private static final int MAX_SHOWN = 64;

  private Values() {}

  /** A short readable form: {@code "text"}, {@code 42}, {@code b64:AAEC}, {@code true}. */
  static String describe(AttributeValue value) {
    return switch (value.type()) {
      case S -> '"' + shorten(value.s()) + '"';
      case N -> value.n();
      case B -> "b64:" + shorten(Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe()));
      case BOOL -> value.bool().toString();
      case NUL -> "NULL";
      default -> AttributeCodecs.describeType(value);
    };
  }

  /** A key as {@code {customerId="c-1", placedAt="…"}}. */
  static String describeKey(Map<String, AttributeValue> key) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    key.forEach((name, value) -> joiner.add(name + "=" + describe(value)));
    return joiner.toString();
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
  }
}
