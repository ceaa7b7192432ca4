package io.dynamap.async;

import io.dynamap.runtime.DynamapClients;
import io.dynamap.runtime.listen.CallListener;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.listen.CallTracker;
import io.dynamap.runtime.retry.DynamapRetryStrategy;
import io.dynamap.runtime.retry.RetryStatistics;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Makes a tuned {@link DynamoDbAsyncClient}: the non-blocking counterpart of {@link
 * DynamapClients#builder()}, with the same settings, the same defaults and the same behaviour.
 *
 * <pre>{@code
 * DynamoDbAsyncClient aws = DynamapAsyncClients.builder().region(Region.EU_WEST_1).build();
 * DynamoDbAsyncClient local =
 *     DynamapAsyncClients.builder().endpoint(URI.create("http://localhost:8000")).build();
 * aws.getItem(get -> get.tableName("Orders").key(key))
 *     .thenAccept(response -> ...); // runs on the SDK's threads, never blocks the caller
 * }</pre>
 *
 * <ul>
 *   <li><b>Timeouts</b>: connect 1 s, socket (read and write) 1 s, 2 s per attempt, 10 s per call
 *       with its retries, as {@link DynamapClients}.
 *   <li><b>Connections</b>: a pool of {@value DynamapClients#DEFAULT_MAX_CONNECTIONS}, closed after
 *       30 s idle, with TCP keep-alive. Calls beyond the pool's size wait for a connection, within
 *       their attempt timeout: size the pool to the calls in flight.
 *   <li><b>Retries</b> by {@link DynamapRetryStrategy}: throttling after about 50 ms, server errors
 *       and network failures with exponential backoff from about 250 ms, client errors never; at
 *       most {@value DynamapClients#DEFAULT_MAX_ATTEMPTS} attempts. The waits between attempts are
 *       scheduled, no thread sleeps. A refused connection to an endpoint on this machine fails at
 *       once: nothing is listening there. Pass a {@link RetryStatistics} to count them.
 *   <li><b>Listeners</b> ({@link Builder#addListener}) see every call when it ends, as with the
 *       blocking client (operation, table, latency, attempts, retries, consumed capacity, error),
 *       on the thread that completes the call. {@link CallMetrics} is a ready one.
 *   <li><b>Credentials and region</b> as {@link DynamapClients}: for an endpoint on this machine,
 *       dummy credentials unless some are set ({@link DynamapClients#defaultCredentials}).
 * </ul>
 *
 * <p><b>Threads.</b> The futures the client returns complete on the SDK's completion executor, not
 * on the Netty event loop and never on the caller's thread: callbacks may do a little work there,
 * but anything long belongs on an executor of its own ({@code thenApplyAsync(f, executor)}).
 *
 * <p><b>HTTP client.</b> The SDK's Netty client by default ({@link AsyncHttpClientKind#NETTY}); the
 * AWS CRT client on request ({@link Builder#httpClient}), with {@code
 * software.amazon.awssdk:aws-crt-client} added to the class path.
 *
 * <p>Why Netty: in {@code AsyncClientBenchmark} (benchmarks module; 3,000 PutItem then GetItem
 * calls, 32 in flight, against Dynamap Local in its own JVM; three runs on 2 cores at load 5 to
 * 13) CRT made 2 to 47 % more calls per second than Netty (0.89 to 1.22 times the blocking Apache
 * client, Netty 0.70 to 1.09) and spent 0 to 40 % less client CPU per call. That edge is real but
 * modest beside DynamoDB's own latency, and CRT costs: a 24 MB jar of native libraries for every
 * platform against 4.3 MB of pure Java for Netty; JNI in a GraalVM native image; no read timeout
 * (its throughput monitor counts whole seconds, 2 s at least, so the 1 s socket timeout cannot be
 * honoured); and a refused connection reported as a plain I/O error without its address, so that
 * a call to a local server that is not running is retried five times instead of failing at once
 * with "nothing is listening at localhost:8000". Services whose client CPU is the bottleneck can
 * choose CRT.
 *
 * <p>Close the client when done: it owns a connection pool and event-loop threads.
 */
public final class DynamapAsyncClients {
  private DynamapAsyncClients() {}

  /**
   * A builder with the tuned defaults, those of {@link DynamapClients#builder()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures and builds a tuned {@link DynamoDbAsyncClient}. Every setting has the default of
   * the same setting of {@link DynamapClients.Builder}.
   */
  public static final class Builder {
    /** Holds the retry settings, so that the retry strategy is built as the blocking one is. */
    private final DynamapClients.Builder retries = DynamapClients.builder();

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
    private AsyncHttpClientKind httpClient = AsyncHttpClientKind.NETTY;
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
    private final List<CallListener> listeners = new ArrayList<>();
    private Boolean returnConsumedCapacity;

    private Builder() {}

    /**
     * The AWS region; defaults to the SDK's region chain, or {@code us-east-1} with an endpoint.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(Region region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * An endpoint URL: Dynamap Local or another DynamoDB-compatible engine.
     *
     * @param endpoint the endpoint URL, such as {@code http://localhost:8000}
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      retries.endpoint(endpoint);
      return this;
    }

    /**
     * Credentials. Default: {@link DynamapClients#defaultCredentials} for the endpoint.
     *
     * @param credentials the credentials provider
     * @return this builder
     */
    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Which non-blocking HTTP client carries the calls. Default {@link AsyncHttpClientKind#NETTY}.
     *
     * @param kind {@link AsyncHttpClientKind#NETTY} or {@link AsyncHttpClientKind#CRT}
     * @return this builder
     */
    public Builder httpClient(AsyncHttpClientKind kind) {
      this.httpClient = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * How long opening a connection may take. Default 1 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for data on an open connection (read and write timeout). Default 1 s. With
     * {@link AsyncHttpClientKind#CRT}: how long a connection may bring less than a byte per second.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = positive(timeout, "socketTimeout");
      return this;
    }

    /**
     * How long one attempt of a call may take, waiting for a connection included. Default 2 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder apiCallAttemptTimeout(Duration timeout) {
      this.apiCallAttemptTimeout = positive(timeout, "apiCallAttemptTimeout");
      return this;
    }

    /**
     * How long a call may take with all its retries. Default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = positive(timeout, "apiCallTimeout");
      return this;
    }

    /**
     * The connection pool's size, which is the number of calls in flight at once; further calls
     * wait for a connection. Default 50.
     *
     * @param maxConnections at least 1
     * @return this builder
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
     * @param idleTime a positive duration
     * @return this builder
     */
    public Builder connectionMaxIdleTime(Duration idleTime) {
      this.connectionMaxIdleTime = positive(idleTime, "connectionMaxIdleTime");
      return this;
    }

    /**
     * Whether TCP keep-alive probes keep idle pooled connections alive. Default on.
     *
     * @param tcpKeepAlive true to send keep-alive probes
     * @return this builder
     */
    public Builder tcpKeepAlive(boolean tcpKeepAlive) {
      this.tcpKeepAlive = tcpKeepAlive;
      return this;
    }

    /**
     * Adds an SDK interceptor that sees every call of the client, in the order added. Its hooks
     * run on the SDK's threads, except the first ones of a call, on the calling thread.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder addExecutionInterceptor(ExecutionInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The most attempts a call makes, the first included; 1 turns retries off. Default: {@code
     * aws.maxAttempts}, else {@code AWS_MAX_ATTEMPTS}, else 5.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      retries.maxAttempts(maxAttempts);
      return this;
    }

    /**
     * The nominal delay before each throttling retry (0.5 to 1.5 times it). Default 50 ms.
     *
     * @param delay a positive duration
     * @return this builder
     */
    public Builder throttleRetryDelay(Duration delay) {
      retries.throttleRetryDelay(delay);
      return this;
    }

    /**
     * The nominal delay before the first retry after a server error or network failure, doubling
     * for each further one up to {@link #errorRetryMaxDelay}. Default 250 ms.
     *
     * @param delay a positive duration
     * @return this builder
     */
    public Builder errorRetryBaseDelay(Duration delay) {
      retries.errorRetryBaseDelay(delay);
      return this;
    }

    /**
     * The largest nominal delay before an error retry. Default 2 s.
     *
     * @param delay a positive duration
     * @return this builder
     */
    public Builder errorRetryMaxDelay(Duration delay) {
      retries.errorRetryMaxDelay(delay);
      return this;
    }

    /**
     * Whether the SDK's retry token bucket may refuse retries once many have failed. Default off;
     * see {@link DynamapRetryStrategy}.
     *
     * @param enabled true to let the token bucket refuse retries
     * @return this builder
     */
    public Builder retryCircuitBreaker(boolean enabled) {
      retries.retryCircuitBreaker(enabled);
      return this;
    }

    /**
     * Counts this client's retries into the given object (several clients may share one).
     *
     * @param statistics the counters to update
     * @return this builder
     */
    public Builder retryStatistics(RetryStatistics statistics) {
      retries.retryStatistics(statistics);
      return this;
    }

    /**
     * Adds a listener that sees every call when it ends. Listeners run in the order added, on the
     * thread that completes the call (one of the SDK's), before the call's future completes.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(CallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether to ask DynamoDB for the consumed capacity on requests that leave it unset, so that
     * listeners see it. Default: on when listeners are added.
     *
     * @param returnConsumedCapacity true to ask for the consumed capacity
     * @return this builder
     */
    public Builder returnConsumedCapacity(boolean returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    /**
     * The retry strategy {@link #build()} gives the client: the one {@link
     * DynamapClients.Builder#buildRetryStrategy()} builds from the same settings.
     *
     * @return a new strategy, counting into the {@link #retryStatistics} given, if any
     * @throws IllegalArgumentException if {@code aws.maxAttempts} or {@code AWS_MAX_ATTEMPTS} is
     *     not a whole number of at least 1, or the error delays are out of order
     */
    public DynamapRetryStrategy buildRetryStrategy() {
      return retries.buildRetryStrategy();
    }

    /**
     * Builds the client. Close it when done: it owns a connection pool and threads.
     *
     * @return the client
     * @throws IllegalStateException if {@link AsyncHttpClientKind#CRT} is chosen and {@code
     *     software.amazon.awssdk:aws-crt-client} is not on the class path
     */
    public DynamoDbAsyncClient build() {
      // The tracker comes first so that each call is bound (for retry counts and log lines)
      // before any other interceptor runs.
      List<ExecutionInterceptor> allInterceptors = new ArrayList<>();
      allInterceptors.add(
          CallTracker.forAsyncClient(
              listeners,
              returnConsumedCapacity != null ? returnConsumedCapacity : !listeners.isEmpty()));
      allInterceptors.addAll(interceptors);
      var builder =
          DynamoDbAsyncClient.builder()
              .httpClientBuilder(httpClientBuilder())
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
      builder.credentialsProvider(
          credentials != null ? credentials : DynamapClients.defaultCredentials(endpoint));
      return builder.build();
    }

    private SdkAsyncHttpClient.Builder<?> httpClientBuilder() {
      if (httpClient == AsyncHttpClientKind.CRT) {
        try {
          return CrtHttpClients.builder(
              connectTimeout, socketTimeout, maxConnections, connectionMaxIdleTime, tcpKeepAlive);
        } catch (NoClassDefFoundError missing) {
          throw new IllegalStateException(
              "the CRT HTTP client was chosen but is not on the class path: add the dependency"
                  + " software.amazon.awssdk:aws-crt-client (version from the AWS SDK's BOM), or"
                  + " keep the default AsyncHttpClientKind.NETTY",
              missing);
        }
      }
      return NettyNioAsyncHttpClient.builder()
          .connectionTimeout(connectTimeout)
          .readTimeout(socketTimeout)
          .writeTimeout(socketTimeout)
          .maxConcurrency(maxConnections)
          .connectionMaxIdleTime(connectionMaxIdleTime)
          .useIdleConnectionReaper(true)
          .tcpKeepAlive(tcpKeepAlive);
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
