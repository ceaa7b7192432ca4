package io.dynamap.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an attribute, {@code size(path)}: the length of a string, the number of bytes of a
 * binary, or the number of elements of a set, list or map. Comparisons take numbers.
 *
 * @param <T> the entity type
 */
public final class SizeOperand<T> {
  private final Condition.Operand operand;
  private final AttributePath path;

  SizeOperand(AttributePath path) {
    this.path = path;
    this.operand = new Condition.Operand(path, true);
  }

  /**
   * {@code size(path) = n}.
   *
   * @param n the number to compare the size with
   * @return a new condition
   */
  public Condition<T> eq(long n) {
    return compare("=", n);
  }

  /**
   * {@code size(path) <> n}.
   *
   * @param n the number to compare the size with
   * @return a new condition
   */
  public Condition<T> ne(long n) {
    return compare("<>", n);
  }

  /**
   * {@code size(path) < n}.
   *
   * @param n the number to compare the size with
   * @return a new condition
   */
  public Condition<T> lt(long n) {
    return compare("<", n);
  }

  /**
   * {@code size(path) <= n}.
   *
   * @param n the number to compare the size with
   * @return a new condition
   */
  public Condition<T> le(long n) {
    return compare("<=", n);
  }

  /**
   * {@code size(path) > n}.
   *
   * @param n the number to compare the size with
   * @return a new condition
   */
  public Condition<T> gt(long n) {
    return compare(">", n);
  }

  /**
   * {@code size(path) >= n}.
   *
   * @param n the number to compare the size with
   * @return a new condition
   */
  public Condition<T> ge(long n) {
    return compare(">=", n);
  }

  /**
   * {@code size(path) BETWEEN low AND high}, both included.
   *
   * @param low the lowest size included
   * @param high the highest size included
   * @return a new condition
   * @throws IllegalArgumentException if {@code low > high} (DynamoDB rejects it)
   */
  public Condition<T> between(long low, long high) {
    if (low > high) {
      throw new IllegalArgumentException(
          "size(" + path + ").between(" + low + ", " + high + "): the low bound is above the high");
    }
    return new Condition.Between<>(operand, number(low), number(high));
  }

  /** {@code size(lines[0].sku)}. */
  @Override
  public String toString() {
    return operand.toString();
  }

  private Condition<T> compare(String operator, long n) {
    return new Condition.Comparison<>(operand, operator, number(n));
  }

  private static AttributeValue number(long n) {
    return AttributeValue.fromN(Long.toString(n));
  }
}
