package io.dynamap.runtime.table;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One attribute of a table's or an index's key.
 *
 * @param name the stored attribute name
 * @param role {@code HASH} for a partition key attribute, {@code RANGE} for a sort key attribute
 * @param type how the attribute is stored: {@code S}, {@code N} or {@code B}; {@code null} when the
 *     table's attribute definitions do not name it (DynamoDB always does)
 */
public record KeyElement(String name, KeyType role, ScalarAttributeType type) {
  /**
   * Checks the name and role.
   *
   * @param name the stored attribute name
   * @param role the attribute's role in the key
   * @param type the attribute's stored type
   */
  public KeyElement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** {@code "customerId (S, partition)"}: how differences and descriptions name it. */
  @Override
  public String toString() {
    return name + " (" + type + ", " + (role == KeyType.HASH ? "partition" : "sort") + ")";
  }
}
