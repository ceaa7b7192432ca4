package io.dynamap.runtime.client;

import io.dynamap.runtime.listen.CallListener;
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
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;

/**
 * The settings of a tuned DynamoDB client, shared by the blocking builder ({@link
 * DynamapClients#builder()}) and the non-blocking one ({@code DynamapAsyncClients.builder()} in
 * {@code dynamap-async}): written once, so that both clients have the same settings, the same
 * defaults and the same checks. Every setter returns the concrete builder.
 *
 * @param <B> the concrete builder
 */
public abstract class ClientSettings<B extends ClientSettings<B>> {
  private Region region;
  private URI endpoint;
  private AwsCredentialsProvider credentials;
  private Duration connectTimeout = DynamapClients.DEFAULT_CONNECT_TIMEOUT;
  private Duration socketTimeout = DynamapClients.DEFAULT_SOCKET_TIMEOUT;
  private Duration apiCallAttemptTimeout = DynamapClients.DEFAULT_API_CALL_ATTEMPT_TIMEOUT;
  private Duration apiCallTimeout = DynamapClients.DEFAULT_API_CALL_TIMEOUT;
  private int maxConnections = DynamapClients.DEFAULT_MAX_CONNECTIONS;
  private Duration connectionMaxIdleTime = DynamapClients.DEFAULT_CONNECTION_MAX_IDLE_TIME;
  private boolean tcpKeepAlive = true;
  private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
  private Integer maxAttempts;
  private Duration throttleRetryDelay = DynamapClients.DEFAULT_THROTTLE_RETRY_DELAY;
  private Duration errorRetryBaseDelay = DynamapClients.DEFAULT_ERROR_RETRY_BASE_DELAY;
  private Duration errorRetryMaxDelay = DynamapClients.DEFAULT_ERROR_RETRY_MAX_DELAY;
  private boolean retryCircuitBreaker;
  private RetryStatistics retryStatistics;
  private final List<CallListener> listeners = new ArrayList<>();
  private Boolean returnConsumedCapacity;

  /** For the builders of the blocking and the non-blocking client. */
  protected ClientSettings() {}

  @SuppressWarnings("unchecked") // B is the class extending this one
  private B self() {
    return (B) this;
  }

  /**
   * The AWS region; defaults to the SDK's region chain, or {@code us-east-1} with an endpoint.
   *
   * @param region the region; not null
   * @return this builder
   */
  public final B region(Region region) {
    this.region = Objects.requireNonNull(region, "region");
    return self();
  }

  /**
   * An endpoint URL: Dynamap Local or another DynamoDB-compatible engine.
   *
   * @param endpoint the endpoint, such as {@code http://127.0.0.1:8000}; not null
   * @return this builder
   */
  public final B endpoint(URI endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    return self();
  }

  /**
   * Credentials. Default: the SDK's default credential chain; for an endpoint on this machine,
   * credentials from system properties or the environment, else static ones with the access key
   * {@value DynamapClients#LOCAL_ACCESS_KEY} (never the instance metadata service).
   *
   * @param credentials the provider; not null
   * @return this builder
   */
  public final B credentials(AwsCredentialsProvider credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    return self();
  }

