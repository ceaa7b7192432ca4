package io.dynamap.runtime.error;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * DynamoDB rejected a request as invalid (its {@code ValidationException}): a malformed expression,
 * a key that does not match the table's schema, an item over 400 KB, a missing index, and the like.
 * Sending it again cannot succeed; the message names the operation and table and quotes DynamoDB's
 * reason.
 */
public class InvalidRequestException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link DynamoDbCallException#DynamoDbCallException}.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tableName the table, or {@code null} if the call named none or several
   */
  public InvalidRequestException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause, operation, tableName);
  }
}
