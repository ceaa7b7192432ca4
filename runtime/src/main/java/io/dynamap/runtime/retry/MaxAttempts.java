package io.dynamap.runtime.retry;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Resolves how many attempts a call may make, the way the AWS SDKs do: a value set in code wins,
 * then the system property {@code aws.maxAttempts}, then the environment variable {@code
 * AWS_MAX_ATTEMPTS}, then the default. (The {@code max_attempts} setting of AWS profile files is
 * not read.)
 *
 * <p>The lookups are parameters so that the order can be tested without changing the environment.
 */
public final class MaxAttempts {
  /** The environment variable the AWS SDKs read the attempt count from. */
  public static final String ENVIRONMENT_VARIABLE = "AWS_MAX_ATTEMPTS";

  /** The system property the AWS SDK for Java reads the attempt count from. */
  public static final String SYSTEM_PROPERTY = "aws.maxAttempts";

  private MaxAttempts() {}

  /**
   * {@link #resolve(Integer, int, UnaryOperator, UnaryOperator)} on this JVM's system properties
   * and environment.
   *
   * @param configured the value set in code, or {@code null} to look at the system property and
   *     then the environment
   * @param defaultValue used when nothing is set
   * @return the attempts each call may make in all, at least 1 (1 means no retries)
   * @throws IllegalArgumentException if the value in force is not a whole number of at least 1; the
   *     message names where it came from
   */
  public static int resolve(Integer configured, int defaultValue) {
    return resolve(configured, defaultValue, System::getProperty, System::getenv);
  }

  /**
   * The attempt count.
   *
   * @param configured the value set in code, or {@code null}
   * @param defaultValue used when nothing is set
   * @param systemProperties looks up a system property, returning {@code null} when unset
   * @param environment looks up an environment variable, returning {@code null} when unset
   * @return the attempts each call may make in all, at least 1 (1 means no retries)
   * @throws IllegalArgumentException if the value in force is not a whole number of at least 1; the
   *     message names where it came from
   */
  public static int resolve(
      Integer configured,
      int defaultValue,
      UnaryOperator<String> systemProperties,
      UnaryOperator<String> environment) {
    Objects.requireNonNull(systemProperties, "systemProperties");
    Objects.requireNonNull(environment, "environment");
    if (configured != null) {
      return check(configured, "maxAttempts");
    }
    String property = systemProperties.apply(SYSTEM_PROPERTY);
    if (property != null && !property.isBlank()) {
      return parse(property, "system property " + SYSTEM_PROPERTY);
    }
    String variable = environment.apply(ENVIRONMENT_VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return parse(variable, "environment variable " + ENVIRONMENT_VARIABLE);
    }
    return check(defaultValue, "default maxAttempts");
  }

  private static int parse(String value, String source) {
    int attempts;
    try {
      attempts = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          source + " must be a whole number of attempts, at least 1, but was '" + value + "'", e);
    }
    return check(attempts, source);
  }

  private static int check(int attempts, String source) {
    if (attempts < 1) {
      throw new IllegalArgumentException(
          source + " must be at least 1 (one attempt, no retries), but was " + attempts);
    }
    return attempts;
  }
}
