package io.dynamap.runtime.error;

import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * A call to DynamoDB failed. Subclasses name the failures code can act on; this class itself stands
 * for the rest (server errors and timeouts that outlasted their retries, unexpected codes). Made by
 * {@link DynamapErrors#translate}.
 *
 * <p>The SDK's exception is the {@linkplain #getCause() cause}; the operation, table, DynamoDB's
 * error code, HTTP status, request id and attempt count are kept for handling and support cases.
 */
public class DynamoDbCallException extends DynamapException {
  private static final long serialVersionUID = 1L;

  /** The failed operation. */
  private final String operation;
  /** The table named by the call, or null. */
  private final String tableName;
  /** DynamoDB's error code, or null when no error answer came. */
  private final String errorCode;
  /** The HTTP status, or 0 when no answer came. */
  private final int statusCode;
  /** The last attempt's request id, or null. */
  private final String requestId;
  /** The attempts made, or 0 if unknown. */
  private final int attempts;

  /**
   * Made by Dynamap's translation of the SDK's exceptions.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tableName the table, or {@code null} if the call named none or several
   */
  public DynamoDbCallException(
      String message, SdkException cause, String operation, String tableName) {
    super(message, cause);
    this.operation = operation;
    this.tableName = tableName;
    this.errorCode = errorCodeOf(cause);
    this.statusCode = cause instanceof SdkServiceException service ? service.statusCode() : 0;
    this.requestId = requestIdOf(cause);
    Integer sdkAttempts = cause == null ? null : cause.numAttempts();
    this.attempts = sdkAttempts == null ? 0 : sdkAttempts;
  }

  /**
   * The DynamoDB operation that failed, such as {@code PutItem}.
   *
   * @return the operation name, never null
   */
  public String operation() {
    return operation;
  }

  /**
   * The table the call was made on, if it named exactly one.
   *
   * @return the table name, or empty if the call named none or several
   */
  public Optional<String> tableName() {
    return Optional.ofNullable(tableName);
  }

  /**
   * DynamoDB's error code, such as {@code ConditionalCheckFailedException}; absent when no error
   * answer came (a timeout, a lost connection).
   *
   * @return the error code, or empty
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The HTTP status of DynamoDB's answer, or 0 when no answer came.
   *
   * @return the status, or 0
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * DynamoDB's request id of the last attempt, to quote in a support case.
   *
   * @return the request id, or empty when no answer came
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * How many attempts the call made, retries included; 0 if the SDK did not say.
   *
   * @return the attempt count, or 0
   */
  public int attempts() {
    return attempts;
  }

  static String errorCodeOf(Throwable e) {
    if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      return aws.awsErrorDetails().errorCode();
    }
    return null;
  }

  static String requestIdOf(Throwable e) {
    if (e instanceof SdkServiceException service) {
      String id = service.requestId();
      return id == null || id.isEmpty() || "UNKNOWN".equals(id) ? null : id;
    }
    return null;
  }
}
