package io.dynamap.runtime.core;

import io.dynamap.runtime.schema.Values;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The identity of one item: its table and its primary key values, compared the way DynamoDB
 * compares them. Numbers are compared by value, so {@code 1.50} and {@code 1.5} are the same key
 * (DynamoDB would reject both in one batch as duplicates), and binary values by content.
 *
 * @param table the physical table name
 * @param partition the partition key value in comparable form
 * @param sort the sort key value in comparable form, or {@code null} for a simple key
 */
public record BatchItemId(String table, Object partition, Object sort) {

  /**
   * The identity of an item or key map, from its key attributes.
   *
   * @param table the physical table name
   * @param partitionKey the partition key attribute's name
   * @param sortKey the sort key attribute's name, or {@code null} for a simple key
   * @param item the item or key, holding the key attributes
   * @return its identity
   */
  public static BatchItemId of(
      String table, String partitionKey, String sortKey, Map<String, AttributeValue> item) {
    return new BatchItemId(
        table,
        Values.keyComponent(item.get(partitionKey)),
        sortKey == null ? null : Values.keyComponent(item.get(sortKey)));
  }
}
