package io.dynamap.runtime.key;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conditions on a sort key stored as a DynamoDB string ({@code String}, enums, {@code Instant},
 * {@code UUID}): those of {@link SortKeyCondition} plus {@link #beginsWith(String)} on the
 * stored form.
 *
 * @param <T> the entity type
 * @param <V> the sort key's Java type
 */
public abstract class StringSortKeyCondition<T, V> extends SortKeyCondition<T, V> {

  /**
   * For generated key builders.
   *
   * @param partition the partition condition this sort condition completes
   * @param sortKeyName the stored name of the sort key
   */
  protected StringSortKeyCondition(KeyCondition<T> partition, String sortKeyName) {
    super(partition, sortKeyName);
  }

  /**
   * Sort key whose stored string starts with {@code prefix}. For an {@code Instant} key, {@code
   * "2026-03"} selects March 2026, as instants are stored as fixed-width ISO-8601 UTC strings.
   *
   * @param prefix the leading text; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> beginsWith(String prefix) {
    Objects.requireNonNull(prefix, () -> "prefix for sort key '" + sortKeyName() + "'");
    return beginsWithEncoded(AttributeValue.fromS(prefix));
  }
}
