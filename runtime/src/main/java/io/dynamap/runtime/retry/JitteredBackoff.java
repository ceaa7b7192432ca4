package io.dynamap.runtime.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A backoff whose every delay is its nominal delay times a random factor in [0.5, 1.5): on average
 * the nominal delay, and spread so that threads throttled together do not retry together.
 *
 * <ul>
 *   <li>{@link #fixed}: the same nominal delay before every retry, for throttling, where the table
 *       recovers within tens of milliseconds and waiting longer only adds latency.
 *   <li>{@link #exponential}: the nominal delay doubles with each retry up to a maximum, for server
 *       errors and timeouts, which last longer and which fast retries would make worse.
 * </ul>
 */
public final class JitteredBackoff implements BackoffStrategy {
  private static final double MIN_FACTOR = 0.5;
  private static final double MAX_FACTOR = 1.5;

  /** Doubling stops here; 2^20 times any sensible base is far beyond any maximum. */
  private static final int MAX_DOUBLINGS = 20;

  private final Duration base;
  private final Duration max;
  private final boolean exponential;
  private final DoubleSupplier random;

  private JitteredBackoff(Duration base, Duration max, boolean exponential, DoubleSupplier random) {
    this.base = positive(base, "base");
    this.max = positive(max, "max");
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException("max " + max + " is shorter than base " + base);
    }
    this.exponential = exponential;
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * About {@code delay} before every retry.
   *
   * @param delay the nominal delay; positive
   * @return a backoff whose every delay is 0.5 to 1.5 times {@code delay}
   */
  public static JitteredBackoff fixed(Duration delay) {
    return new JitteredBackoff(delay, delay, false, JitteredBackoff::nextRandom);
  }

  /**
   * About {@code base} before the first retry, doubling with each retry up to about {@code max}.
   *
   * @param base the nominal delay before the first retry; positive
   * @param max the cap on the nominal delay; positive and not shorter than {@code base}
   * @return a backoff drawing each delay at random between 0.5 and 1.5 times the nominal one
   * @throws IllegalArgumentException if a duration is not positive or {@code max} is shorter than
   *     {@code base}
   */
  public static JitteredBackoff exponential(Duration base, Duration max) {
    return new JitteredBackoff(base, max, true, JitteredBackoff::nextRandom);
  }

  /**
   * This backoff with another source of randomness, such as a seeded {@code new
   * Random(1)::nextDouble}.
   *
   * @param random returns values in [0, 1)
   * @return a new backoff with the same delays
   */
  public JitteredBackoff withRandom(DoubleSupplier random) {
    return new JitteredBackoff(base, max, exponential, random);
  }

  /**
   * The delay before the given attempt. The SDK numbers attempts from 1, so the first retry is
   * attempt 2.
   */
  @Override
  public Duration computeDelay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
    }
    if (attempt == 1) {
      return Duration.ZERO;
    }
    double factor = MIN_FACTOR + (MAX_FACTOR - MIN_FACTOR) * random.getAsDouble();
    return Duration.ofNanos(Math.round(nominalDelay(attempt - 1).toNanos() * factor));
  }

  /**
   * The nominal (average) delay before the given retry, counted from 1; the actual one is 0.5 to
   * 1.5 times it.
   *
   * @param retry the retry, counted from 1; at least 1
   * @return {@code base} for a fixed backoff; else {@code base} times 2^(retry - 1), at most {@code
   *     max}
   * @throws IllegalArgumentException if {@code retry} is below 1
   */
  public Duration nominalDelay(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1, was " + retry);
    }
    if (!exponential) {
      return base;
    }
    Duration delay = base.multipliedBy(1L << Math.min(retry - 1, MAX_DOUBLINGS));
    return delay.compareTo(max) > 0 ? max : delay;
  }

  @Override
  public String toString() {
    return exponential
        ? "JitteredBackoff[exponential from " + base + " up to " + max + ", x0.5-1.5]"
        : "JitteredBackoff[fixed " + base + ", x0.5-1.5]";
  }

  private static double nextRandom() {
    return ThreadLocalRandom.current().nextDouble();
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }
}
