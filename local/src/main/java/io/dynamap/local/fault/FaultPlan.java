package io.dynamap.local.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Which faults the {@link FaultInjector} draws, how often, and into which requests. Immutable;
 * build with {@link #builder()}. {@link #none()} injects nothing unless faults are queued with
 * {@link FaultInjector#injectNext}.
 *
 * <pre>{@code
 * FaultPlan plan =
 *     FaultPlan.builder()
 *         .seed(42)
 *         .rate(Fault.THROTTLING, 0.2)
 *         .rate(Fault.SERVER_ERROR, 0.05)
 *         .operations("PutItem", "GetItem")
 *         .build();
 * }</pre>
 */
public final class FaultPlan {
  /** The error faults, in the order their rates are laid on [0, 1) for the draw. */
  static final List<Fault> DRAWN_FAULTS =
      List.of(
          Fault.THROTTLING,
          Fault.SERVER_ERROR,
          Fault.SERVICE_UNAVAILABLE,
          Fault.DELAY,
          Fault.CLOSE_CONNECTION);

  private static final Duration MAX_DELAY = Duration.ofSeconds(60);

  private final long seed;
  private final Map<Fault, Double> rates;
  private final Duration delay;
  private final String throttlingErrorCode;
  private final Set<String> operations;
  private final Set<String> tables;
  private final int maxFaults;

  private FaultPlan(Builder builder) {
    this.seed = builder.seed;
    this.rates = Collections.unmodifiableMap(new EnumMap<>(builder.rates));
    this.delay = builder.delay;
    this.throttlingErrorCode = builder.throttlingErrorCode;
    this.operations = Collections.unmodifiableSet(new LinkedHashSet<>(builder.operations));
    this.tables = Collections.unmodifiableSet(new LinkedHashSet<>(builder.tables));
    this.maxFaults = builder.maxFaults;
  }

  /** A builder: by default no rates, so nothing is drawn; a random seed. */
  public static Builder builder() {
    return new Builder();
  }

  /** A plan that draws no faults (queued ones still apply), with a random seed. */
  public static FaultPlan none() {
    return builder().build();
  }

  /** The seed of the fault draws, to quote when a test fails. */
  public long seed() {
    return seed;
  }

  /** The chance, from 0 to 1, that a request draws this fault. */
  public double rate(Fault fault) {
    return rates.getOrDefault(fault, 0.0);
  }

  /** The rates set, by fault. */
  public Map<Fault, Double> rates() {
    return rates;
  }

  /** How long {@link Fault#DELAY} holds an answer. */
  public Duration delay() {
    return delay;
  }

  /** The error code {@link Fault#THROTTLING} answers with. */
  public String throttlingErrorCode() {
    return throttlingErrorCode;
  }

  /** The operations faults are injected into; empty for all. */
  public Set<String> operations() {
    return operations;
  }

  /** The tables faults are injected into (a request naming any of them); empty for all. */
  public Set<String> tables() {
    return tables;
  }

  /** How many faults are drawn at most. */
  public int maxFaults() {
    return maxFaults;
  }

  @Override
  public String toString() {
    return "FaultPlan[seed "
        + seed
        + ", rates "
        + rates
        + ", delay "
        + delay
        + ", throttling "
        + throttlingErrorCode
        + (operations.isEmpty() ? "" : ", operations " + operations)
        + (tables.isEmpty() ? "" : ", tables " + tables)
        + (maxFaults == Integer.MAX_VALUE ? "" : ", at most " + maxFaults)
        + "]";
  }

  /** Configures a {@link FaultPlan}. */
  public static final class Builder {
    private long seed = new Random().nextLong();
    private final Map<Fault, Double> rates = new EnumMap<>(Fault.class);
    private Duration delay = Duration.ofSeconds(2);
    private String throttlingErrorCode = "ProvisionedThroughputExceededException";
    private final Set<String> operations = new LinkedHashSet<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private int maxFaults = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * Seeds the fault draws, so that the same requests in the same order get the same faults.
     * Default: random.
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The chance, from 0 to 1, that a request gets this fault. The rates of the error faults (all
     * but {@link Fault#UNPROCESSED}) add up to at most 1; {@code UNPROCESSED} applies to batch
     * requests that drew no other fault.
     *
     * @throws IllegalArgumentException for {@link Fault#NONE} or a rate outside [0, 1]
     */
    public Builder rate(Fault fault, double rate) {
      Objects.requireNonNull(fault, "fault");
      if (fault == Fault.NONE) {
        throw new IllegalArgumentException("NONE has no rate");
      }
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate must be within 0 and 1, was " + rate);
      }
      rates.put(fault, rate);
      return this;
    }

    /**
     * How long {@link Fault#DELAY} holds an answer; make it longer than the client's read timeout.
     * Default 2 s, at most 60 s.
     */
    public Builder delay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
        throw new IllegalArgumentException("delay must be within 0 and 60 s, was " + delay);
      }
      this.delay = delay;
      return this;
    }

    /**
     * The error code {@link Fault#THROTTLING} answers with: {@code
     * ProvisionedThroughputExceededException} (default), {@code ThrottlingException}, {@code
     * RequestLimitExceeded}, each with DynamoDB's error type and message, or any other code of
     * DynamoDB's namespace to see how a client treats it.
     */
    public Builder throttlingErrorCode(String code) {
      Objects.requireNonNull(code, "code");
      if (code.isEmpty()) {
        throw new IllegalArgumentException("empty error code");
      }
      this.throttlingErrorCode = code;
      return this;
    }

    /**
     * Injects faults only into these operations' requests (such as {@code "PutItem"}); others pass.
     * Default: all.
     */
    public Builder operations(String... operations) {
      this.operations.addAll(Arrays.asList(operations));
      return this;
    }

    /**
     * Injects faults only into requests that name one of these tables; others pass. Default: all.
     */
    public Builder tables(String... tables) {
      this.tables.addAll(Arrays.asList(tables));
      return this;
    }

    /** Stops drawing faults after this many; queued faults still apply. Default: no limit. */
    public Builder maxFaults(int maxFaults) {
      if (maxFaults < 0) {
        throw new IllegalArgumentException("maxFaults must not be negative, was " + maxFaults);
      }
      this.maxFaults = maxFaults;
      return this;
    }

    /**
     * The plan.
     *
     * @throws IllegalArgumentException if the error rates add up to more than 1
     */
    public FaultPlan build() {
      double errorRates = 0;
      for (Fault fault : DRAWN_FAULTS) {
        errorRates += rates.getOrDefault(fault, 0.0);
      }
      if (errorRates > 1 + 1e-9) {
        throw new IllegalArgumentException(
            "the error fault rates add up to " + errorRates + ", over 1");
      }
      return new FaultPlan(this);
    }
  }
}
