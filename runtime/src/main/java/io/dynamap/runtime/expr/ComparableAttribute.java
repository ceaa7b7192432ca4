package io.dynamap.runtime.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a number, string or binary, whose values DynamoDB orders: numbers by
 * value, strings and binaries byte by byte (UTF-8). Adds {@code <, <=, >, >=}, {@code BETWEEN} and
 * {@code IN}.
 *
 * @param <T> the entity type
 * @param <V> the attribute's Java type
 */
public abstract class ComparableAttribute<T, V> extends ValueAttribute<T, V> {
  /** DynamoDB's limit on the values in one {@code IN}. */
  public static final int MAX_IN_VALUES = 100;

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected ComparableAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected ComparableAttribute(String name) {
    super(name);
  }

  /**
   * {@code path < :value}.
   *
   * @param value the value to compare with; not null
   * @return a new condition
   * @throws NullPointerException if the value is null
   */
  public final Condition<T> lt(V value) {
    return compare("<", value, "lt");
  }

  /**
   * {@code path <= :value}.
   *
   * @param value the value to compare with; not null
   * @return a new condition
   * @throws NullPointerException if the value is null
   */
  public final Condition<T> le(V value) {
    return compare("<=", value, "le");
  }

  /**
   * {@code path > :value}.
   *
   * @param value the value to compare with; not null
   * @return a new condition
   * @throws NullPointerException if the value is null
   */
  public final Condition<T> gt(V value) {
    return compare(">", value, "gt");
  }

  /**
   * {@code path >= :value}.
   *
   * @param value the value to compare with; not null
   * @return a new condition
   * @throws NullPointerException if the value is null
   */
  public final Condition<T> ge(V value) {
    return compare(">=", value, "ge");
  }

  /**
   * {@code path BETWEEN :low AND :high}, both included. DynamoDB rejects the request if {@code
   * low} is stored above {@code high}.
   *
   * @param low the lowest value included; not null
   * @param high the highest value included; not null
   * @return a new condition
   * @throws NullPointerException if a bound is null
   */
  public final Condition<T> between(V low, V high) {
    return new Condition.Between<>(
        operand(), encoded(low, "between"), encoded(high, "between"));
  }

  /**
   * {@code path IN (:v0, :v1, …)}: equal to one of the values.
   *
   * @param values the values, at least one and at most {@value #MAX_IN_VALUES}, none null
   * @return a new condition
   * @throws IllegalArgumentException if there are no values, or more than {@value #MAX_IN_VALUES}
   * @throws NullPointerException if a value is null
   */
  @SafeVarargs
  public final Condition<T> in(V... values) {
    Objects.requireNonNull(values, "values");
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value);
    }
    return in(list);
  }

  /**
   * {@code path IN (:v0, :v1, …)}: equal to one of the values.
   *
   * @param values the values, at least one and at most {@value #MAX_IN_VALUES}, none null
   * @return a new condition
   * @throws IllegalArgumentException if there are no values, or more than {@value #MAX_IN_VALUES}
   * @throws NullPointerException if a value is null
   */
  public final Condition<T> in(Collection<? extends V> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException(path() + ".in(): needs at least one value");
    }
    if (values.size() > MAX_IN_VALUES) {
      throw new IllegalArgumentException(
          path()
              + ".in(…) got "
              + values.size()
              + " values; DynamoDB allows at most "
              + MAX_IN_VALUES
              + " in one IN (split the condition with or(), or filter in memory)");
    }
    List<AttributeValue> encoded = new ArrayList<>(values.size());
    for (V value : values) {
      encoded.add(encoded(value, "in"));
    }
    return new Condition.In<>(operand(), encoded);
  }
}
