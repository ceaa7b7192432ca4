package io.dynamap.runtime.waiter;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * How a {@link TableWaiter} waits: how often it asks for the table's status, and how long it
 * waits in all before giving up.
 *
 * @param pollInterval the time between two {@code DescribeTable} calls
 * @param timeout the longest wait; the waiter gives up rather than poll past it
 */
public record WaitPolicy(Duration pollInterval, Duration timeout) {
  /**
   * For DynamoDB in AWS: the SDK's own {@code DynamoDbWaiter} defaults, a poll every 20 s, 25
   * polls (500 s). Tables and indexes take seconds to minutes there, and {@code DescribeTable} is
   * limited to a few calls per second per account.
   */
  public static final WaitPolicy AWS = new WaitPolicy(Duration.ofSeconds(20), Duration.ofSeconds(500));

  /**
   * For Dynamap Local and other engines on this machine, where tables change state at once: a
   * poll every 50 ms, for up to 30 s.
   */
  public static final WaitPolicy LOCAL = new WaitPolicy(Duration.ofMillis(50), Duration.ofSeconds(30));

  /**
   * Checks both durations.
   *
   * @param pollInterval the time between two {@code DescribeTable} calls
   * @param timeout the longest wait
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if either is zero or negative
   */
  public WaitPolicy {
    positive(pollInterval, "pollInterval");
    positive(timeout, "timeout");
  }

  /**
   * {@link #LOCAL} for a client whose endpoint is on this machine ({@code localhost}, {@code
   * 127.x.x.x} or {@code [::1]}), else {@link #AWS}. Judged from the endpoint's host name alone,
   * without name lookups.
   *
   * @param client the client whose endpoint override decides; not null
   * @return {@link #LOCAL} or {@link #AWS}, never null
   */
  public static WaitPolicy forClient(DynamoDbClient client) {
    Objects.requireNonNull(client, "client");
    return client.serviceClientConfiguration().endpointOverride().filter(WaitPolicy::isLoopback).isPresent()
        ? LOCAL
        : AWS;
  }

  /**
   * {@link #LOCAL} for an asynchronous client whose endpoint is on this machine, else {@link
   * #AWS}, as {@link #forClient(DynamoDbClient)} judges a blocking one.
   *
   * @param client the client whose endpoint override decides; not null
   * @return {@link #LOCAL} or {@link #AWS}, never null
   */
  public static WaitPolicy forClient(DynamoDbAsyncClient client) {
    Objects.requireNonNull(client, "client");
    return client.serviceClientConfiguration().endpointOverride().filter(WaitPolicy::isLoopback).isPresent()
        ? LOCAL
        : AWS;
  }

  /**
   * This policy with another poll interval.
   *
   * @param pollInterval the new time between two {@code DescribeTable} calls; positive
   * @return a new policy with this policy's timeout
   */
  public WaitPolicy withPollInterval(Duration pollInterval) {
    return new WaitPolicy(pollInterval, timeout);
  }

  /**
   * This policy with another timeout.
   *
   * @param timeout the new longest wait; positive
   * @return a new policy with this policy's poll interval
   */
  public WaitPolicy withTimeout(Duration timeout) {
    return new WaitPolicy(pollInterval, timeout);
  }

  /**
   * Whether {@code endpoint} names this machine: {@code localhost}, {@code 127.x.x.x} or {@code
   * [::1]}.
   *
   * @param endpoint an endpoint URI; one without a host is not this machine
   * @return {@code true} for a loopback host name or address, judged without name lookups
   */
  public static boolean isLoopback(URI endpoint) {
    String host = endpoint.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.equals("[::1]")
        || host.equals("::1")
        || host.matches("127(\\.\\d{1,3}){3}");
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
