package io.dynamap.runtime.error;

import io.dynamap.runtime.schema.ItemSchema;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A write's condition expression was not met, so nothing was written (DynamoDB's {@code
 * ConditionalCheckFailedException}). Usually an expected outcome, such as "create unless it exists"
 * finding the item there, rather than an error.
 *
 * <p>Repositories ask for the item as it was ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD})
 * on every conditional write, so the current item is at hand without another read:
 *
 * <pre>{@code
 * try {
 *   orders.put(order, OrderAttrs.status.eq(OrderStatus.PLACED));
 * } catch (ConditionFailedException e) {
 *   Optional<Order> current = e.item(orders.schema());   // empty if there is no such item
 * }
 * }</pre>
 */
public class ConditionFailedException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link DynamoDbCallException#DynamoDbCallException}.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tableName the table, or {@code null} if the call named none or several
   */
  public ConditionFailedException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause, operation, tableName);
  }

  /**
   * The item as it was when the condition failed, if the request asked for it with {@code
   * ReturnValuesOnConditionCheckFailure=ALL_OLD}; otherwise empty.
   *
   * @return the stored item, unmodifiable, or an empty map
   */
  public Map<String, AttributeValue> item() {
    return getCause() instanceof ConditionalCheckFailedException failed && failed.hasItem()
        ? failed.item()
        : Map.of();
  }

  /**
   * The item as it was when the condition failed, decoded by the entity's schema; empty if there
   * was no item with that key (or the request did not ask for it).
   *
   * @param <E> the entity type
   * @param schema the schema of the entity the write was for, such as {@code orders.schema()}
   * @return the stored item, unmodifiable, or an empty map
   * @throws ItemMappingException if the stored item does not fit the entity
   */
  public <E> Optional<E> item(ItemSchema<E> schema) {
    Objects.requireNonNull(schema, "schema");
    Map<String, AttributeValue> item = item();
    if (item.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(schema.fromItem(item));
    } catch (ItemMappingException e) {
      throw new ItemMappingException(
          "the current item returned by the failed "
              + operation()
              + tableName().map(t -> " on table " + t).orElse("")
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
