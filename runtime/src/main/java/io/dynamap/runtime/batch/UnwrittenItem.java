package io.dynamap.runtime.batch;

import io.dynamap.runtime.core.BatchKeys;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A put or delete a {@link BatchWriter} accepted but could not write, as listed by {@link
 * BatchWriteException}: enough to report it and to write it again.
 *
 * @param tableName the table it was meant for
 * @param operation a put or a delete
 * @param key the item's primary key, partition key first
 * @param item for a put, the whole item as it was to be stored; for a delete, the key
 * @param entity the entity given to {@code put} or {@code delete}, or {@code null} for a delete by
 *     key
 * @param reason why it was not written, such as {@code "still unprocessed when the retry budget of
 *     PT2M ran out"}
 * @param cause the exception of the last attempt, or {@code null} if DynamoDB answered but returned
 *     the item as unprocessed
 */
public record UnwrittenItem(
    String tableName,
    Operation operation,
    Map<String, AttributeValue> key,
    Map<String, AttributeValue> item,
    Object entity,
    String reason,
    Throwable cause) {

  /** What was to be done with the item. */
  public enum Operation {
    /** Write the item, replacing any item with its key. */
    PUT,
    /** Delete the item with the key. */
    DELETE
  }

  /**
   * Checks that every part but {@code entity} and {@code cause} is present.
   *
   * @param tableName the table it was meant for
   * @param operation a put or a delete
   * @param key the item's primary key
   * @param item the item or, for a delete, the key
   * @param entity the entity, or {@code null}
   * @param reason why it was not written
   * @param cause the last attempt's exception, or {@code null}
   */
  public UnwrittenItem {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The key in readable form: {@code {customerId="c-1", placedAt="2026-…"}}.
   *
   * @return the key's attributes and values, for messages and logs
   */
  public String keyDescription() {
    return BatchKeys.describe(key);
  }

  /**
   * The request that writes it, for example to retry it with a {@code BatchWriteItem} of one's own.
   *
   * @return a put request of {@link #item()} or a delete request of {@link #key()}
   */
  public WriteRequest toWriteRequest() {
    return operation == Operation.PUT
        ? WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()
        : WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
  }

  /** {@code PUT Orders {customerId="c-1", placedAt="…"}}. */
  @Override
  public String toString() {
    return operation + " " + tableName + " " + keyDescription();
  }
}
