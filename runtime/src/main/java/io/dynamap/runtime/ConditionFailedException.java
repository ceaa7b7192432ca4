package io.dynamap.runtime;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A write's condition expression was not met, so nothing was written (DynamoDB's {@code
 * ConditionalCheckFailedException}). Usually an expected outcome, such as "create unless it exists"
 * finding the item there, rather than an error.
 */
public class ConditionFailedException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /** See {@link DynamoDbCallException#DynamoDbCallException}. */
  public ConditionFailedException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause, operation, tableName);
  }

  /**
   * The item as it was when the condition failed, if the request asked for it with {@code
   * ReturnValuesOnConditionCheckFailure=ALL_OLD}; otherwise empty.
   */
  public Map<String, AttributeValue> item() {
    return getCause() instanceof ConditionalCheckFailedException failed && failed.hasItem()
        ? failed.item()
        : Map.of();
  }
}
