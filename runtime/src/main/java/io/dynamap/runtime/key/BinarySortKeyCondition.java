package io.dynamap.runtime.key;

import io.dynamap.runtime.schema.AttributeCodecs;
import java.util.Objects;

/**
 * Conditions on a sort key stored as a DynamoDB binary ({@code byte[]}): those of {@link
 * SortKeyCondition} plus {@link #beginsWith(byte[])}.
 *
 * @param <T> the entity type
 * @param <V> the sort key's Java type
 */
public abstract class BinarySortKeyCondition<T, V> extends SortKeyCondition<T, V> {

  /**
   * For generated key builders.
   *
   * @param partition the partition condition this sort condition completes
   * @param sortKeyName the stored name of the sort key
   */
  protected BinarySortKeyCondition(KeyCondition<T> partition, String sortKeyName) {
    super(partition, sortKeyName);
  }

  /**
   * Sort key whose bytes start with {@code prefix}.
   *
   * @param prefix the leading bytes; not null, copied
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> beginsWith(byte[] prefix) {
    Objects.requireNonNull(prefix, () -> "prefix for sort key '" + sortKeyName() + "'");
    return beginsWithEncoded(AttributeCodecs.fromBytes(prefix));
  }
}
