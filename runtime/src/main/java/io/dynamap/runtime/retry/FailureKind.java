package io.dynamap.runtime.retry;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.Crc32MismatchException;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * What kind of failure one attempt of a DynamoDB call ended with, which decides whether and how it
 * is retried.
 *
 * <ul>
 *   <li>{@link #THROTTLING}: DynamoDB refused the request for capacity; retried quickly.
 *   <li>{@link #SERVER_ERROR}: DynamoDB failed (HTTP 5xx); retried with exponential backoff.
 *   <li>{@link #NETWORK}: no usable answer arrived (read or attempt timeout, connection reset or
 *       refused, a truncated or corrupted response); retried with exponential backoff.
 *   <li>{@link #CLIENT_ERROR}: anything else, above all DynamoDB's 4xx answers, which would fail
 *       the same way again; never retried.
 * </ul>
 */
public enum FailureKind {
  /**
   * {@code ProvisionedThroughputExceededException}, {@code ThrottlingException}, {@code
   * RequestLimitExceeded}, or HTTP 429.
   */
  THROTTLING,
  /** HTTP 5xx, such as {@code InternalServerError} (500) or {@code ServiceUnavailable} (503). */
  SERVER_ERROR,
  /** A timeout, a connection reset, or a response that could not be read. */
  NETWORK,
  /** A request DynamoDB rejected, or any failure not listed above. */
  CLIENT_ERROR;

  private static final Set<String> THROTTLING_CODES =
      Set.of(
          "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded");

  /** Server error codes, should DynamoDB or a compatible engine send one without a 5xx status. */
  private static final Set<String> SERVER_ERROR_CODES =
      Set.of(
          "InternalServerError",
          "InternalFailure",
          "ServiceUnavailable",
          "ServiceUnavailableException");

  /**
   * Whether a failure of this kind may be retried.
   *
   * @return {@code true} for throttling, server errors and network failures; {@code false} for
   *     client errors
   */
  public boolean retryable() {
    return this != CLIENT_ERROR;
  }

  /**
   * Classifies a failure as the SDK reports it to the retry strategy.
   *
   * @param failure the failure of one attempt, as the SDK passes it to the retry strategy; not null
   * @return {@link #THROTTLING} for HTTP 429 or a throttling error code, {@link #SERVER_ERROR} for
   *     5xx or a server error code, {@link #NETWORK} for an I/O failure or attempt timeout anywhere
   *     in the cause chain, else {@link #CLIENT_ERROR}
   */
  public static FailureKind of(Throwable failure) {
    if (failure instanceof SdkServiceException service) {
      String code =
          service instanceof AwsServiceException aws && aws.awsErrorDetails() != null
              ? aws.awsErrorDetails().errorCode()
              : null;
      if (service.statusCode() == 429 || (code != null && THROTTLING_CODES.contains(code))) {
        return THROTTLING;
      }
      if (service.statusCode() >= 500 || (code != null && SERVER_ERROR_CODES.contains(code))) {
        return SERVER_ERROR;
      }
      return CLIENT_ERROR;
    }
    // The SDK wraps I/O failures (read timeouts, resets, refused connections) in an
    // SdkClientException, so the cause chain is searched.
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiCallAttemptTimeoutException
          || t instanceof IOException
          || t instanceof Crc32MismatchException
          || t instanceof RetryableException) {
        return NETWORK;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return CLIENT_ERROR;
  }

  /**
   * Whether a failure is a refused connection: nothing listened at the endpoint's address and port
   * (a {@link ConnectException} anywhere in the cause chain). A connect timeout is not one.
   *
   * @param failure the failure of one attempt, as the SDK reports it
   * @return true if the connection was refused
   */
  public static boolean isRefusedConnection(Throwable failure) {
    return refusedConnection(failure).isPresent();
  }

  /**
   * The {@link ConnectException} in a failure's cause chain, whose message names the address that
   * refused the connection (as the HTTP client words it).
   *
   * @param failure the failure of a call or of one attempt
   * @return the refusal, or empty if the failure is not a refused connection
   */
  public static Optional<ConnectException> refusedConnection(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException refused) {
        return Optional.of(refused);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

}
