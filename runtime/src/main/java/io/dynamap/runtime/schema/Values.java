package io.dynamap.runtime.schema;

import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Readable forms of stored values for messages and logs, and key values in the form DynamoDB
 * compares them. Shared by the repository, the batch writer and transactions.
 */
public final class Values {
  private static final int MAX_SHOWN = 64;

  private Values() {}

  /**
   * A short readable form: {@code "text"}, {@code 42}, {@code b64:AAEC}, {@code true}.
   *
   * @param value the value; not null
   * @return the readable form, cut short if long
   */
  public static String describe(AttributeValue value) {
    return switch (value.type()) {
      case S -> '"' + shorten(value.s()) + '"';
      case N -> value.n();
      case B -> "b64:" + shorten(Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe()));
      case BOOL -> value.bool().toString();
      case NUL -> "NULL";
      default -> AttributeCodecs.describeType(value);
    };
  }

  /**
   * A key as {@code {customerId="c-1", placedAt="…"}}.
   *
   * @param key the key attributes; not null
   * @return the readable form
   */
  public static String describeKey(Map<String, AttributeValue> key) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    key.forEach((name, value) -> joiner.add(name + "=" + describe(value)));
    return joiner.toString();
  }

  /**
   * A key value in a form whose {@code equals} is DynamoDB's: numbers by value ({@code 1.50} and
   * {@code 15E-1} are one key), binaries by content, strings as they are.
   *
   * @param value a key value, or {@code null}
   * @return {@code null} for {@code null}, a {@code BigDecimal} without trailing zeros for a
   *     number, a {@code ByteBuffer} for a binary, the string for a string
   */
  public static Object keyComponent(AttributeValue value) {
    if (value == null) {
      return null;
    }
    return switch (value.type()) {
      case S -> value.s();
      case N -> new java.math.BigDecimal(value.n()).stripTrailingZeros();
      case B -> java.nio.ByteBuffer.wrap(value.b().asByteArrayUnsafe());
      // Keys are validated as S, N or B before they get here; anything else compares as itself.
      default -> value;
    };
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
  }
}
