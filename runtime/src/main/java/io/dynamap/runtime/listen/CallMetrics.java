package io.dynamap.runtime.listen;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A ready {@link CallListener} that keeps, per operation, counters (calls, failures by error code,
 * attempts, throttling and error retries, capacity units) and latency percentiles.
 *
 * <pre>{@code
 * CallMetrics metrics = new CallMetrics();
 * DynamoDbClient client = DynamapClients.builder().addListener(metrics).build();
 * ...
 * CallMetrics.OperationStats puts = metrics.operation("PutItem").orElseThrow();
 * System.out.println(puts.calls() + " puts, p99 " + puts.p99().toMillis() + " ms");
 * }</pre>
 *
 * <p>Counters cover every call since creation (or {@link #reset()}). Latency percentiles cover the
 * last {@link #window()} calls of each operation, so memory stays bounded and the figures follow
 * current behaviour; they are exact over that window, by the nearest-rank method. Thread-safe.
 */
public final class CallMetrics implements CallListener {
  /** Latencies kept per operation unless another window is given. */
  public static final int DEFAULT_WINDOW = 1024;

  private final int window;
  private final Map<String, Recorder> operations = new ConcurrentHashMap<>();

  /** Metrics with a window of {@value #DEFAULT_WINDOW} latencies per operation. */
  public CallMetrics() {
    this(DEFAULT_WINDOW);
  }

  /**
   * Metrics keeping the last {@code window} latencies of each operation for percentiles.
   *
   * @param window how many latencies per operation to keep, at least 1
   * @throws IllegalArgumentException if {@code window} is less than 1
   */
  public CallMetrics(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
    this.window = window;
  }

  /**
   * How many recent latencies per operation the percentiles cover.
   *
   * @return the window given to the constructor, {@value #DEFAULT_WINDOW} by default
   */
  public int window() {
    return window;
  }

  @Override
  public void onCall(CallEvent event) {
    operations.computeIfAbsent(event.operation(), name -> new Recorder(name, window)).record(event);
  }

  /**
   * The figures for one operation, such as {@code "PutItem"}, if it was called.
   *
   * @param operation the operation name; not null
   * @return a snapshot of the operation's figures, or empty if it was never called
   */
  public Optional<OperationStats> operation(String operation) {
    Recorder recorder = operations.get(operation);
    return recorder == null ? Optional.empty() : Optional.of(recorder.snapshot());
  }

  /**
   * The figures for every operation called, by operation name.
   *
   * @return an unmodifiable map of snapshots, sorted by operation name
   */
  public Map<String, OperationStats> snapshot() {
    Map<String, OperationStats> snapshot = new TreeMap<>();
    operations.forEach((name, recorder) -> snapshot.put(name, recorder.snapshot()));
    return Collections.unmodifiableMap(snapshot);
  }

  /** Forgets everything recorded. */
  public void reset() {
    operations.clear();
  }

  @Override
  public String toString() {
    return "CallMetrics" + snapshot().values();
  }

  /**
   * The value at the given percentile of some samples, by the nearest-rank method: the smallest
   * sample such that at least {@code percentile} % of the samples are less than or equal to it.
   *
   * @param sorted samples in ascending order, at least one
   * @param percentile from 0 (the minimum) to 100 (the maximum)
   */
  static long nearestRank(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be within 0 and 100, was " + percentile);
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** Figures for one operation at one moment. Immutable. */
  public static final class OperationStats {
    private final String operation;
    private final long calls;
    private final long failures;
    private final long attempts;
    private final long throttleRetries;
    private final long errorRetries;
    private final double capacityUnits;
    private final Map<String, Long> errorCodes;
    private final long[] sortedLatencyNanos;

    private OperationStats(
        String operation,
        long calls,
        long failures,
        long attempts,
        long throttleRetries,
        long errorRetries,
        double capacityUnits,
        Map<String, Long> errorCodes,
        long[] sortedLatencyNanos) {
      this.operation = operation;
      this.calls = calls;
      this.failures = failures;
      this.attempts = attempts;
      this.throttleRetries = throttleRetries;
      this.errorRetries = errorRetries;
      this.capacityUnits = capacityUnits;
      this.errorCodes = errorCodes;
      this.sortedLatencyNanos = sortedLatencyNanos;
    }

    /**
     * The operation, such as {@code PutItem}.
     *
     * @return the operation name
     */
    public String operation() {
      return operation;
    }

    /**
     * Calls made.
     *
     * @return the count, failures included
     */
    public long calls() {
      return calls;
    }

    /**
     * Calls that failed.
     *
     * @return the count
     */
    public long failures() {
      return failures;
    }

    /**
     * Failed calls by error code (see {@link CallEvent#errorCode()}), sorted by code.
     *
     * @return the count per code, unmodifiable
     */
    public Map<String, Long> errorCodes() {
      return errorCodes;
    }

    /**
     * HTTP attempts made, retries included.
     *
     * @return the count
     */
    public long attempts() {
      return attempts;
    }

    /**
     * Retries after throttling.
     *
     * @return the count
     */
    public long throttleRetries() {
      return throttleRetries;
    }

    /**
     * Retries after server errors and network failures.
     *
     * @return the count
     */
    public long errorRetries() {
      return errorRetries;
    }

    /**
     * Capacity units consumed, as DynamoDB reported them.
     *
     * @return the sum over the calls that reported it
     */
    public double capacityUnits() {
      return capacityUnits;
    }

    /**
     * How many latencies the percentiles are computed from: the calls in the window.
     *
     * @return at least 1, at most the window
     */
    public int latencySamples() {
      return sortedLatencyNanos.length;
    }

    /**
     * The latency at a percentile of the window's calls, by nearest rank: {@code percentile(50)} is
     * the median, {@code percentile(100)} the slowest call.
     *
     * @param percentile from 0 to 100
     * @return the latency of the call at that rank
     */
    public Duration percentile(double percentile) {
      return Duration.ofNanos(nearestRank(sortedLatencyNanos, percentile));
    }

    /**
     * The median latency.
     *
     * @return {@code percentile(50)}
     */
    public Duration p50() {
      return percentile(50);
    }

    /**
     * The 90th percentile latency.
     *
     * @return {@code percentile(90)}
     */
    public Duration p90() {
      return percentile(90);
    }

    /**
     * The 99th percentile latency.
     *
     * @return {@code percentile(99)}
     */
    public Duration p99() {
      return percentile(99);
    }

    /**
     * The slowest call in the window.
     *
     * @return {@code percentile(100)}
     */
    public Duration max() {
      return percentile(100);
    }

    @Override
    public String toString() {
      return operation
          + "[calls="
          + calls
          + ", failures="
          + failures
          + ", attempts="
          + attempts
          + ", throttleRetries="
          + throttleRetries
          + ", errorRetries="
          + errorRetries
          + ", capacityUnits="
          + capacityUnits
          + ", p50="
          + p50().toMillis()
          + " ms, p99="
          + p99().toMillis()
          + " ms]";
    }
  }

  /** The running figures of one operation; a ring buffer holds the window's latencies. */
  private static final class Recorder {
    private final String operation;
    private final long[] latencies;
    private int next;
    private int filled;
    private long calls;
    private long failures;
    private long attempts;
    private long throttleRetries;
    private long errorRetries;
    private double capacityUnits;
    private final Map<String, Long> errorCodes = new TreeMap<>();

    Recorder(String operation, int window) {
      this.operation = operation;
      this.latencies = new long[window];
    }

    synchronized void record(CallEvent event) {
      calls++;
      attempts += event.attempts();
      throttleRetries += event.throttleRetries();
      errorRetries += event.errorRetries();
      capacityUnits += event.capacityUnits();
      if (!event.succeeded()) {
        failures++;
        errorCodes.merge(event.errorCode().orElse("unknown"), 1L, Long::sum);
      }
      latencies[next] = event.latency().toNanos();
      next = (next + 1) % latencies.length;
      filled = Math.min(filled + 1, latencies.length);
    }

    synchronized OperationStats snapshot() {
      long[] sorted = Arrays.copyOf(latencies, filled);
      Arrays.sort(sorted);
      return new OperationStats(
          operation,
          calls,
          failures,
          attempts,
          throttleRetries,
          errorRetries,
          capacityUnits,
          Collections.unmodifiableMap(new TreeMap<>(errorCodes)),
          sorted);
    }
  }
}
