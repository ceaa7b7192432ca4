package io.dynamap.runtime.client;

import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.listen.CallTracker;
import io.dynamap.runtime.retry.DynamapRetryStrategy;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Makes the {@link DynamoDbClient} that repositories use, with defaults tuned for DynamoDB: short
 * timeouts (a DynamoDB call normally answers in milliseconds, so a stuck connection is better cut
 * and retried than waited for), TCP keep-alive, and a connection pool sized for many threads.
 *
 * <pre>{@code
 * DynamoDbClient aws = DynamapClients.builder().region(Region.EU_WEST_1).build();
 * DynamoDbClient local = DynamapClients.builder().endpoint(URI.create("http://localhost:8000")).build();
 * }</pre>
 *
 * <p>With no region set, the SDK's default region chain applies ({@code AWS_REGION}, the profile);
 * with an endpoint and no region, {@code us-east-1} is used, as local engines ignore it.
 * Credentials come from the SDK's default chain unless given.
 *
 * <p><b>Retries</b> follow {@link DynamapRetryStrategy}: throttling is retried after about 50 ms
 * (jittered, no growth), server errors and network failures with jittered exponential backoff from
 * about 250 ms, client errors never; at most {@value DynamapRetryStrategy#DEFAULT_MAX_ATTEMPTS}
 * attempts unless {@link Builder#maxAttempts} or {@code AWS_MAX_ATTEMPTS} says otherwise. Pass a
 * {@link RetryStatistics} to read the counts.
 *
 * <p><b>Listeners</b> ({@link Builder#addListener}) see every call when it ends: operation, table,
 * latency, attempts, retries, consumed capacity and error. {@link CallMetrics} is a ready one.
 *
 * <pre>{@code
 * RetryStatistics retries = new RetryStatistics();
 * CallMetrics metrics = new CallMetrics();
 * DynamoDbClient client =
 *     DynamapClients.builder()
 *         .region(Region.EU_WEST_1)
 *         .maxAttempts(8)
 *         .retryStatistics(retries)
 *         .addListener(metrics)
 *         .build();
 * }</pre>
 */
public final class DynamapClients {
  /** Connecting to DynamoDB takes milliseconds; a second means the host is unreachable. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);

  /** Most DynamoDB calls answer well within a second; a longer wait is a stuck connection. */
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(1);

  /** One attempt, connection included, may take this long before it is retried. */
  public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

  /** A whole call, all retries included, may take this long. */
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(10);

  /** The SDK's default of 10 makes threads queue for connections under ordinary load. */
  public static final int DEFAULT_MAX_CONNECTIONS = 50;

  /** Idle connections are closed after this long, before a load balancer silently drops them. */
  public static final Duration DEFAULT_CONNECTION_MAX_IDLE_TIME = Duration.ofSeconds(30);

  /**
   * Attempts per call, the first included: a throttling burst is ridden out in about 200 ms, and
   * four error retries (about 0.25 + 0.5 + 1 + 2 s) fit within the total call timeout.
   */
  public static final int DEFAULT_MAX_ATTEMPTS = DynamapRetryStrategy.DEFAULT_MAX_ATTEMPTS;

  /**
   * The access key id a client of an endpoint on this machine signs with when no credentials are
   * configured (see {@link Builder#credentials}).
   */
  public static final String LOCAL_ACCESS_KEY = "dynamap-local";

  private static final String LOCAL_SECRET_KEY = "local";

  /** DynamoDB throttles a partition for a moment; waiting longer than this only adds latency. */
  public static final Duration DEFAULT_THROTTLE_RETRY_DELAY =
      DynamapRetryStrategy.DEFAULT_THROTTLE_DELAY;

  /**
   * Server errors last longer than throttling, and quick retries pile onto a struggling endpoint.
   */
  public static final Duration DEFAULT_ERROR_RETRY_BASE_DELAY =
      DynamapRetryStrategy.DEFAULT_ERROR_BASE_DELAY;

  /** The error backoff stops doubling here, so that a retry still fits in the call's budget. */
  public static final Duration DEFAULT_ERROR_RETRY_MAX_DELAY =
      DynamapRetryStrategy.DEFAULT_ERROR_MAX_DELAY;

  private DynamapClients() {}

  /**
   * The credentials a client of {@code endpoint} signs with when none are configured: the SDK's
   * default chain, except for an endpoint on this machine (Dynamap Local, another emulator):
   * there, credentials from system properties or the environment if set, else static dummy ones
   * with the access key {@value #LOCAL_ACCESS_KEY}, and never the instance metadata service, which
   * is slow to time out off EC2 and pointless for a local server.
   *
   * @param endpoint the endpoint the client calls, or {@code null} for AWS's own
   * @return the credentials provider
   */
  public static AwsCredentialsProvider defaultCredentials(URI endpoint) {
    if (endpoint == null || !WaitPolicy.isLoopback(endpoint)) {
      return DefaultCredentialsProvider.builder().build();
    }
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            SystemPropertyCredentialsProvider.create(),
            EnvironmentVariableCredentialsProvider.create(),
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCAL_ACCESS_KEY, LOCAL_SECRET_KEY)))
        .build();
  }

  /**
   * A builder with the tuned defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures and builds a tuned {@link DynamoDbClient}. Every setting has a documented default.
   */
  public static final class Builder extends ClientSettings<Builder> {
    private Builder() {}

    /**
     * Builds the client. Close it when done: it owns a connection pool.
     *
     * @return a new client, thread-safe, to be shared and closed when done
     */
    public DynamoDbClient build() {
      HttpSettings settings = httpSettings();
      var http =
          ApacheHttpClient.builder()
              .connectionTimeout(settings.connectTimeout())
              .socketTimeout(settings.socketTimeout())
              .maxConnections(settings.maxConnections())
              .connectionMaxIdleTime(settings.connectionMaxIdleTime())
              .useIdleConnectionReaper(true)
              .tcpKeepAlive(settings.tcpKeepAlive());
      var builder =
          DynamoDbClient.builder()
              .httpClientBuilder(http)
              .overrideConfiguration(
                  overrideConfiguration(new CallTracker(listeners(), returnsConsumedCapacity())));
      configureEndpointRegionAndCredentials(builder);
      return builder.build();
    }
  }
}
