package io.dynamap.runtime.batch;

import io.dynamap.runtime.core.BatchKeys;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key a {@link BatchGetter} could not read, as listed by {@link BatchGetException}. Unlike a key
 * that was read and has no item, its item may well exist.
 *
 * @param tableName the table it was to be read from
 * @param key the key, as it was given
 */
public record UnreadKey(String tableName, Map<String, AttributeValue> key) {
  /**
   * Checks that both parts are present.
   *
   * @param tableName the table it was to be read from
   * @param key the key, as it was given
   */
  public UnreadKey {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(key, "key");
  }

  /**
   * The key in readable form: {@code {customerId="c-1"}}.
   *
   * @return the key's attributes and values, for messages and logs
   */
  public String keyDescription() {
    return BatchKeys.describe(key);
  }

  /** {@code Customers {customerId="c-1"}}. */
  @Override
  public String toString() {
    return tableName + " " + keyDescription();
  }
}
