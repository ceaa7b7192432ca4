package io.dynamap.local.value;

import java.util.Comparator;

/**
 * DynamoDB's order of key values: strings by their UTF-8 bytes (code point order, which is not
 * Java's UTF-16 order for characters above U+FFFF), numbers numerically, binaries as unsigned bytes.
 */
public final class ValueOrder {
  private ValueOrder() {}

  /** Orders values of one scalar type (S, N or B); a key column never mixes types. */
  public static final Comparator<Value> SCALARS = ValueOrder::compare;

  public static int compare(Value a, Value b) {
    if (a.type() != b.type()) {
      throw new IllegalArgumentException("cannot order " + a.type() + " against " + b.type());
    }
    switch (a.type()) {
      case S:
        return compareUtf8(((Value.S) a).value(), ((Value.S) b).value());
      case N:
        return ((Value.N) a).value().compareTo(((Value.N) b).value());
      case B:
        return ((Value.B) a).value().compareTo(((Value.B) b).value());
      default:
        throw new IllegalArgumentException("cannot order values of type " + a.type());
    }
  }

  /** Compares strings as their UTF-8 encodings would compare, without encoding them. */
  public static int compareUtf8(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // Surrogates (U+D800..U+DFFF) stand for code points above U+FFFF, which sort after
        // U+E000..U+FFFF in UTF-8 but before them in UTF-16.
        boolean xSurrogate = Character.isSurrogate(x);
        boolean ySurrogate = Character.isSurrogate(y);
        if (xSurrogate != ySurrogate) {
          return xSurrogate ? 1 : -1;
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }
}
