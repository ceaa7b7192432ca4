package io.dynamap.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
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
 * <p>With no region set, the SDK's default region chain applies ({@code AWS_REGION}, the
 * profile); with an endpoint and no region, {@code us-east-1} is used, as local engines ignore it.
 * Credentials come from the SDK's default chain unless given.
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

  private DynamapClients() {}

  /** A builder with the tuned defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and builds a tuned {@link DynamoDbClient}. Every setting has a documented default. */
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

    private Builder() {}

    /** The AWS region; defaults to the SDK's region chain, or {@code us-east-1} with an endpoint. */
    public Builder region(Region region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** An endpoint URL: DynamoDB Local or another DynamoDB-compatible engine. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** Credentials; defaults to the SDK's default credential chain. */
    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** How long opening a connection may take. Default 1 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for data on an open connection. Default 1 s. */
    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = positive(timeout, "socketTimeout");
      return this;
    }

    /** How long one attempt of a call may take. Default 2 s. */
    public Builder apiCallAttemptTimeout(Duration timeout) {
      this.apiCallAttemptTimeout = positive(timeout, "apiCallAttemptTimeout");
      return this;
    }

    /** How long a call may take with all its retries. Default 10 s. */
    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = positive(timeout, "apiCallTimeout");
      return this;
    }

    /** The connection pool's size: at least the number of threads that call concurrently. Default 50. */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /** How long a pooled connection may stay idle before it is closed. Default 30 s. */
    public Builder connectionMaxIdleTime(Duration idleTime) {
      this.connectionMaxIdleTime = positive(idleTime, "connectionMaxIdleTime");
      return this;
    }

    /** Whether TCP keep-alive probes keep idle pooled connections alive. Default on. */
    public Builder tcpKeepAlive(boolean tcpKeepAlive) {
      this.tcpKeepAlive = tcpKeepAlive;
      return this;
    }

    /**
     * Adds an SDK interceptor that sees every call of the client, in the order added: for
     * listeners, metrics, or fault injection in tests.
     */
    public Builder addExecutionInterceptor(ExecutionInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** Builds the client. Close it when done: it owns a connection pool. */
    public DynamoDbClient build() {
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
                      .executionInterceptors(List.copyOf(interceptors))
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
          credentials != null ? credentials : DefaultCredentialsProvider.builder().build());
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
