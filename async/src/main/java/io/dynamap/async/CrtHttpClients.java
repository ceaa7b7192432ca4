package io.dynamap.async;

import java.time.Duration;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.crt.TcpKeepAliveConfiguration;

/**
 * Builds the CRT client. Kept apart from {@link DynamapAsyncClients}, and returning only SDK
 * interfaces, so that the optional {@code aws-crt-client} jar is loaded only when it is chosen.
 */
final class CrtHttpClients {
  /** How often an idle connection is probed when TCP keep-alive is on. */
  static final Duration KEEP_ALIVE_INTERVAL = Duration.ofSeconds(15);

  /** How long a keep-alive probe may wait for its answer. */
  static final Duration KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(5);

  /** The shortest window CRT's throughput monitor accepts; it counts in whole seconds. */
  static final Duration MIN_HEALTH_WINDOW = Duration.ofSeconds(2);

  private CrtHttpClients() {}

  /** The socket timeout as CRT's monitor can apply it: whole seconds, at least two. */
  static Duration healthWindow(Duration socketTimeout) {
    long seconds = (socketTimeout.toMillis() + 999) / 1000;
    return Duration.ofSeconds(Math.max(MIN_HEALTH_WINDOW.toSeconds(), seconds));
  }

  static SdkAsyncHttpClient.Builder<?> builder(
      Duration connectTimeout,
      Duration socketTimeout,
      int maxConnections,
      Duration connectionMaxIdleTime,
      boolean tcpKeepAlive) {
    AwsCrtAsyncHttpClient.Builder crt =
        AwsCrtAsyncHttpClient.builder()
            .connectionTimeout(connectTimeout)
            .maxConcurrency(maxConnections)
            .connectionMaxIdleTime(connectionMaxIdleTime)
            // CRT has no read timeout; a connection below 1 byte/s for that long is cut instead.
            .connectionHealthConfiguration(
                health ->
                    health
                        .minimumThroughputInBps(1L)
                        .minimumThroughputTimeout(healthWindow(socketTimeout)));
    if (tcpKeepAlive) {
      crt.tcpKeepAliveConfiguration(
          TcpKeepAliveConfiguration.builder()
              .keepAliveInterval(KEEP_ALIVE_INTERVAL)
              .keepAliveTimeout(KEEP_ALIVE_TIMEOUT)
              .build());
    }
    return crt;
  }
}
