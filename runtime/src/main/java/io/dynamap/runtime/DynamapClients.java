package io.dynamap.runtime;

import io.dynamap.runtime.listen.CallListener;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.listen.CallTracker;
import io.dynamap.runtime.retry.DynamapRetryStrategy;
import io.dynamap.runtime.retry.JitteredBackoff;
import io.dynamap.runtime.retry.MaxAttempts;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
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
  public static final class Builder {
    private Region region;
    private URI endpoint;
    private AwsCredentialsProvider credentials;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration socketTimeout = DEFAULT_SOCKET_TIMEOUT;
    private Duration apiCallAttemptTimeout = DEFAULT_API_CALL_ATTEMPT_TIMEOUT;
    private Duration apiCallTimeout = DEFAULT_API_CALL_TIMEOUT;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private Duration connectionMaxIdleTime = DEFAULT_CONNECTION_MAX_IDLE_TIME;
    private boolean tcpKeepAlive = true;
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
    private Integer maxAttempts;
    private Duration throttleRetryDelay = DEFAULT_THROTTLE_RETRY_DELAY;
    private Duration errorRetryBaseDelay = DEFAULT_ERROR_RETRY_BASE_DELAY;
    private Duration errorRetryMaxDelay = DEFAULT_ERROR_RETRY_MAX_DELAY;
    private boolean retryCircuitBreaker;
    private RetryStatistics retryStatistics;
    private final List<CallListener> listeners = new ArrayList<>();
    private Boolean returnConsumedCapacity;

    private Builder() {}

    /**
     * The AWS region; defaults to the SDK's region chain, or {@code us-east-1} with an endpoint.
     *
     * @param region the region; not null
     * @return this builder
     */
    public Builder region(Region region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * An endpoint URL: Dynamap Local or another DynamoDB-compatible engine.
     *
     * @param endpoint the endpoint, such as {@code http://127.0.0.1:8000}; not null
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Credentials. Default: the SDK's default credential chain; for an endpoint on this machine,
     * credentials from system properties or the environment, else static ones with the access key
     * {@value DynamapClients#LOCAL_ACCESS_KEY} (never the instance metadata service).
     *
     * @param credentials the provider; not null
     * @return this builder
     */
    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * How long opening a connection may take. Default 1 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for data on an open connection. Default 1 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = positive(timeout, "socketTimeout");
      return this;
    }

    /**
     * How long one attempt of a call may take. Default 2 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder apiCallAttemptTimeout(Duration timeout) {
      this.apiCallAttemptTimeout = positive(timeout, "apiCallAttemptTimeout");
      return this;
    }

    /**
     * How long a call may take with all its retries. Default 10 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = positive(timeout, "apiCallTimeout");
      return this;
    }

    /**
     * The connection pool's size: at least the number of threads that call concurrently. Default
     * 50.
     *
     * @param maxConnections at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxConnections} is less than 1
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException(
            "maxConnections must be at least 1, was " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * How long a pooled connection may stay idle before it is closed. Default 30 s.
     *
     * @param idleTime the idle time; positive
     * @return this builder
     * @throws IllegalArgumentException if the idle time is zero or negative
     */
    public Builder connectionMaxIdleTime(Duration idleTime) {
      this.connectionMaxIdleTime = positive(idleTime, "connectionMaxIdleTime");
      return this;
    }

    /**
     * Whether TCP keep-alive probes keep idle pooled connections alive. Default on.
     *
     * @param tcpKeepAlive {@code true} to send keep-alive probes
     * @return this builder
     */
    public Builder tcpKeepAlive(boolean tcpKeepAlive) {
      this.tcpKeepAlive = tcpKeepAlive;
      return this;
    }

    /**
     * Adds an SDK interceptor that sees every call of the client, in the order added: for
     * listeners, metrics, or fault injection in tests.
     *
     * @param interceptor the interceptor; not null
     * @return this builder
     */
    public Builder addExecutionInterceptor(ExecutionInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The most attempts a call makes, the first included; 1 turns retries off. Default: the system
     * property {@code aws.maxAttempts}, else the environment variable {@code AWS_MAX_ATTEMPTS},
     * else 5.
     *
     * @param maxAttempts at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The nominal delay before each throttling retry (the actual one is 0.5 to 1.5 times it).
     * Default 50 ms.
     *
     * @param delay the delay; positive
     * @return this builder
     * @throws IllegalArgumentException if the delay is zero or negative
     */
    public Builder throttleRetryDelay(Duration delay) {
      this.throttleRetryDelay = positive(delay, "throttleRetryDelay");
      return this;
    }

    /**
     * The nominal delay before the first retry after a server error or network failure; it doubles
     * for each further retry, up to {@link #errorRetryMaxDelay}. Default 250 ms.
     *
     * @param delay the delay; positive
     * @return this builder
     * @throws IllegalArgumentException if the delay is zero or negative
     */
    public Builder errorRetryBaseDelay(Duration delay) {
      this.errorRetryBaseDelay = positive(delay, "errorRetryBaseDelay");
      return this;
    }

    /**
     * The largest nominal delay before an error retry. Default 2 s.
     *
     * @param delay the delay; positive
     * @return this builder
     * @throws IllegalArgumentException if the delay is zero or negative
     */
    public Builder errorRetryMaxDelay(Duration delay) {
      this.errorRetryMaxDelay = positive(delay, "errorRetryMaxDelay");
      return this;
    }

    /**
     * Whether the SDK's retry token bucket may refuse retries once many have failed. Default off:
     * it charges throttling like errors, so one hot partition would switch off retries for every
     * table; see {@link DynamapRetryStrategy}.
     *
     * @param enabled {@code true} to let the token bucket refuse retries
     * @return this builder
     */
    public Builder retryCircuitBreaker(boolean enabled) {
      this.retryCircuitBreaker = enabled;
      return this;
    }

    /**
     * Counts this client's retries into the given object (several clients may share one).
     *
     * @param statistics the counters to update; not null
     * @return this builder
     */
    public Builder retryStatistics(RetryStatistics statistics) {
      this.retryStatistics = Objects.requireNonNull(statistics, "statistics");
      return this;
    }

    /**
     * Adds a listener that sees every call when it ends: operation, table, latency, attempts,
     * retries, consumed capacity, error. Listeners run in the order added, on the calling thread.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder addListener(CallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether to ask DynamoDB for the consumed capacity ({@code ReturnConsumedCapacity=TOTAL}) on
     * requests that leave it unset, so listeners see it. Default: on when listeners are added. It
     * costs nothing but a few bytes per response.
     *
     * @param returnConsumedCapacity {@code true} to ask for it, {@code false} never to
     * @return this builder
     */
    public Builder returnConsumedCapacity(boolean returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    /**
     * The retry strategy {@link #build()} gives the client, from this builder's retry settings.
     *
     * @return a new strategy; each call makes another
     * @throws IllegalArgumentException if {@code aws.maxAttempts} or {@code AWS_MAX_ATTEMPTS} is
     *     not a whole number of at least 1, or the error delays are out of order
     */
    public DynamapRetryStrategy buildRetryStrategy() {
      if (errorRetryMaxDelay.compareTo(errorRetryBaseDelay) < 0) {
        throw new IllegalArgumentException(
            "errorRetryMaxDelay "
                + errorRetryMaxDelay
                + " is shorter than errorRetryBaseDelay "
                + errorRetryBaseDelay);
      }
      DynamapRetryStrategy.Builder strategy =
          DynamapRetryStrategy.builder()
              .maxAttempts(MaxAttempts.resolve(maxAttempts, DEFAULT_MAX_ATTEMPTS))
              .throttlingBackoffStrategy(JitteredBackoff.fixed(throttleRetryDelay))
              .backoffStrategy(JitteredBackoff.exponential(errorRetryBaseDelay, errorRetryMaxDelay))
              .circuitBreaker(retryCircuitBreaker)
              // On this machine a refused connection means nothing is listening: say so at once.
              .refusedConnectionsFinal(endpoint != null && WaitPolicy.isLoopback(endpoint));
      if (retryStatistics != null) {
        strategy.statistics(retryStatistics);
      }
      return strategy.build();
    }

    /**
     * Builds the client. Close it when done: it owns a connection pool.
     *
     * @return a new client, thread-safe, to be shared and closed when done
     */
    public DynamoDbClient build() {
      // The tracker comes first so that each call is bound (for retry counts and log lines)
      // before any other interceptor runs.
      List<ExecutionInterceptor> allInterceptors = new ArrayList<>();
      allInterceptors.add(
          new CallTracker(
              listeners,
              returnConsumedCapacity != null ? returnConsumedCapacity : !listeners.isEmpty()));
      allInterceptors.addAll(interceptors);
      var http =
          ApacheHttpClient.builder()
              .connectionTimeout(connectTimeout)
              .socketTimeout(socketTimeout)
              .maxConnections(maxConnections)
              .connectionMaxIdleTime(connectionMaxIdleTime)
              .useIdleConnectionReaper(true)
              .tcpKeepAlive(tcpKeepAlive);
      var builder =
          DynamoDbClient.builder()
              .httpClientBuilder(http)
              .overrideConfiguration(
                  ClientOverrideConfiguration.builder()
                      .apiCallAttemptTimeout(apiCallAttemptTimeout)
                      .apiCallTimeout(apiCallTimeout)
                      .retryStrategy(buildRetryStrategy())
                      .executionInterceptors(allInterceptors)
                      .build());
      if (endpoint != null) {
        builder.endpointOverride(endpoint);
      }
      if (region != null) {
        builder.region(region);
      } else if (endpoint != null) {
        builder.region(Region.US_EAST_1);
      }
      builder.credentialsProvider(credentials != null ? credentials : defaultCredentials(endpoint));
      return builder.build();
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }
  }
}
