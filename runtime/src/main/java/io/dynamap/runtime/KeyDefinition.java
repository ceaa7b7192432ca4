package io.dynamap.runtime;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A primary key: a partition key and an optional sort key.
 *
 * @param partitionKey the partition (hash) key
 * @param sortKey the sort (range) key, or {@code null} for a table with a simple key
 */
public record KeyDefinition(KeyAttribute partitionKey, KeyAttribute sortKey) {

  public KeyDefinition {
    Objects.requireNonNull(partitionKey, "partitionKey");
  }

  /** A simple primary key: only a partition key. */
  public static KeyDefinition of(String partitionKeyName, ScalarAttributeType partitionKeyType) {
    return new KeyDefinition(new KeyAttribute(partitionKeyName, partitionKeyType), null);
  }

  /** A composite primary key: partition key and sort key. */
  public static KeyDefinition of(
      String partitionKeyName,
      ScalarAttributeType partitionKeyType,
      String sortKeyName,
      ScalarAttributeType sortKeyType) {
    return new KeyDefinition(
        new KeyAttribute(partitionKeyName, partitionKeyType),
        new KeyAttribute(sortKeyName, sortKeyType));
  }

  /** The sort key, if the key is composite. */
  public Optional<KeyAttribute> sortKeyIfAny() {
    return Optional.ofNullable(sortKey);
  }

  /**
   * One key attribute.
   *
   * @param name the stored attribute name
   * @param type how DynamoDB stores it: {@code S}, {@code N} or {@code B}
   */
  public record KeyAttribute(String name, ScalarAttributeType type) {
    public KeyAttribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
