package io.dynamap.runtime.batch;

import io.dynamap.runtime.core.BatchRetryPolicy;
import io.dynamap.runtime.core.BatchWriteCore;
import java.time.Duration;

/**
 * The settings of a batch writer, shared by the blocking {@link BatchWriter.Builder} and the
 * non-blocking one of {@code dynamap-async}, so that both write alike: written once, with their
 * defaults and checks (as {@link BatchGetterSettings} is for the getters). Every setter returns
 * the concrete builder.
 *
 * @param <B> the concrete builder
 */
public abstract class BatchWriterSettings<B extends BatchWriterSettings<B>> {
  private int maxInFlight = BatchWriter.DEFAULT_MAX_IN_FLIGHT;
  private Duration baseDelay = BatchRetryPolicy.DEFAULT_BASE_DELAY;
  private Duration maxDelay = BatchRetryPolicy.DEFAULT_MAX_DELAY;
  private Duration retryBudget = BatchRetryPolicy.DEFAULT_BUDGET;
  private boolean withoutVersionChecks;

  /** For the builders of the blocking and the non-blocking writer. */
  protected BatchWriterSettings() {}

  @SuppressWarnings("unchecked") // B is the class extending this one
  private B self() {
    return (B) this;
  }

  /**
   * How many {@code BatchWriteItem} requests may be in flight at once. Default 4. The client's
   * connection pool should be at least this large. A blocking producer waits when all are in
   * flight; a non-blocking one is held back through its futures once as many full batches wait
   * for a slot.
   *
   * @param maxInFlight at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code maxInFlight} is less than 1
   */
  public final B maxInFlight(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
    }
    this.maxInFlight = maxInFlight;
    return self();
  }

  /**
   * The backoff before retrying unprocessed items or a failed call: a random pause between zero
   * and {@code baseDelay * 2^(retry - 1)}, capped at {@code maxDelay}. Default 50 ms and 5 s.
   *
   * @param baseDelay the pause cap before the first retry; positive
   * @param maxDelay the largest pause cap; positive and not shorter than {@code baseDelay}
   * @return this builder
   * @throws IllegalArgumentException if a delay is not positive ({@code "baseDelay must be
   *     positive, was PT0S"}) or {@code maxDelay} is shorter than {@code baseDelay} ({@code
   *     "maxDelay PT1S is shorter than baseDelay PT2S"})
   */
  public final B backoff(Duration baseDelay, Duration maxDelay) {
    new BatchRetryPolicy(baseDelay, maxDelay, retryBudget); // checks them, as the getters do
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    return self();
  }

  /**
   * How long a batch is retried, counted from its first request. No retry starts that would begin
   * after it; the items still not written are then reported. Default 2 minutes.
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
   * Accepts {@code @Version}ed entities, writing them without checking their version, which
   * {@code BatchWriteItem} cannot do: a put stores the entity's version plus one (as {@code
   * save()} would, so the item can be saved again with what a read returns), a delete deletes
   * whatever is stored; a concurrent change is overwritten, the last writer winning. For bulk
   * loads where nothing else writes the items. Without it, such writes are refused.
   *
   * @return this builder
   */
  public final B withoutVersionChecks() {
    this.withoutVersionChecks = true;
    return self();
  }

  /**
   * How many requests may be in flight at once.
   *
   * @return the setting, at least 1
   */
  protected final int maxInFlight() {
    return maxInFlight;
  }

  /**
   * The request core of a writer with these settings: encoding, buffers, requests, answers,
   * retries and statistics.
   *
   * @param writerName the writer's class name, for messages ({@code BatchWriter})
   * @return a new core
   */
  protected final BatchWriteCore newCore(String writerName) {
    return new BatchWriteCore(
        new BatchRetryPolicy(baseDelay, maxDelay, retryBudget), withoutVersionChecks, writerName);
  }
}
