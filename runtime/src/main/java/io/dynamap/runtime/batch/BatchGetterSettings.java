package io.dynamap.runtime.batch;

import io.dynamap.runtime.core.BatchGetCore;
import io.dynamap.runtime.core.BatchRetryPolicy;
import java.time.Duration;

/**
 * The settings of a batch getter, shared by the blocking {@link BatchGetter.Builder} and the
 * non-blocking one of {@code dynamap-async}, so that both read alike: written once, with their
 * defaults and checks. Every setter returns the concrete builder.
 *
 * @param <B> the concrete builder
 */
public abstract class BatchGetterSettings<B extends BatchGetterSettings<B>> {
  private boolean consistentRead;
  private Duration baseDelay = BatchRetryPolicy.DEFAULT_BASE_DELAY;
  private Duration maxDelay = BatchRetryPolicy.DEFAULT_MAX_DELAY;
  private Duration retryBudget = BatchRetryPolicy.DEFAULT_BUDGET;

  /** For the builders of the blocking and the non-blocking getter. */
  protected BatchGetterSettings() {}

  @SuppressWarnings("unchecked") // B is the class extending this one
  private B self() {
    return (B) this;
  }

  /**
   * Whether reads are strongly consistent: they see every write acknowledged before the read, for
   * twice the read capacity. Default {@code false}, eventually consistent.
   *
   * @param consistentRead {@code true} for strongly consistent reads
   * @return this builder
   */
  public final B consistentRead(boolean consistentRead) {
    this.consistentRead = consistentRead;
    return self();
  }

  /**
   * The backoff before asking again for unprocessed keys or retrying a failed call: a random
   * pause between zero and {@code baseDelay * 2^(retry - 1)}, capped at {@code maxDelay}. Default
   * 50 ms and 5 s.
   *
   * @param baseDelay the pause cap before the first retry; positive
   * @param maxDelay the largest pause cap; positive and not shorter than {@code baseDelay}
   * @return this builder
   * @throws IllegalArgumentException if a delay is not positive or {@code maxDelay} is shorter
   *     than {@code baseDelay}
   */
  public final B backoff(Duration baseDelay, Duration maxDelay) {
    new BatchRetryPolicy(baseDelay, maxDelay, retryBudget); // checks them
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    return self();
  }

  /**
   * How long the keys of one {@code BatchGetItem} are retried, counted from its first call.
   * Default 2 minutes.
   *
   * @param retryBudget the budget; positive
   * @return this builder
   * @throws IllegalArgumentException if the budget is not positive
   */
  public final B retryBudget(Duration retryBudget) {
    this.retryBudget = BatchRetryPolicy.positive(retryBudget, "retryBudget");
    return self();
  }

  /**
   * The request core of a getter with these settings: chunks, requests, answers and retries.
   *
   * @return a new core
   */
  protected final BatchGetCore newCore() {
    return new BatchGetCore(new BatchRetryPolicy(baseDelay, maxDelay, retryBudget), consistentRead);
  }
}
