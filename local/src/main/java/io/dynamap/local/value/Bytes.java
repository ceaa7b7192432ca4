package io.dynamap.local.value;

import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable byte string, ordered as DynamoDB orders binaries: byte by byte, unsigned, a prefix
 * before a longer string.
 */
public final class Bytes implements Comparable<Bytes> {
  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of {@code bytes}. */
  public static Bytes copyOf(byte[] bytes) {
    return new Bytes(bytes.clone());
  }

  /** Decodes base64, as binaries travel in DynamoDB's JSON. */
  public static Bytes fromBase64(String base64) {
    return new Bytes(Base64.getDecoder().decode(base64));
  }

  public int length() {
    return bytes.length;
  }

  /** A copy of the bytes. */
  public byte[] toArray() {
    return bytes.clone();
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Whether this string starts with {@code prefix}. */
  public boolean startsWith(Bytes prefix) {
    return bytes.length >= prefix.bytes.length
        && Arrays.equals(bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
  }

  /** Whether {@code part} occurs in this string. */
  public boolean contains(Bytes part) {
    int last = bytes.length - part.bytes.length;
    for (int start = 0; start <= last; start++) {
      if (Arrays.equals(bytes, start, start + part.bytes.length, part.bytes, 0, part.bytes.length)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toBase64();
  }
}
