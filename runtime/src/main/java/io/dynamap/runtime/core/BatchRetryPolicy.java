package io.dynamap.runtime.core;

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
 * DynamoDB returned unprocessed, and calls that still failed after the SDK gave up. The policy
 * only decides; the blocking batch classes sleep for the delay, the non-blocking ones schedule the
 * next attempt after it.
 */
public final class BatchRetryPolicy {
  /** The pause cap before the first retry unless configured: 50 ms. */
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(50);

  /** The largest pause cap unless configured: 5 s. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);

  /** How long a batch is retried from its first request unless configured: 2 minutes. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(2);

  private static final Set<String> THROTTLING_CODES =
      Set.of(
          "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded");

  /** Doubling stops here: 2^30 times any base delay is far beyond any sensible maximum. */
  private static final int MAX_DOUBLINGS = 30;

  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration budget;

  /**
   * A policy with these limits.
   *
   * @param baseDelay the pause cap before the first retry; positive
   * @param maxDelay the largest pause cap; positive, not shorter than {@code baseDelay}
   * @param budget how long a batch is retried from its first request; positive
   * @throws IllegalArgumentException if a duration is not positive or {@code maxDelay} is shorter
   *     than {@code baseDelay}
   */
  public BatchRetryPolicy(Duration baseDelay, Duration maxDelay, Duration budget) {
    this.baseDelay = positive(baseDelay, "baseDelay");
    this.maxDelay = positive(maxDelay, "maxDelay");
    this.budget = positive(budget, "retryBudget");
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
    }
  }

  /**
   * The policy with the defaults: 50 ms to 5 s, 2 minutes.
   *
   * @return a policy with the default limits
   */
  public static BatchRetryPolicy defaults() {
    return new BatchRetryPolicy(DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, DEFAULT_BUDGET);
  }

  /**
   * How long a batch is retried from its first request.
   *
   * @return the budget
   */
  public Duration budget() {
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
   *
   * @param retry the retry's number, 1 for the first
   * @return the pause in nanoseconds, at least 0
   */
  public long delayNanos(int retry) {
    int doublings = Math.min(Math.max(retry - 1, 0), MAX_DOUBLINGS);
    long max = nanos(maxDelay);
    long ceiling = nanos(baseDelay);
    for (int i = 0; i < doublings && ceiling < max; i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, max);
    return ThreadLocalRandom.current().nextLong(ceiling + 1);
  }

  /**
   * The budget's end for work that starts now.
   *
   * @return the deadline in {@link System#nanoTime()} terms
   */
  public long deadlineFromNow() {
    return System.nanoTime() + nanos(budget);
  }

  /**
   * Whether DynamoDB refused a whole call for capacity.
   *
   * @param failure the call's exception
   * @return {@code true} for a 429 or a throttling error code
   */
  public static boolean isThrottle(Throwable failure) {
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
   *
   * @param failure the call's exception, as the SDK gave it (unwrapped from a {@code
   *     CompletionException} for the non-blocking client)
   * @return {@code true} if sending it again may succeed
   */
  public static boolean isRetryable(Throwable failure) {
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
   *
   * @param failure the call's exception
   * @return the error code and message, or the exception's class name and message
   */
  public static String refusal(Throwable failure) {
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

  /**
   * Why items are given up on when the budget runs out.
   *
   * @param lastFailure the last call's exception, or {@code null} if DynamoDB answered but left
   *     the items unprocessed
   * @return such as {@code "still unprocessed when the retry budget of 2 min ran out"}
   */
  public String budgetSpent(Throwable lastFailure) {
    String spent = "the retry budget of " + describe(budget) + " ran out";
    return lastFailure == null
        ? "still unprocessed when " + spent
        : "still failing (" + errorName(lastFailure) + ") when " + spent;
  }

  /**
   * A failure's short name: DynamoDB's error code, or the exception's class.
   *
   * @param failure the exception
   * @return such as {@code ProvisionedThroughputExceededException}
   */
  public static String errorName(Throwable failure) {
    if (failure instanceof AwsServiceException aws
        && aws.awsErrorDetails() != null
        && aws.awsErrorDetails().errorCode() != null) {
      return aws.awsErrorDetails().errorCode();
    }
    return failure.getClass().getSimpleName();
  }

  /**
   * A duration as people write it: {@code 2 min}, {@code 30 s}, {@code 400 ms}.
   *
   * @param duration the duration
   * @return its short form
   */
  public static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 60_000 == 0) {
      return millis / 60_000 + " min";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /**
   * Checks a setting.
   *
   * @param duration the duration; not null
   * @param name its name, for the message
   * @return the duration
   * @throws IllegalArgumentException if it is zero or negative
   */
  public static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }
}
