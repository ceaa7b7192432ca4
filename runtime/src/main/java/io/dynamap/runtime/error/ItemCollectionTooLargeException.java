package io.dynamap.runtime.error;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * A write would have grown an item collection, the items sharing one partition key in a table with
 * a local secondary index, past DynamoDB's 10 GB limit (its {@code
 * ItemCollectionSizeLimitExceededException}). Nothing was written; the partition key needs
 * splitting, or the local index dropping.
 */
public class ItemCollectionTooLargeException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link DynamoDbCallException#DynamoDbCallException}.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tableName the table, or {@code null} if the call named none or several
   */
  public ItemCollectionTooLargeException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause, operation, tableName);
  }
}
