package io.dynamap.runtime;

import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A transaction was cancelled and none of its writes were made (DynamoDB's {@code
 * TransactionCanceledException}). {@link #cancellationReasons()} says why, item by item; the
 * message lists the items that failed.
 */
public class TransactionCancelledException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /** See {@link DynamoDbCallException#DynamoDbCallException}. */
  public TransactionCancelledException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause, operation, tableName);
  }

  /**
   * One reason per item of the transaction, in request order: code {@code None} for items that did
   * not fail, else {@code ConditionalCheckFailed}, {@code TransactionConflict}, {@code
   * ThrottlingError}, {@code ValidationError}, ...
   */
  public List<CancellationReason> cancellationReasons() {
    return getCause() instanceof TransactionCanceledException cancelled
            && cancelled.hasCancellationReasons()
        ? cancelled.cancellationReasons()
        : List.of();
  }
}
