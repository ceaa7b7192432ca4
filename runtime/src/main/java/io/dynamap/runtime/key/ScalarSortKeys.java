package io.dynamap.runtime.key;

import io.dynamap.runtime.expr.ScalarAttributes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key conditions of generated key builders ({@code OrderKeys}): one class here for each
 * way a sort key is stored, told by a {@link ScalarAttributes.Kind} how to encode a value, instead
 * of one class per sort key in every generated key builder.
 */
public final class ScalarSortKeys {
  private ScalarSortKeys() {}

  /**
   * The conditions on a number-stored sort key: {@code eq, lt, le, gt, ge, between}.
   *
   * @param partition the partition condition this sort condition completes
   * @param sortKeyName the stored name of the sort key
   * @param kind how its values are stored
   * @param <T> the entity type
   * @param <V> the sort key's Java type
   * @return the conditions
   */
  public static <T, V> SortKeyCondition<T, V> number(
      KeyCondition<T> partition, String sortKeyName, ScalarAttributes.Kind kind) {
    return new OfNumber<>(partition, sortKeyName, kind);
  }

  /**
   * The conditions on a string-stored sort key, {@code beginsWith} included.
   *
   * @param partition the partition condition this sort condition completes
   * @param sortKeyName the stored name of the sort key
   * @param kind how its values are stored
   * @param <T> the entity type
   * @param <V> the sort key's Java type
   * @return the conditions
   */
  public static <T, V> StringSortKeyCondition<T, V> string(
      KeyCondition<T> partition, String sortKeyName, ScalarAttributes.Kind kind) {
    return new OfString<>(partition, sortKeyName, kind);
  }

  /**
   * The conditions on a binary sort key, {@code beginsWith} included.
   *
   * @param partition the partition condition this sort condition completes
   * @param sortKeyName the stored name of the sort key
   * @param kind how its values are stored
   * @param <T> the entity type
   * @param <V> the sort key's Java type
   * @return the conditions
   */
  public static <T, V> BinarySortKeyCondition<T, V> binary(
      KeyCondition<T> partition, String sortKeyName, ScalarAttributes.Kind kind) {
    return new OfBinary<>(partition, sortKeyName, kind);
  }

  private static final class OfNumber<T, V> extends SortKeyCondition<T, V> {
    private final ScalarAttributes.Kind kind;
    private final String sortKeyName;

    OfNumber(KeyCondition<T> partition, String sortKeyName, ScalarAttributes.Kind kind) {
      super(partition, sortKeyName);
      this.kind = kind;
      this.sortKeyName = sortKeyName;
    }

    @Override
    protected AttributeValue encode(V value) {
      return kind.encode(value, sortKeyName);
    }
  }

  private static final class OfString<T, V> extends StringSortKeyCondition<T, V> {
    private final ScalarAttributes.Kind kind;
    private final String sortKeyName;

    OfString(KeyCondition<T> partition, String sortKeyName, ScalarAttributes.Kind kind) {
      super(partition, sortKeyName);
      this.kind = kind;
      this.sortKeyName = sortKeyName;
    }

    @Override
    protected AttributeValue encode(V value) {
      return kind.encode(value, sortKeyName);
    }
  }

  private static final class OfBinary<T, V> extends BinarySortKeyCondition<T, V> {
    private final ScalarAttributes.Kind kind;
    private final String sortKeyName;

    OfBinary(KeyCondition<T> partition, String sortKeyName, ScalarAttributes.Kind kind) {
      super(partition, sortKeyName);
      this.kind = kind;
      this.sortKeyName = sortKeyName;
    }

    @Override
    protected AttributeValue encode(V value) {
      return kind.encode(value, sortKeyName);
    }
  }
}
