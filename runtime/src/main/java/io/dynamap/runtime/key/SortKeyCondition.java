package io.dynamap.runtime.key;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The conditions a sort key of Java type {@code V} allows: {@code eq, lt, le, gt, ge, between}.
 * Generated key builders subclass it once per sort key with the encoding of that key; sort keys
 * stored as strings or binaries get {@link StringSortKeyCondition} or {@link
 * BinarySortKeyCondition}, which add {@code beginsWith}.
 *
 * @param <T> the entity type
 * @param <V> the sort key's Java type
 */
public abstract class SortKeyCondition<T, V> {
  private final KeyCondition<T> partition;
  private final String sortKeyName;

  /**
   * For generated key builders.
   *
   * @param partition the partition condition this sort condition completes
   * @param sortKeyName the stored name of the sort key
   */
  protected SortKeyCondition(KeyCondition<T> partition, String sortKeyName) {
    this.partition = Objects.requireNonNull(partition, "partition");
    this.sortKeyName = Objects.requireNonNull(sortKeyName, "sortKeyName");
  }

  /**
   * Encodes a sort key value exactly as the schema stores it.
   *
   * @param value the value; not null
   * @return the stored sort key value
   */
  protected abstract AttributeValue encode(V value);

  /**
   * Sort key equal to {@code value}. Generated builders of a multi-attribute sort key override it
   * for every attribute but the last, returning a condition on which the next attribute may be
   * given (see {@link #equality}).
   *
   * @param value the value to compare with; not null
   * @return a new key condition on this partition
   */
  public KeyCondition<T> eq(V value) {
    return condition(SortOperator.EQ, value);
  }

  /**
   * This sort attribute fixed to {@code value}, for a generated override of {@link #eq} that lets
   * the next attribute of a multi-attribute sort key be given: it passes {@link #partition()} and
   * the result to {@link KeyCondition#KeyCondition(KeyCondition, KeyCondition.FixedSortAttribute)}.
   *
   * @param value the attribute's value
   * @return the attribute's stored name with the encoded value
   * @throws NullPointerException if {@code value} is null
   */
  protected final KeyCondition.FixedSortAttribute equality(V value) {
    return new KeyCondition.FixedSortAttribute(sortKeyName, encode(required(value, "value")));
  }

  /**
   * The condition this sort condition completes.
   *
   * @return the partition condition, with any sort attributes fixed before this one
   */
  protected final KeyCondition<T> partition() {
    return partition;
  }

  /**
   * Sort key less than {@code value}.
   *
   * @param value the value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> lt(V value) {
    return condition(SortOperator.LT, value);
  }

  /**
   * Sort key less than or equal to {@code value}.
   *
   * @param value the value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> le(V value) {
    return condition(SortOperator.LE, value);
  }

  /**
   * Sort key greater than {@code value}.
   *
   * @param value the value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> gt(V value) {
    return condition(SortOperator.GT, value);
  }

  /**
   * Sort key greater than or equal to {@code value}.
   *
   * @param value the value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> ge(V value) {
    return condition(SortOperator.GE, value);
  }

  /**
   * Sort key between {@code low} and {@code high}, both included. DynamoDB requires {@code low}
   * not to sort after {@code high}.
   *
   * @param low the lowest value included; not null
   * @param high the highest value included; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> between(V low, V high) {
    return partition.withSortCondition(
        SortOperator.BETWEEN,
        sortKeyName,
        List.of(encode(required(low, "low")), encode(required(high, "high"))));
  }

  /**
   * Sort key starting with an encoded prefix; for subclasses whose keys allow it.
   *
   * @param prefix the encoded prefix, an {@code S} or a {@code B}
   * @return a new key condition on this partition
   */
  protected final KeyCondition<T> beginsWithEncoded(AttributeValue prefix) {
    return partition.withSortCondition(SortOperator.BEGINS_WITH, sortKeyName, List.of(prefix));
  }

  /**
   * The stored name of the sort key.
   *
   * @return the attribute name
   */
  protected final String sortKeyName() {
    return sortKeyName;
  }

  private KeyCondition<T> condition(SortOperator operator, V value) {
    return partition.withSortCondition(
        operator, sortKeyName, List.of(encode(required(value, "value"))));
  }

  private <X> X required(X value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(
          "the " + what + " of a condition on sort key '" + sortKeyName + "' is null");
    }
    return value;
  }
}
