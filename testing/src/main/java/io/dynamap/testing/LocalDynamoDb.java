package io.dynamap.testing;

import io.dynamap.local.DynamapLocal;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Dynamap Local running in this JVM: an in-memory DynamoDB reached over HTTP on a free loopback
 * port, for tests.
 *
 * <pre>{@code
 * DynamoDbClient client = LocalDynamoDb.shared().client();
 *
 * try (LocalDynamoDb db = LocalDynamoDb.start()) { // a private server, stopped by close()
 *   db.client().listTables();
 * }
 * }</pre>
 *
 * <p>Most tests want {@link #shared()}: one server per JVM, started on first use (in milliseconds)
 * and stopped when the JVM exits. Tests that share it should create their own tables, as {@link
 * TestTables} does. {@link #start()} gives a private server, for tests that need an empty database
 * or want to stop one. {@link #withFaults} opens a second endpoint on the same tables that injects
 * faults.
 *
 * <p>The server ({@link DynamapLocal}, module {@code dynamap-local}) keeps everything in memory,
 * listens on the loopback address only, and accepts only requests signed with the access key of
 * {@link #client()} ({@value #ACCESS_KEY}), so that a test server on a shared machine is not an
 * open database. It prints nothing and leaves no thread behind once closed.
 */
public final class LocalDynamoDb implements AutoCloseable {
  /**
   * The access key id the servers accept, and their clients sign with: the one {@link
   * DynamapClients} signs with for a loopback endpoint when no credentials are configured.
   */
  public static final String ACCESS_KEY = DynamapClients.LOCAL_ACCESS_KEY;

  private static final AwsCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "local"));

  private static final Object SHARED_LOCK = new Object();
  private static LocalDynamoDb shared;

  private final DynamapLocal server;
  private final DynamoDbClient client;
  private final boolean isShared;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private LocalDynamoDb(DynamapLocal server, boolean isShared) {
    this.server = server;
    this.client = buildClient(server.endpoint());
    this.isShared = isShared;
  }

  /**
   * The server shared by every test in this JVM, started on the first call and stopped by a JVM
   * shutdown hook. Calling {@link #close()} on it does nothing.
   *
   * <p>Its HTTP server's threads keep the JVM alive: test runners (Maven Surefire, Gradle, IDEs)
   * end with {@code System.exit} and are unaffected, but a program that ends by returning from
   * {@code main} would never exit. Such programs should use {@link #start()} and close the server.
   *
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static LocalDynamoDb shared() {
    synchronized (SHARED_LOCK) {
      if (shared == null) {
        LocalDynamoDb instance = launch(true);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(instance::stop, "dynamap-local-shutdown"));
        shared = instance;
      }
      return shared;
    }
  }

  /**
   * Starts a new private server on its own port. The caller stops it with {@link #close()}.
   *
   * @throws java.io.UncheckedIOException if no loopback port can be bound
   */
  public static LocalDynamoDb start() {
    return launch(false);
  }

  private static LocalDynamoDb launch(boolean isShared) {
    return new LocalDynamoDb(DynamapLocal.builder().accessKey(ACCESS_KEY).start(), isShared);
  }

  /** The server's address, such as {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    requireRunning();
    return server.endpoint();
  }

  /**
   * The server itself: its fault injector, its engine (to sweep expired items) and its in-process
   * transport.
   */
  public DynamapLocal server() {
    requireRunning();
    return server;
  }

  /**
   * The client for this server, shared by all its callers; do not close it. It is built by {@link
   * DynamapClients} with static credentials (access key {@value #ACCESS_KEY}), region {@code
   * us-east-1}, and timeouts of 10 s per read, 15 s per attempt and 60 s per call.
   *
   * @throws IllegalStateException if this server was closed
   */
  public DynamoDbClient client() {
    requireRunning();
    return client;
  }

  /**
   * A new client for this server, configured like {@link #client()} and seeing the same tables.
   * The caller closes it.
   *
   * @throws IllegalStateException if this server was closed
   */
  public DynamoDbClient newClient() {
    requireRunning();
    return buildClient(server.endpoint());
  }

  /**
   * Opens a second HTTP endpoint on this server's tables that injects faults as {@code plan} says,
   * and logs them. The caller closes it; closing it leaves this server running.
   *
   * <pre>{@code
   * try (FaultyEndpoint faulty =
   *     LocalDynamoDb.shared().withFaults(FaultPlan.builder().seed(42).rate(Fault.THROTTLING, 0.2).build())) {
   *   DynamoDbClient client = DynamapClients.builder().endpoint(faulty.endpoint())...build();
   *   ...
   *   assertEquals(faulty.count(Fault.THROTTLING), retryStatistics.throttleRetries());
   * }
   * }</pre>
   *
   * @throws IllegalStateException if this server was closed
   */
  public FaultyEndpoint withFaults(FaultPlan plan) {
    requireRunning();
    return FaultyEndpoint.open(server, plan);
  }

  /**
   * Stops a server made by {@link #start()}, and closes its {@link #client()}; all its data is
   * lost. Calling it again does nothing. On the {@link #shared()} server it does nothing, since
   * other tests may still use it; the JVM stops that one when it exits.
   */
  @Override
  public void close() {
    if (!isShared) {
      stop();
    }
  }

  @Override
  public String toString() {
    return "LocalDynamoDb[" + server.endpoint() + (isShared ? ", shared" : "") + "]";
  }

  private void requireRunning() {
    if (stopped.get()) {
      throw new IllegalStateException(this + " was closed");
    }
  }

  private void stop() {
    if (stopped.compareAndSet(false, true)) {
      client.close();
      server.close();
    }
  }

  /**
   * Static credentials with the access key the servers accept ({@value #ACCESS_KEY}), for clients
   * a test builds itself.
   */
  public static AwsCredentialsProvider credentials() {
    return CREDENTIALS;
  }

  /**
   * Dynamap's tuned client, with timeouts for a server on a busy test machine rather than for
   * DynamoDB: on loopback a slow answer means an overloaded machine (parallel builds, a CI runner),
   * not a lost connection, and a retried {@code CreateTable} would find its own table.
   */
  private static DynamoDbClient buildClient(URI endpoint) {
    return DynamapClients.builder()
        .endpoint(endpoint)
        .credentials(CREDENTIALS)
        .socketTimeout(Duration.ofSeconds(10))
        .apiCallAttemptTimeout(Duration.ofSeconds(15))
        .apiCallTimeout(Duration.ofSeconds(60))
        .build();
  }
}
