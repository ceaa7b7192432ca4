package io.dynamap.local.engine;

import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hash that spreads partitions: MD5 over a fixed salt and the key's serialized bytes, of which
 * the first 24 bits are kept. It fixes the order of scans (as in DynamoDB, not key order) and
 * splits parallel scans into disjoint segments; the same function as dynalite's, so scans come in
 * the same order as there.
 */
final class KeyHash {
  private static final byte[] SALT = "Outliers".getBytes(StandardCharsets.US_ASCII);

  private KeyHash() {}

  /** The 24-bit hash of a partition value, with a sort value (null for none). */
  static int of(Value partition, Value sort) {
    return sort == null ? hash(List.of(partition)) : hash(List.of(partition, sort));
  }

  /**
   * The 24-bit hash of a partition made of several values (a multi-attribute key): the values'
   * serialized bytes in key schema order. One value hashes as {@link #of(Value, Value)} does.
   */
  static int of(List<Value> partition) {
    return hash(partition);
  }

  /** The first 24 bits of the MD5 of the salt and the values' serialized bytes, in order. */
  private static int hash(List<Value> values) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is a required JDK algorithm", e);
    }
    md5.update(SALT);
    for (Value value : values) {
      md5.update(serialize(value));
    }
    byte[] digest = md5.digest();
    return ((digest[0] & 0xff) << 16) | ((digest[1] & 0xff) << 8) | (digest[2] & 0xff);
  }

  private static byte[] serialize(Value value) {
    switch (value.type()) {
      case S:
        return ((Value.S) value).value().getBytes(StandardCharsets.UTF_8);
      case B:
        return ((Value.B) value).value().toArray();
      case N:
        return numberBytes(((Value.N) value).value());
      default:
        throw new IllegalArgumentException("not a key type: " + value.type());
    }
  }

  /**
   * A number as DynamoDB serializes key numbers: an exponent byte (base 100, offset, inverted for
   * negatives), then the digits in pairs, each pair one byte (plus one, or 101 minus it for
   * negatives), short negatives ending with a terminator byte 102.
   */
  static byte[] numberBytes(BigDecimal number) {
    if (number.signum() == 0) {
      return new byte[] {(byte) 0x80};
    }
    BigDecimal normalized = number.stripTrailingZeros();
    boolean negative = normalized.signum() < 0;
    String digits = normalized.unscaledValue().abs().toString();
    int exponent = normalized.precision() - normalized.scale(); // value = 0.digits * 10^exponent
    int padding = Math.floorMod(exponent, 2); // a leading zero aligns digit pairs to base 100
    String padded = padding == 1 ? "0" + digits : digits;
    int pairs = (padded.length() + 1) / 2;
    boolean terminator = negative && (digits.length() + padding + 1) / 2 < 20;
    byte[] bytes = new byte[1 + pairs + (terminator ? 1 : 0)];
    int exponentByte = Math.floorDiv(exponent + padding, 2) - 64;
    bytes[0] = (byte) (negative ? ~exponentByte : exponentByte);
    for (int pair = 0; pair < pairs; pair++) {
      int high = padded.charAt(2 * pair) - '0';
      int low = 2 * pair + 1 < padded.length() ? padded.charAt(2 * pair + 1) - '0' : 0;
      int pairValue = high * 10 + low;
      bytes[1 + pair] = (byte) (negative ? 101 - pairValue : pairValue + 1);
    }
    if (terminator) {
      bytes[bytes.length - 1] = 102;
    }
    return bytes;
  }
}
