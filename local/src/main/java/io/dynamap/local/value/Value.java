package io.dynamap.local.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value, immutable. Numbers are kept normalized ({@link Numbers#normalize}),
 * so {@code equals} is DynamoDB's equality for every type: {@code 1} equals {@code 1.0}, sets are
 * equal whatever their order, binaries compare by content.
 *
 * <p>An item is a {@code Map<String, Value>}; the engine never mutates one it has stored.
 */
public sealed interface Value {

  /** DynamoDB's type descriptors, as they appear in JSON and in {@code attribute_type}. */
  enum Type {
    S, N, B, SS, NS, BS, M, L, NULL, BOOL
  }

  Type type();

  /** A string. */
  record S(String value) implements Value {
    @Override
    public Type type() {
      return Type.S;
    }
  }

  /** A number, normalized: no trailing zeros, so equal numbers are equal records. */
  record N(BigDecimal value) implements Value {
    public N {
      value = Numbers.normalize(value);
    }

    /** DynamoDB's canonical text: plain notation, no exponent, no trailing zeros. */
    public String text() {
      return value.toPlainString();
    }

    @Override
    public Type type() {
      return Type.N;
    }
  }

  /** A binary. */
  record B(Bytes value) implements Value {
    @Override
    public Type type() {
      return Type.B;
    }
  }

  /** A string set; never empty, iteration in the order the members were given. */
  record SS(Set<String> values) implements Value {
    public SS {
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    @Override
    public Type type() {
      return Type.SS;
    }
  }

  /** A number set of normalized numbers; never empty. */
  record NS(Set<BigDecimal> values) implements Value {
    public NS {
      LinkedHashSet<BigDecimal> normalized = new LinkedHashSet<>();
      for (BigDecimal value : values) {
        normalized.add(Numbers.normalize(value));
      }
      values = Collections.unmodifiableSet(normalized);
    }

    @Override
    public Type type() {
      return Type.NS;
    }
  }

  /** A binary set; never empty. */
  record BS(Set<Bytes> values) implements Value {
    public BS {
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    @Override
    public Type type() {
      return Type.BS;
    }
  }

  /** A map, in the order its entries were given. */
  record M(Map<String, Value> values) implements Value {
    public M {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public Type type() {
      return Type.M;
    }
  }

  /** A list. */
  record L(List<Value> values) implements Value {
    public L {
      values = List.copyOf(values);
    }

    @Override
    public Type type() {
      return Type.L;
    }
  }

  /** DynamoDB's {@code NULL}. */
  record Null() implements Value {
    public static final Null INSTANCE = new Null();

    @Override
    public Type type() {
      return Type.NULL;
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements Value {
    public static final Bool TRUE = new Bool(true);
    public static final Bool FALSE = new Bool(false);

    public static Bool of(boolean value) {
      return value ? TRUE : FALSE;
    }

    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  static S s(String value) {
    return new S(value);
  }

  static N n(String value) {
    return new N(new BigDecimal(value));
  }

  static N n(long value) {
    return new N(BigDecimal.valueOf(value));
  }
}
