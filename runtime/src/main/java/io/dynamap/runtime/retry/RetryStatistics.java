package io.dynamap.runtime.retry;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the retries of every call made through the clients it is given to, throttling retries
 * apart from error retries. Pass one to {@code DynamapClients.builder().retryStatistics(…)} (or
 * {@link DynamapRetryStrategy.Builder#statistics}) and read it at any time, from any thread.
 *
 * <p>Each failed attempt is counted exactly once, in one of five counters: {@link
 * #throttleRetries()}, {@link #errorRetries()}, {@link #retriesExhausted()}, {@link
 * #nonRetryableFailures()} or {@link #callsAborted()}. So a fault-injecting test can compare the
 * sum with the faults it injected. A retry is counted when its attempt starts, not when it is
 * scheduled: a call that ends while it waits to retry (its thread interrupted, or its total call
 * timeout reached) is counted as aborted or exhausted, not as retried.
 *
 * <p>{@link #networkFailures()} counts again, apart, the failed attempts that got no answer: a
 * connection the server or a proxy closed, a reset, a timeout. Such an attempt may not have reached
 * the server at all, so a test comparing attempts with what a server saw allows for them.
 */
public final class RetryStatistics {
  private final LongAdder throttleRetries = new LongAdder();
  private final LongAdder errorRetries = new LongAdder();
  private final LongAdder retriesExhausted = new LongAdder();
  private final LongAdder nonRetryableFailures = new LongAdder();
  private final LongAdder callsAborted = new LongAdder();
  private final LongAdder networkFailures = new LongAdder();
  private final LongAdder throttleBackoffNanos = new LongAdder();
  private final LongAdder errorBackoffNanos = new LongAdder();

  /** Creates statistics with every counter at zero. */
  public RetryStatistics() {}

  /**
   * Retries made after a throttling error ({@link FailureKind#THROTTLING}).
   *
   * @return the count since this object was made, never reset
   */
  public long throttleRetries() {
    return throttleRetries.sum();
  }

  /**
   * Retries made after a server error or a network failure ({@link FailureKind#SERVER_ERROR},
   * {@link FailureKind#NETWORK}).
   *
   * @return the count since this object was made, never reset
   */
  public long errorRetries() {
    return errorRetries.sum();
  }

  /**
   * All retries: {@link #throttleRetries()} plus {@link #errorRetries()}.
   *
   * @return the sum of both counts
   */
  public long retries() {
    return throttleRetries() + errorRetries();
  }

  /**
   * Retryable failures that were not retried, because the call had used all its attempts (or, with
   * the circuit breaker on, the client's retry capacity was spent): each is the failure a call
   * ended with.
   *
   * @return the count since this object was made, never reset
   */
  public long retriesExhausted() {
    return retriesExhausted.sum();
  }

  /**
   * Failures never retried because retrying could not help ({@link FailureKind#CLIENT_ERROR}).
   *
   * @return the count since this object was made, never reset
   */
  public long nonRetryableFailures() {
    return nonRetryableFailures.sum();
  }

  /**
   * The total time the retry strategy asked to wait before throttling retries.
   *
   * @return the sum of the delays asked for, {@link Duration#ZERO} when none
   */
  public Duration throttleBackoff() {
    return Duration.ofNanos(throttleBackoffNanos.sum());
  }

  /**
   * The total time the retry strategy asked to wait before error retries.
   *
   * @return the sum of the delays asked for, {@link Duration#ZERO} when none
   */
  public Duration errorBackoff() {
    return Duration.ofNanos(errorBackoffNanos.sum());
  }

  void recordRetry(boolean throttling, Duration delay) {
    if (throttling) {
      throttleRetries.increment();
      throttleBackoffNanos.add(delay.toNanos());
    } else {
      errorRetries.increment();
      errorBackoffNanos.add(delay.toNanos());
    }
  }

  /**
   * Calls given up because their thread was interrupted (a cancelled task, a pool shut down, as
   * when one segment of a parallel scan fails and the others are stopped): at a failed attempt, or
   * while waiting to retry. No retry follows, and none is counted.
   *
   * @return the count since this object was made, never reset
   */
  public long callsAborted() {
    return callsAborted.sum();
  }

  /**
   * Failed attempts, among all those counted in the five counters, that failed in the network
   * ({@link FailureKind#NETWORK}): no answer came. A pooled connection the server closed just as
   * the client reused it fails this way before the request reaches the server.
   *
   * @return the count since this object was made, never reset
   */
  public long networkFailures() {
    return networkFailures.sum();
  }

  void recordNetworkFailure() {
    networkFailures.increment();
  }

  void recordAborted() {
    callsAborted.increment();
  }

  void recordExhausted() {
    retriesExhausted.increment();
  }

  void recordNonRetryable() {
    nonRetryableFailures.increment();
  }

  @Override
  public String toString() {
    return "RetryStatistics[throttleRetries="
        + throttleRetries()
        + ", errorRetries="
        + errorRetries()
        + ", retriesExhausted="
        + retriesExhausted()
        + ", nonRetryableFailures="
        + nonRetryableFailures()
        + ", callsAborted="
        + callsAborted()
        + ", networkFailures="
        + networkFailures()
        + ", throttleBackoff="
        + throttleBackoff().toMillis()
        + " ms, errorBackoff="
        + errorBackoff().toMillis()
        + " ms]";
  }
}
