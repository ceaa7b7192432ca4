package io.dynamap.runtime.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * How batch operations retry what DynamoDB did not do: exponential backoff with full jitter, within
 * a time budget, and which failures are worth retrying at all.
 *
 * <p>These retries come on top of the SDK's: the SDK retries a failed call, this retries the items
 * DynamoDB returned unprocessed, and calls that still failed after the SDK gave up.
 */
final class RetryPolicy {
  static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(50);
  static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);
  static final Duration DEFAULT_BUDGET = Duration.ofMinutes(2);

  private static final Set<String> THROTTLING_CODES =
      Set.of(
          "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded");

  /** Doubling stops here: 2^30 times any base delay is far beyond any sensible maximum. */
  private static final int MAX_DOUBLINGS = 30;

  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration budget;

  RetryPolicy(Duration baseDelay, Duration maxDelay, Duration budget) {
    this.baseDelay = positive(baseDelay, "baseDelay");
    this.maxDelay = positive(maxDelay, "maxDelay");
    this.budget = positive(budget, "retryBudget");
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
    }
  }

  static RetryPolicy defaults() {
    return new RetryPolicy(DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, DEFAULT_BUDGET);
  }

  Duration budget() {
    return budget;
  }

  /** Nanoseconds, saturated: a budget of centuries must not overflow. */
  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  /**
   * The pause before retry number {@code retry} (1 for the first): uniformly random between zero
   * and {@code min(maxDelay, baseDelay * 2^(retry - 1))}. Full jitter spreads writers that were
   * throttled together, so they do not come back together.
   */
  long delayNanos(int retry) {
    int doublings = Math.min(Math.max(retry - 1, 0), MAX_DOUBLINGS);
    long max = nanos(maxDelay);
    long ceiling = nanos(baseDelay);
    for (int i = 0; i < doublings && ceiling < max; i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, max);
    return ThreadLocalRandom.current().nextLong(ceiling + 1);
  }

  /** The budget's end for work that starts now, in {@link System#nanoTime()} terms. */
  long deadlineFromNow() {
    return System.nanoTime() + nanos(budget);
  }

  /** Whether DynamoDB refused a whole call for capacity. */
  static boolean isThrottle(Throwable failure) {
    if (failure instanceof SdkServiceException service) {
      if (service.statusCode() == 429 || service.isThrottlingException()) {
        return true;
      }
      return service instanceof AwsServiceException aws
          && aws.awsErrorDetails() != null
          && THROTTLING_CODES.contains(aws.awsErrorDetails().errorCode());
    }
    return false;
  }

  /**
   * Whether a call that failed after the SDK's own retries may succeed if tried again: throttling,
   * a server error (5xx), or a call that got no usable answer (timeouts, connection failures).
   * Anything else, above all DynamoDB's 4xx answers such as {@code ValidationException} or a
   * missing table, would fail the same way again.
   */
  static boolean isRetryable(Throwable failure) {
    if (failure instanceof AbortedException) {
      return false; // the thread was interrupted: the writer is being stopped
    }
    if (failure instanceof SdkServiceException service) {
      return isThrottle(service) || service.statusCode() >= 500;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiCallTimeoutException
          || t instanceof ApiCallAttemptTimeoutException
          || t instanceof IOException
          || t instanceof RetryableException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * A refusal as a reason for the items it concerns: DynamoDB's error code and message, such as
   * {@code ValidationException: One or more parameter values were invalid: Missing the key
   * placedAt in the item}, so the caller learns what to fix without digging into the cause.
   */
  static String refusal(Throwable failure) {
    if (failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      String code = aws.awsErrorDetails().errorCode();
      String message = aws.awsErrorDetails().errorMessage();
      if (code != null) {
        return message == null || message.isBlank() ? code : code + ": " + message;
      }
    }
    String message = failure.getMessage();
    String name = failure.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }

  static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }
}
