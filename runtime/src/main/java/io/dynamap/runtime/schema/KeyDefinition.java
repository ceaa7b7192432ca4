package io.dynamap.runtime.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A primary key: a partition key and an optional sort key.
 *
 * @param partitionKey the partition (hash) key
 * @param sortKey the sort (range) key, or {@code null} for a table with a simple key
 */
public record KeyDefinition(KeyAttribute partitionKey, KeyAttribute sortKey) {

  /**
   * Checks that the partition key is present.
   *
   * @param partitionKey the partition key; not null
   * @param sortKey the sort key, or {@code null}
   * @throws NullPointerException if {@code partitionKey} is null
   */
  public KeyDefinition {
    Objects.requireNonNull(partitionKey, "partitionKey");
  }

  /**
   * A simple primary key: only a partition key.
   *
   * @param partitionKeyName the partition key's stored attribute name; not null
   * @param partitionKeyType {@code S}, {@code N} or {@code B}; not null
   * @return a new key definition
   */
  public static KeyDefinition of(String partitionKeyName, ScalarAttributeType partitionKeyType) {
    return new KeyDefinition(new KeyAttribute(partitionKeyName, partitionKeyType), null);
  }

  /**
   * A composite primary key: partition key and sort key.
   *
   * @param partitionKeyName the partition key's stored attribute name; not null
   * @param partitionKeyType {@code S}, {@code N} or {@code B}; not null
   * @param sortKeyName the sort key's stored attribute name; not null
   * @param sortKeyType {@code S}, {@code N} or {@code B}; not null
   * @return a new key definition
   */
  public static KeyDefinition of(
      String partitionKeyName,
      ScalarAttributeType partitionKeyType,
      String sortKeyName,
      ScalarAttributeType sortKeyType) {
    return new KeyDefinition(
        new KeyAttribute(partitionKeyName, partitionKeyType),
        new KeyAttribute(sortKeyName, sortKeyType));
  }

  /**
   * The sort key, if the key is composite.
   *
   * @return the sort key, or empty for a simple key
   */
  public Optional<KeyAttribute> sortKeyIfAny() {
    return Optional.ofNullable(sortKey);
  }

  /**
   * The key attributes an item holds, partition key first; those it lacks are left out.
   *
   * @param item an item, or a key; not null
   * @return a new map of the key attributes present in {@code item}
   */
  public Map<String, AttributeValue> attributesOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(2);
    AttributeValue partition = item.get(partitionKey.name());
    if (partition != null) {
      key.put(partitionKey.name(), partition);
    }
    AttributeValue sort = sortKey == null ? null : item.get(sortKey.name());
    if (sort != null) {
      key.put(sortKey.name(), sort);
    }
    return key;
  }

  /**
   * One key attribute.
   *
   * @param name the stored attribute name
   * @param type how DynamoDB stores it: {@code S}, {@code N} or {@code B}
   */
  public record KeyAttribute(String name, ScalarAttributeType type) {
    /**
     * Checks that both parts are present.
     *
     * @param name the stored attribute name; not null
     * @param type {@code S}, {@code N} or {@code B}; not null
     * @throws NullPointerException if either is null
     */
    public KeyAttribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
