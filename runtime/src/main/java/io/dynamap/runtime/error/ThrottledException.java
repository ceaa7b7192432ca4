package io.dynamap.runtime.error;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * DynamoDB kept throttling a call until its retries ran out ({@code
 * ProvisionedThroughputExceededException}, {@code ThrottlingException} or {@code
 * RequestLimitExceeded}). The table or index needs more capacity, or the load must spread over more
 * partition keys; retrying later may succeed.
 */
public class ThrottledException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link DynamoDbCallException#DynamoDbCallException}.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tableName the table, or {@code null} if the call named none or several
   */
  public ThrottledException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause, operation, tableName);
  }
}
