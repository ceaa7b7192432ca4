package io.dynamap.runtime.retry;

import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Dynamap's retry policy for DynamoDB, as an SDK {@link RetryStrategy}: the SDK runs the attempts
 * and sleeps; this strategy decides, after each failed attempt, whether and when to try again.
 *
 * <ul>
 *   <li><b>Throttling</b> ({@code ProvisionedThroughputExceededException}, {@code
 *       ThrottlingException}, {@code RequestLimitExceeded}) is retried after about 50 ms, jittered,
 *       with no growth: DynamoDB throttles a partition for a moment, and a longer wait only adds
 *       latency.
 *   <li><b>Server errors</b> (5xx) and <b>network failures</b> (timeouts, connection resets) are
 *       retried with jittered exponential backoff from about 250 ms, up to about 2 s: they last
 *       longer, and quick retries would pile onto a struggling endpoint. A refused connection is
 *       not retried when {@link Builder#refusedConnectionsFinal(boolean)} says so, as {@code
 *       DynamapClients} does for an endpoint on this machine.
 *   <li><b>Client errors</b> (validation, failed conditions, missing tables, ...) are never
 *       retried: they would fail the same way again.
 *   <li><b>Aborted calls</b>, whose thread was interrupted (a cancelled task, a pool shut down),
 *       are not retried either; they are counted in {@link RetryStatistics#callsAborted()}.
 * </ul>
 *
 * <p>When a {@link CallRetries} is bound as the call begins (a client of {@code DynamapClients}
 * or {@code DynamapAsyncClients}), the retry token carries it, and a retry is counted
 * and logged when its attempt starts, not when it is decided: a call that ends while waiting to
 * retry (interrupted, or out of its total call timeout) is counted as aborted or exhausted, and no
 * retry is logged for it.
 *
 * <p>A call makes at most {@link #maxAttempts()} attempts (default 5, or {@code AWS_MAX_ATTEMPTS};
 * see {@link MaxAttempts}), and the client's total call timeout bounds it too. Throttling and error
 * retries share the attempts but are counted apart in {@link RetryStatistics}, and both are logged
 * at debug level, naming the operation and table when a {@link CallRetries} is bound.
 *
 * <p><b>Circuit breaker off by default.</b> The SDK's standard strategy can charge each retry to a
 * per-client token bucket (500 tokens, 5 per retry) and stop retrying when it is empty. It charges
 * throttling like any error, so a single hot partition could drain it and switch off retries for
 * every table the client serves, turning one table's throttling into errors everywhere. Retries
 * here are already bounded per call by the attempt count, the backoff and the call timeout, so the
 * bucket is off; {@link Builder#circuitBreaker(boolean)} turns it on for large fleets where capping
 * retry load during an outage matters more.
 *
 * <p>The work is delegated to the SDK's {@link StandardRetryStrategy}, configured with this policy;
 * this class adds the counting and logging. Instances are thread-safe.
 */
public final class DynamapRetryStrategy implements RetryStrategy {
  /** Attempts per call, first included, unless configured or set by {@code AWS_MAX_ATTEMPTS}. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** The nominal delay before a throttling retry. */
  public static final Duration DEFAULT_THROTTLE_DELAY = Duration.ofMillis(50);

  /** The nominal delay before the first error retry; it doubles for each further one. */
  public static final Duration DEFAULT_ERROR_BASE_DELAY = Duration.ofMillis(250);

  /** The largest nominal delay before an error retry. */
  public static final Duration DEFAULT_ERROR_MAX_DELAY = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(DynamapRetryStrategy.class);

  private final Builder config;
  private final RetryStrategy delegate;
  private final RetryStatistics statistics;
  private final Predicate<Throwable> throttling;
  private final int maxAttempts;
  private final boolean refusedConnectionsFinal;

  private DynamapRetryStrategy(Builder builder) {
    this.config = builder.copy();
    this.refusedConnectionsFinal = builder.refusedConnectionsFinal;
    this.maxAttempts = MaxAttempts.resolve(builder.maxAttempts, DEFAULT_MAX_ATTEMPTS);
    this.statistics = builder.statistics != null ? builder.statistics : new RetryStatistics();
    this.throttling =
        builder.treatAsThrottling != null
            ? builder.treatAsThrottling
            : failure -> FailureKind.of(failure) == FailureKind.THROTTLING;
    List<Predicate<Throwable>> extraConditions = List.copyOf(builder.retryConditions);
    this.delegate =
        StandardRetryStrategy.builder()
            .maxAttempts(maxAttempts)
            .retryOnException(
                failure ->
                    retryable(failure)
                        || extraConditions.stream().anyMatch(condition -> condition.test(failure)))
            .treatAsThrottling(throttling)
            .throttlingBackoffStrategy(builder.throttlingBackoff)
            .backoffStrategy(builder.backoff)
            .circuitBreakerEnabled(builder.circuitBreaker)
            .build();
  }

  /** Whether the built-in policy retries this failure (user conditions aside). */
  private boolean retryable(Throwable failure) {
    return FailureKind.of(failure).retryable()
        && !(refusedConnectionsFinal && FailureKind.isRefusedConnection(failure));
  }

  /**
  /**
   * A builder with Dynamap's defaults.
   *
   * @return a new builder; each call gives an independent one
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The counters this strategy updates.
   *
   * @return the statistics given to the builder, or the strategy's own
   */
  public RetryStatistics statistics() {
    return statistics;
  }

  /**
   * Whether the SDK's retry token bucket may refuse retries (off unless configured).
   *
   * @return {@code true} only if the builder turned it on
   */
  public boolean circuitBreakerEnabled() {
    return config.circuitBreaker;
  }

  @Override
  public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
    AcquireInitialTokenResponse response = delegate.acquireInitialToken(request);
    // The SDK takes the first token on the calling thread, where the call is bound; from here the
    // token carries it, to whatever threads an asynchronous client runs the attempts on.
    CallRetries call = CallRetries.current().orElse(null);
    if (call != null) {
      call.tokenTaken();
    }
    return AcquireInitialTokenResponse.create(
        new Token(response.token(), 1, call), response.delay());
  }

  @Override
  public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
    Token token = Token.of(request.token());
    Throwable failure = request.failure();
    CallRetries call = token.call;
    if (call != null) {
      call.attemptStarting(); // the attempt that failed was made, and so the retry before it
    }
    if (FailureKind.of(failure) == FailureKind.NETWORK) {
      statistics.recordNetworkFailure();
    }
    if (aborted(failure) || Thread.currentThread().isInterrupted()) {
      // Interrupted (a cancelled task, a pool shut down): the SDK would abort in the backoff.
      statistics.recordAborted();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{}: attempt {} of {} failed ({}), not retrying: the call was aborted, its thread"
                + " interrupted",
            describe(call),
            token.attempt,
            maxAttempts,
            describe(failure, false));
      }
      throw new TokenAcquisitionFailedException(
          "the call was aborted: its thread was interrupted", token, failure);
    }
    boolean isThrottling = throttling.test(failure);
    RefreshRetryTokenResponse response;
    try {
      response = delegate.refreshRetryToken(request.toBuilder().token(token.delegate).build());
    } catch (TokenAcquisitionFailedException refused) {
      if (retryable(failure) || isThrottling) {
        statistics.recordExhausted();
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "{}: attempt {} of {} failed ({}), not retrying: {}",
              describe(call),
              token.attempt,
              maxAttempts,
              describe(failure, isThrottling),
              token.attempt >= maxAttempts
                  ? "all attempts used"
                  : "the circuit breaker refused (" + refused.getMessage() + ")");
        }
      } else {
        statistics.recordNonRetryable();
        if (LOG.isTraceEnabled()) {
          LOG.trace(
              "{}: attempt {} failed ({}), not retryable",
              describe(call),
              token.attempt,
              describe(failure, false));
        }
      }
      throw new TokenAcquisitionFailedException(
          refused.getMessage(),
          new Token(refused.token(), token.attempt, call),
          refused.getCause());
    }
    ScheduledRetry retry =
        new ScheduledRetry(call, token.attempt, failure, isThrottling, response.delay());
    if (call == null) {
      retry.made(); // no call bound, so no word of the next attempt: counted now
    } else {
      call.schedule(retry); // counted when its attempt starts, if it does
    }
    return RefreshRetryTokenResponse.create(
        new Token(response.token(), token.attempt + 1, call), response.delay());
  }

  @Override
  public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
    Token token = Token.of(request.token());
    if (token.call != null) {
      token.call.attemptStarting();
    }
    RecordSuccessResponse response =
        delegate.recordSuccess(RecordSuccessRequest.create(token.delegate));
    return RecordSuccessResponse.create(new Token(response.token(), token.attempt, token.call));
  }

  /** The most attempts a call makes, the first included. */
  @Override
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * {@code false}: the SDK must not add its own retry conditions, which would retry errors this
   * policy deliberately does not.
   */
  @Override
  public boolean useClientDefaults() {
    return false;
  }

  /** A builder holding this strategy's configuration, statistics object included. */
  @Override
  public Builder toBuilder() {
    Builder builder = config.copy();
    builder.maxAttempts = maxAttempts;
    builder.statistics = statistics;
    return builder;
  }

  @Override
  public String toString() {
    return "DynamapRetryStrategy[maxAttempts="
        + maxAttempts
        + ", throttling="
        + config.throttlingBackoff
        + ", errors="
        + config.backoff
        + ", circuitBreaker="
        + (config.circuitBreaker ? "on" : "off")
        + "]";
  }

  private static String describe(CallRetries call) {
    return call == null ? "DynamoDB call" : call.describe();
  }

  private static String describe(Throwable failure, boolean isThrottling) {
    String kind =
        isThrottling
            ? "throttled"
            : FailureKind.of(failure).name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      return kind + ": " + aws.awsErrorDetails().errorCode() + " (HTTP " + aws.statusCode() + ")";
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return kind
        + ": "
        + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : " " + root.getMessage());
  }

  /**
   * Whether a failure is the SDK aborting a call because its thread was interrupted, rather than a
   * failure of DynamoDB or the network. Timeouts, which the SDK also implements with interrupts,
   * are not aborts.
   */
  static boolean aborted(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiCallAttemptTimeoutException || t instanceof ApiCallTimeoutException) {
        return false;
      }
      if (t instanceof AbortedException
          || t instanceof InterruptedException
          || t instanceof ClosedByInterruptException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * A retry decided after a failed attempt: counted and logged when its attempt starts. If the call
   * ends before (interrupted while waiting, or out of its total call timeout), it is not.
   */
  private final class ScheduledRetry implements CallRetries.Scheduled {
    private final CallRetries call;
    private final int attempt;
    private final Throwable failure;
    private final boolean throttling;
    private final Duration delay;

    ScheduledRetry(
        CallRetries call, int attempt, Throwable failure, boolean throttling, Duration delay) {
      this.call = call;
      this.attempt = attempt;
      this.failure = failure;
      this.throttling = throttling;
      this.delay = delay;
    }

    @Override
    public void made() {
      statistics.recordRetry(throttling, delay);
      if (call != null) {
        call.recordRetry(throttling);
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{}: attempt {} of {} failed ({}), retrying after {} ms",
            describe(call),
            attempt,
            maxAttempts,
            describe(failure, throttling),
            delay.toMillis());
      }
    }

    @Override
    public void notMade(Throwable ended) {
      boolean aborted = ended == null || aborted(ended);
      if (aborted) {
        statistics.recordAborted();
      } else {
        statistics.recordExhausted();
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{}: attempt {} of {} failed ({}), not retried: {} while waiting to retry",
            describe(call),
            attempt,
            maxAttempts,
            describe(failure, throttling),
            aborted
                ? "the call was aborted, its thread interrupted,"
                : "the call ended (" + ended.getClass().getSimpleName() + ")");
      }
    }
  }

  /**
   * The SDK's token, with the number of the attempt it stands for (for log lines) and the call it
   * belongs to, if one was bound when the call began.
   */
  private static final class Token implements RetryToken {
    private final RetryToken delegate;
    private final int attempt;
    private final CallRetries call;

    Token(RetryToken delegate, int attempt, CallRetries call) {
      this.delegate = delegate;
      this.attempt = attempt;
      this.call = call;
    }

    static Token of(RetryToken token) {
      if (token instanceof Token ours) {
        return ours;
      }
      throw new IllegalArgumentException(
          "not a token of DynamapRetryStrategy: "
              + (token == null ? null : token.getClass().getName()));
    }
  }

  /**
   * Configures a {@link DynamapRetryStrategy}. It is the SDK's {@link RetryStrategy.Builder}, so
   * {@code ClientOverrideConfiguration.Builder.retryStrategy(Consumer)} can adjust it too.
   */
  public static final class Builder
      implements RetryStrategy.Builder<Builder, DynamapRetryStrategy> {
    private Integer maxAttempts;
    private BackoffStrategy throttlingBackoff = JitteredBackoff.fixed(DEFAULT_THROTTLE_DELAY);
    private BackoffStrategy backoff =
        JitteredBackoff.exponential(DEFAULT_ERROR_BASE_DELAY, DEFAULT_ERROR_MAX_DELAY);
    private Predicate<Throwable> treatAsThrottling;
    private final List<Predicate<Throwable>> retryConditions = new ArrayList<>();
    private boolean circuitBreaker;
    private boolean refusedConnectionsFinal;
    private RetryStatistics statistics;

    private Builder() {}

    /**
     * Also retries failures this predicate accepts, on top of the built-in policy (which cannot be
     * narrowed: client errors the predicate accepts are retried, the rest still are not).
     */
    @Override
    public Builder retryOnException(Predicate<Throwable> shouldRetry) {
      retryConditions.add(Objects.requireNonNull(shouldRetry, "shouldRetry"));
      return this;
    }

    /**
     * The most attempts a call makes, the first included; 1 turns retries off. Default: {@code
     * aws.maxAttempts}, else {@code AWS_MAX_ATTEMPTS}, else {@value #DEFAULT_MAX_ATTEMPTS}.
     */
    @Override
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The backoff before error retries. Default: {@link JitteredBackoff#exponential} from 250 ms to
     * 2 s.
     */
    @Override
    public Builder backoffStrategy(BackoffStrategy backoffStrategy) {
      this.backoff = Objects.requireNonNull(backoffStrategy, "backoffStrategy");
      return this;
    }

    /** The backoff before throttling retries. Default: {@link JitteredBackoff#fixed} 50 ms. */
    @Override
    public Builder throttlingBackoffStrategy(BackoffStrategy throttlingBackoffStrategy) {
      this.throttlingBackoff =
          Objects.requireNonNull(throttlingBackoffStrategy, "throttlingBackoffStrategy");
      return this;
    }

    /**
     * Which failures count as throttling: they get the throttling backoff and the throttling
     * counter. Default: {@link FailureKind#THROTTLING}.
     */
    @Override
    public Builder treatAsThrottling(Predicate<Throwable> treatAsThrottling) {
      this.treatAsThrottling = Objects.requireNonNull(treatAsThrottling, "treatAsThrottling");
      return this;
    }

    /**
     * Whether the SDK's retry token bucket may refuse retries. Default off; see the class comment.
     *
     * @param enabled {@code true} to let the token bucket refuse retries when many calls fail
     * @return this builder
     */
    public Builder circuitBreaker(boolean enabled) {
      this.circuitBreaker = enabled;
      return this;
    }

    /**
     * Whether a refused connection ends the call at once instead of being retried. Default off:
     * a remote endpoint may refuse for a moment (a load balancer replacing a node). {@code
     * DynamapClients} turns it on for an endpoint on this machine, where a refusal means nothing
     * is listening and retries would only delay the error that says so.
     *
     * @param enabled true to fail on the first refused connection
     * @return this builder
     */
    public Builder refusedConnectionsFinal(boolean enabled) {
      this.refusedConnectionsFinal = enabled;
      return this;
    }

    /**
     * The counters to update; several strategies may share one. Default: a new one.
     *
     * @param statistics the counters to update; not null
     * @return this builder
     */
    public Builder statistics(RetryStatistics statistics) {
      this.statistics = Objects.requireNonNull(statistics, "statistics");
      return this;
    }

    /** Builds the strategy, resolving the attempt count from the environment if none was set. */
    @Override
    public DynamapRetryStrategy build() {
      return new DynamapRetryStrategy(this);
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.maxAttempts = maxAttempts;
      copy.throttlingBackoff = throttlingBackoff;
      copy.backoff = backoff;
      copy.treatAsThrottling = treatAsThrottling;
      copy.retryConditions.addAll(retryConditions);
      copy.circuitBreaker = circuitBreaker;
      copy.refusedConnectionsFinal = refusedConnectionsFinal;
      copy.statistics = statistics;
      return copy;
    }
  }
}
