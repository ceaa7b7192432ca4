package io.dynamap.async;

import io.dynamap.runtime.client.ClientSettings;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.listen.CallTracker;
import io.dynamap.runtime.retry.DynamapRetryStrategy;
import io.dynamap.runtime.retry.RetryStatistics;
import java.util.Objects;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
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
   * Configures and builds a tuned {@link DynamoDbAsyncClient}: the settings of the blocking
   * builder ({@link ClientSettings}, the same defaults and checks), and the HTTP client.
   */
  public static final class Builder extends ClientSettings<Builder> {
    private AsyncHttpClientKind httpClient = AsyncHttpClientKind.NETTY;

    private Builder() {}

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
     * Builds the client. Close it when done: it owns a connection pool and threads.
     *
     * @return the client
     * @throws IllegalStateException if {@link AsyncHttpClientKind#CRT} is chosen and {@code
     *     software.amazon.awssdk:aws-crt-client} is not on the class path
     */
    public DynamoDbAsyncClient build() {
      var builder =
          DynamoDbAsyncClient.builder()
              .httpClientBuilder(httpClientBuilder(httpSettings()))
              .overrideConfiguration(
                  overrideConfiguration(
                      CallTracker.forAsyncClient(listeners(), returnsConsumedCapacity())));
      configureEndpointRegionAndCredentials(builder);
      return builder.build();
    }

    private SdkAsyncHttpClient.Builder<?> httpClientBuilder(HttpSettings settings) {
      if (httpClient == AsyncHttpClientKind.CRT) {
        try {
          return CrtHttpClients.builder(
              settings.connectTimeout(),
              settings.socketTimeout(),
              settings.maxConnections(),
              settings.connectionMaxIdleTime(),
              settings.tcpKeepAlive());
        } catch (NoClassDefFoundError missing) {
          throw new IllegalStateException(
              "the CRT HTTP client was chosen but is not on the class path: add the dependency"
                  + " software.amazon.awssdk:aws-crt-client (version from the AWS SDK's BOM), or"
                  + " keep the default AsyncHttpClientKind.NETTY",
              missing);
        }
      }
      return NettyNioAsyncHttpClient.builder()
          .connectionTimeout(settings.connectTimeout())
          .readTimeout(settings.socketTimeout())
          .writeTimeout(settings.socketTimeout())
          .maxConcurrency(settings.maxConnections())
          .connectionMaxIdleTime(settings.connectionMaxIdleTime())
          .useIdleConnectionReaper(true)
          .tcpKeepAlive(settings.tcpKeepAlive());
    }
  }
}
