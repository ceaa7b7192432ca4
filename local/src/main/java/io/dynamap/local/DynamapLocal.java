package io.dynamap.local;

import io.dynamap.local.api.ApiHandler;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.DynamoApi;
import io.dynamap.local.api.Operation;
import io.dynamap.local.api.Operations;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.fault.FaultInjector;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.local.http.HttpFront;
import io.dynamap.local.http.InProcessHttpClient;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Dynamap Local: an in-memory DynamoDB-compatible server, for tests and local development. Starts
 * in milliseconds; reachable over HTTP ({@link #endpoint()}) and in-process through the AWS SDK
 * ({@link #inProcessHttpClient()}), both through the same checks and the same {@linkplain #faults()
 * fault injector}.
 *
 * <pre>{@code
 * try (DynamapLocal local = DynamapLocal.start()) {
 *   DynamoDbClient client =
 *       DynamoDbClient.builder()
 *           .endpointOverride(local.endpoint())
 *           .region(Region.US_EAST_1)
 *           .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
 *           .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Requests must be signed (any secret; signatures are not verified). Each instance has its own
 * tables. Thread-safe. {@link #close()} stops the HTTP front; data is not kept.
 */
public final class DynamapLocal implements AutoCloseable {
  /** The endpoint of an instance without HTTP: a valid URI, never connected to. */
  public static final URI IN_PROCESS_ENDPOINT = URI.create("http://dynamap.local");

  private final Engine engine;
  private final DynamoApi api;
  private final FaultInjector faults;
  private final ApiHandler front;
  private volatile boolean closed;
  private final HttpFront http;
  private final AutoCloseable ttlSweeper;

  private DynamapLocal(Builder builder) {
    this.engine = new Engine(builder.clock, builder.statusTransition);
    List<Operation> operations =
        builder.operations != null ? builder.operations : Operations.all(engine);
    this.api = new DynamoApi(operations, builder.accessKey);
    this.faults = new FaultInjector(builder.faultPlan);
    ApiHandler faulty = faults.wrap(api);
    // A closed instance answers no one, as a stopped server: in-process calls fail as unanswered.
    this.front = request -> closed ? ApiResponse.dropConnection() : faulty.handle(request);
    this.ttlSweeper =
        builder.ttlSweepInterval != null ? engine.startTtlSweeper(builder.ttlSweepInterval) : null;
    this.http =
        builder.http
            ? HttpFront.start(front, builder.bindAddress, builder.port, builder.threads)
            : null;
  }

  /** Starts an instance with HTTP on a free port of the loopback address, accepting any key. */
  public static DynamapLocal start() {
    return builder().start();
  }

  /** A builder: by default HTTP on a free loopback port, any access key, no faults drawn. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where clients send requests: {@code http://127.0.0.1:<port>}, or {@link #IN_PROCESS_ENDPOINT}
   * without HTTP (for {@link #inProcessHttpClient()} only).
   */
  public URI endpoint() {
    return http != null ? http.endpoint() : IN_PROCESS_ENDPOINT;
  }

  /** Whether the HTTP front runs. */
  public boolean hasHttp() {
    return http != null;
  }

  /**
   * An SDK HTTP client that hands requests to this instance without a socket, for {@code
   * DynamoDbClient.builder().httpClient(...)}. Closing it does not close this instance.
   */
  public SdkHttpClient inProcessHttpClient() {
    return new InProcessHttpClient(front);
  }

  /**
   * An in-process SDK HTTP client that bypasses the fault injector: its requests get no faults and
   * are not counted in {@link FaultInjector#requests()}. For tests that check what a faulty client
   * really wrote, without disturbing the faults' sequence or counts.
   */
  public SdkHttpClient directHttpClient() {
    return new InProcessHttpClient(
        request -> closed ? ApiResponse.dropConnection() : api.handle(request));
  }

  /** The fault injector of both fronts: queue faults, replace the plan, read the log. */
  public FaultInjector faults() {
    return faults;
  }

  /** The engine holding this instance's tables. */
  public Engine engine() {
    return engine;
  }

  /**
   * Deletes the items whose time to live has passed, by the clock, as DynamoDB's background sweep
   * eventually does; returns how many. Nothing is swept unless this is called.
   */
  public int sweepExpiredItems() {
    return engine.sweepExpiredItems();
  }

  /** The dispatch, without faults: for embedding in another front. */
  public DynamoApi api() {
    return api;
  }

  /**
   * Stops the HTTP front and frees its port and threads; in-process clients' calls fail from then
   * on with an {@link java.io.IOException}. Calling it again does nothing.
   */
  @Override
  public void close() {
    closed = true;
    if (ttlSweeper != null) {
      try {
        ttlSweeper.close();
      } catch (Exception e) {
        // Stopping a scheduler does not fail; nothing to do if it did.
      }
    }
    if (http != null) {
      http.close();
    }
  }

  @Override
  public String toString() {
    return "DynamapLocal[" + endpoint() + "]";
  }

  /** Configures and starts a {@link DynamapLocal}. */
  public static final class Builder {
    private boolean http = true;
    private int port;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int threads = HttpFront.DEFAULT_THREADS;
    private String accessKey;
    private FaultPlan faultPlan = FaultPlan.none();
    private Duration statusTransition = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private List<Operation> operations;
    private Duration ttlSweepInterval;

    private Builder() {}

    /** Whether to serve HTTP. Default true; without, only {@link #inProcessHttpClient()} serves. */
    public Builder http(boolean http) {
      this.http = http;
      return this;
    }

    /** The HTTP port, or 0 (default) for a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on. Default: loopback, unreachable from other machines. A wildcard
     * address ({@code 0.0.0.0}) serves every interface, with no authentication worth the name.
     */
    public Builder bindAddress(InetAddress bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /** How many HTTP requests are served at once. Default {@link HttpFront#DEFAULT_THREADS}. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Accepts only requests signed with this access key id; others get {@code
     * UnrecognizedClientException}. Default: any. Signatures are not verified either way.
     */
    public Builder accessKey(String accessKey) {
      this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
      return this;
    }

    /** The fault plan to start with. Default {@link FaultPlan#none()}. */
    public Builder faults(FaultPlan plan) {
      this.faultPlan = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /**
     * How long a table or index stays CREATING, UPDATING or DELETING after the request that started
     * the change. Default zero: the answer to {@code CreateTable} or {@code UpdateTable} says
     * CREATING or UPDATING, as DynamoDB's does, and the next {@code DescribeTable} finds the change
     * done, so that waiters (the SDK's polls every 20 s) never wait. Longer, clients can watch the
     * transition.
     */
    public Builder statusTransition(Duration statusTransition) {
      Objects.requireNonNull(statusTransition, "statusTransition");
      if (statusTransition.isNegative()) {
        throw new IllegalArgumentException(
            "statusTransition must not be negative: " + statusTransition);
      }
      this.statusTransition = statusTransition;
      return this;
    }

    /** The clock of the engine (item expiry, timestamps). Default: the system's, in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Deletes expired items (time to live) in the background, every {@code interval}. Default: no
     * background sweep; {@link DynamapLocal#sweepExpiredItems()} sweeps when a test says so.
     */
    public Builder ttlSweep(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive, was " + interval);
      }
      this.ttlSweepInterval = interval;
      return this;
    }

    /** Serves these operations instead of the engine's: for testing the fronts. */
    Builder operations(List<Operation> operations) {
      this.operations = List.copyOf(operations);
      return this;
    }

    /**
     * Starts the instance.
     *
     * @throws java.io.UncheckedIOException if the HTTP port cannot be bound
     */
    public DynamapLocal start() {
      return new DynamapLocal(this);
    }
  }
}