  /**
   * How long opening a connection may take. Default 1 s.
   *
   * @param timeout the timeout; positive
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public final B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * How long to wait for data on an open connection (reading and writing). Default 1 s. The async
   * client's CRT HTTP client has no read timeout: there, how long a connection may bring less than
   * a byte per second.
   *
   * @param timeout the timeout; positive
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public final B socketTimeout(Duration timeout) {
    this.socketTimeout = positive(timeout, "socketTimeout");
    return self();
  }

  /**
   * How long one attempt of a call may take, waiting for a connection of the pool included. Default
   * 2 s.
   *
   * @param timeout the timeout; positive
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public final B apiCallAttemptTimeout(Duration timeout) {
    this.apiCallAttemptTimeout = positive(timeout, "apiCallAttemptTimeout");
    return self();
  }

  /**
   * How long a call may take with all its retries. Default 10 s.
   *
   * @param timeout the timeout; positive
   * @return this builder
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public final B apiCallTimeout(Duration timeout) {
    this.apiCallTimeout = positive(timeout, "apiCallTimeout");
    return self();
  }

  /**
   * The connection pool's size: for the blocking client, at least the number of threads that call
   * concurrently; for the async one, the number of calls in flight at once, further calls waiting
   * for a connection. Default 50.
   *
   * @param maxConnections at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code maxConnections} is less than 1
   */
  public final B maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException(
          "maxConnections must be at least 1, was " + maxConnections);
    }
    this.maxConnections = maxConnections;
    return self();
  }

  /**
   * How long a pooled connection may stay idle before it is closed. Default 30 s.
   *
   * @param idleTime the idle time; positive
   * @return this builder
   * @throws IllegalArgumentException if the idle time is zero or negative
   */
  public final B connectionMaxIdleTime(Duration idleTime) {
    this.connectionMaxIdleTime = positive(idleTime, "connectionMaxIdleTime");
    return self();
  }

  /**
   * Whether TCP keep-alive probes keep idle pooled connections alive. Default on.
   *
   * @param tcpKeepAlive {@code true} to send keep-alive probes
   * @return this builder
   */
  public final B tcpKeepAlive(boolean tcpKeepAlive) {
    this.tcpKeepAlive = tcpKeepAlive;
    return self();
  }

  /**
   * Adds an SDK interceptor that sees every call of the client, in the order added: for
   * listeners, metrics, or fault injection in tests.
   *
   * @param interceptor the interceptor; not null
   * @return this builder
   */
  public final B addExecutionInterceptor(ExecutionInterceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
    return self();
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
  public final B maxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    return self();
  }

  /**
   * The nominal delay before each throttling retry (the actual one is 0.5 to 1.5 times it).
   * Default 50 ms.
   *
   * @param delay the delay; positive
   * @return this builder
   * @throws IllegalArgumentException if the delay is zero or negative
   */
  public final B throttleRetryDelay(Duration delay) {
    this.throttleRetryDelay = positive(delay, "throttleRetryDelay");
    return self();
  }

  /**
   * The nominal delay before the first retry after a server error or network failure; it doubles
   * for each further retry, up to {@link #errorRetryMaxDelay}. Default 250 ms.
   *
   * @param delay the delay; positive
   * @return this builder
   * @throws IllegalArgumentException if the delay is zero or negative
   */
  public final B errorRetryBaseDelay(Duration delay) {
    this.errorRetryBaseDelay = positive(delay, "errorRetryBaseDelay");
    return self();
  }

  /**
   * The largest nominal delay before an error retry. Default 2 s.
   *
   * @param delay the delay; positive
   * @return this builder
   * @throws IllegalArgumentException if the delay is zero or negative
   */
  public final B errorRetryMaxDelay(Duration delay) {
    this.errorRetryMaxDelay = positive(delay, "errorRetryMaxDelay");
    return self();
  }

  /**
   * Whether the SDK's retry token bucket may refuse retries once many have failed. Default off:
   * it charges throttling like errors, so one hot partition would switch off retries for every
   * table; see {@link DynamapRetryStrategy}.
   *
   * @param enabled {@code true} to let the token bucket refuse retries
   * @return this builder
   */
  public final B retryCircuitBreaker(boolean enabled) {
    this.retryCircuitBreaker = enabled;
    return self();
  }

  /**
   * Counts this client's retries into the given object (several clients may share one).
   *
   * @param statistics the counters to update; not null
   * @return this builder
   */
  public final B retryStatistics(RetryStatistics statistics) {
    this.retryStatistics = Objects.requireNonNull(statistics, "statistics");
    return self();
  }

  /**
   * Adds a listener that sees every call when it ends: operation, table, latency, attempts,
   * retries, consumed capacity, error. Listeners run in the order added, on the calling thread.
   *
   * @param listener the listener; not null
   * @return this builder
   */
  public final B addListener(CallListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return self();
  }

  /**
   * Whether to ask DynamoDB for the consumed capacity ({@code ReturnConsumedCapacity=TOTAL}) on
   * requests that leave it unset, so listeners see it. Default: on when listeners are added. It
   * costs nothing but a few bytes per response.
   *
   * @param returnConsumedCapacity {@code true} to ask for it, {@code false} never to
   * @return this builder
   */
  public final B returnConsumedCapacity(boolean returnConsumedCapacity) {
    this.returnConsumedCapacity = returnConsumedCapacity;
    return self();
  }

  /**
   * The retry strategy the client gets, from this builder's retry settings.
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
            .maxAttempts(MaxAttempts.resolve(maxAttempts, DynamapClients.DEFAULT_MAX_ATTEMPTS))
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
   * The client's override configuration: the attempt and call timeouts, the retry strategy
   * ({@link #buildRetryStrategy()}), and the interceptors, {@code tracker} first so that each call
   * is bound (for retry counts and log lines) before any other interceptor runs.
   *
   * @param tracker the builder's call tracker, which feeds the listeners
   * @return the configuration
   */
  protected final ClientOverrideConfiguration overrideConfiguration(ExecutionInterceptor tracker) {
    List<ExecutionInterceptor> all = new ArrayList<>();
    all.add(Objects.requireNonNull(tracker, "tracker"));
    all.addAll(interceptors);
    return ClientOverrideConfiguration.builder()
        .apiCallAttemptTimeout(apiCallAttemptTimeout)
        .apiCallTimeout(apiCallTimeout)
        .retryStrategy(buildRetryStrategy())
        .executionInterceptors(all)
        .build();
  }

  /**
   * Gives an SDK client builder the endpoint, the region ({@code us-east-1} for an endpoint given
   * without one) and the credentials ({@link DynamapClients#defaultCredentials} unless set).
   *
   * @param builder the SDK's client builder
   */
  protected final void configureEndpointRegionAndCredentials(AwsClientBuilder<?, ?> builder) {
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    if (region != null) {
      builder.region(region);
    } else if (endpoint != null) {
      builder.region(Region.US_EAST_1);
    }
    builder.credentialsProvider(
        credentials != null ? credentials : DynamapClients.defaultCredentials(endpoint));
  }

  /**
   * The listeners added, in order, for the builder's call tracker.
   *
   * @return the listeners; unmodifiable
   */
  protected final List<CallListener> listeners() {
    return List.copyOf(listeners);
  }

  /**
   * Whether every call asks for its consumed capacity: as set, else when there is a listener.
   *
   * @return true to ask for it
   */
  protected final boolean returnsConsumedCapacity() {
    return returnConsumedCapacity != null ? returnConsumedCapacity : !listeners.isEmpty();
  }

  /**
   * The settings of the HTTP client, for the builder to give its own HTTP client.
   *
   * @return the connect and socket timeouts, the pool's size, the idle time, and keep-alive
   */
  protected final HttpSettings httpSettings() {
    return new HttpSettings(
        connectTimeout, socketTimeout, maxConnections, connectionMaxIdleTime, tcpKeepAlive);
  }

  /**
   * What an HTTP client is given.
   *
   * @param connectTimeout how long opening a connection may take
   * @param socketTimeout how long to wait for data on an open connection
   * @param maxConnections the connection pool's size
   * @param connectionMaxIdleTime how long an idle connection is kept
   * @param tcpKeepAlive whether idle connections send TCP keep-alive probes
   */
  protected record HttpSettings(
      Duration connectTimeout,
      Duration socketTimeout,
      int maxConnections,
      Duration connectionMaxIdleTime,
      boolean tcpKeepAlive) {}

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }
}
