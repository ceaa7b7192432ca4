package io.dynamap.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.dynamap.runtime.DynamapClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local running in this JVM: an in-memory DynamoDB reached over HTTP on a free port, for
 * tests.
 *
 * <pre>{@code
 * DynamoDbClient client = LocalDynamoDb.shared().client();
 *
 * try (LocalDynamoDb db = LocalDynamoDb.start()) { // a private server, stopped by close()
 *   db.client().listTables();
 * }
 * }</pre>
 *
 * <p>Most tests want {@link #shared()}: one server per JVM, started on first use (in about a
 * second) and stopped when the JVM exits. Tests that share it should create their own tables, as
 * {@link TestTables} does. {@link #start()} gives a private server, for tests that need an empty
 * database or want to stop one.
 *
 * <p>The server keeps everything in memory, answers any credentials and region (data is kept
 * apart per access key and region, so use {@link #client()} or {@link #newClient()}), and sends no
 * telemetry. DynamoDB Local listens on all network interfaces (it offers no way to choose one);
 * the clients connect through {@code 127.0.0.1}.
 *
 * <p>Starting fails with an {@link IllegalStateException} that says what happened rather than
 * hanging: the server must start within 60 seconds and then answer {@code ListTables}. The SQLite
 * native library it needs comes bundled inside the DynamoDBLocal jar for Linux, macOS and Windows
 * on x86 and ARM; nothing needs to be configured.
 *
 * <p><b>Output.</b> DynamoDB Local prints a short configuration banner to standard output when a
 * server starts; it cannot be turned off without redirecting {@code System.out} for the whole JVM,
 * which this class does not do. Its own log4j2 logging follows the {@code log4j2.xml} inside the
 * DynamoDBLocal jar (warnings only), unless the application configures log4j2 itself. This module
 * deliberately ships no logging configuration: log4j2 reads one configuration per classpath, and a
 * second one in a library would compete with the user's. Jetty, which serves the requests, logs
 * through SLF4J, so its output follows the application's SLF4J setup (set {@code org.eclipse.jetty}
 * to WARN to hide its start and stop lines). The one setting made here: the {@code
 * com.almworks.sqlite4java} java.util.logging logger, which reports every in-memory database it
 * opens at INFO, is set to WARNING unless the application gave it a level.
 */
public final class LocalDynamoDb implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  /** A port found free can be taken by someone else before the server binds it; retry then. */
  private static final int PORT_ATTEMPTS = 5;
  /** Frames of DynamoDB Local's background jobs, which outlive {@code stop()} unless woken. */
  private static final String BACKGROUND_JOB_PACKAGE =
      "com.amazonaws.services.dynamodbv2.local.shared.jobs.";

  private static final Object SHARED_LOCK = new Object();
  private static LocalDynamoDb shared;
  private static IllegalStateException sharedStartFailure;

  private final DynamoDBProxyServer server;
  private final ThreadGroup serverThreads;
  private final URI endpoint;
  private final DynamoDbClient client;
  private final boolean isShared;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private LocalDynamoDb(
      DynamoDBProxyServer server,
      ThreadGroup serverThreads,
      URI endpoint,
      DynamoDbClient client,
      boolean isShared) {
    this.server = server;
    this.serverThreads = serverThreads;
    this.endpoint = endpoint;
    this.client = client;
    this.isShared = isShared;
  }

  /**
   * The server shared by every test in this JVM, started on the first call and stopped by a JVM
   * shutdown hook. Calling {@link #close()} on it does nothing.
   *
   * <p>Its threads, like any running DynamoDB Local's, keep the JVM alive: test runners (Maven
   * Surefire, Gradle, IDEs) end with {@code System.exit} and are unaffected, but a program that
   * ends by returning from {@code main} (or runs under {@code exec:java}) would never exit. Such
   * programs should use {@link #start()} and close the server.
   *
   * @throws IllegalStateException if the server cannot start; later calls fail the same way at
   *     once instead of trying again
   */
  public static LocalDynamoDb shared() {
    synchronized (SHARED_LOCK) {
      if (shared != null) {
        return shared;
      }
      if (sharedStartFailure != null) {
        throw new IllegalStateException(sharedStartFailure.getMessage(), sharedStartFailure);
      }
      try {
        shared = launch(true);
      } catch (IllegalStateException e) {
        sharedStartFailure = e;
        throw e;
      }
      LocalDynamoDb instance = shared;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(instance::stopQuietly, "dynamodb-local-shutdown"));
      return instance;
    }
  }

  /**
   * Starts a new private server on its own port. The caller stops it with {@link #close()}.
   *
   * @throws IllegalStateException if the server cannot start
   */
  public static LocalDynamoDb start() {
    return launch(false);
  }

  /** The server's address, such as {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The client for this server, shared by all its callers; do not close it. It is built by {@link
   * DynamapClients} with dummy static credentials and region {@code us-east-1}.
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
    return buildClient(endpoint);
  }

  /**
   * Stops a server made by {@link #start()}, and closes its {@link #client()}; all its data is
   * lost. Calling it again does nothing. On the {@link #shared()} server it does nothing, since
   * other tests may still use it; the JVM stops that one when it exits.
   *
   * @throws IllegalStateException if the server failed to stop
   */
  @Override
  public void close() {
    if (!isShared) {
      stop();
    }
  }

  @Override
  public String toString() {
    return "LocalDynamoDb[" + endpoint + (isShared ? ", shared" : "") + "]";
  }

  private void requireRunning() {
    if (stopped.get()) {
      throw new IllegalStateException(this + " was closed");
    }
  }

  private void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    client.close();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop DynamoDB Local at " + endpoint, e);
    } finally {
      wakeBackgroundJobs(serverThreads);
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      // The JVM is exiting: nothing is left to report to.
    }
  }

  /**
   * DynamoDB Local's {@code stop()} asks its background jobs (stream shard rollover, index builds)
   * to end but leaves them sleeping, on non-daemon threads, for a long time. Those threads would
   * keep a JVM without {@code System.exit} (a {@code main} method, {@code exec:java}) from ever
   * ending. Interrupting them ends them at once; the thread group limits this to one server.
   */
  private static void wakeBackgroundJobs(ThreadGroup serverThreads) {
    Thread[] threads = new Thread[serverThreads.activeCount() + 16];
    int count = serverThreads.enumerate(threads, true);
    for (int i = 0; i < count; i++) {
      Thread thread = threads[i];
      for (StackTraceElement frame : thread.getStackTrace()) {
        if (frame.getClassName().startsWith(BACKGROUND_JOB_PACKAGE)) {
          thread.interrupt();
          break;
        }
      }
    }
  }

  private static LocalDynamoDb launch(boolean isShared) {
    PortTakenException lastPortTaken = null;
    for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
      int port = freeLoopbackPort();
      try {
        return launchOn(port, isShared);
      } catch (PortTakenException e) {
        lastPortTaken = e;
      }
    }
    throw new IllegalStateException(
        "DynamoDB Local could not bind a free port in "
            + PORT_ATTEMPTS
            + " attempts: each port found free was taken before the server bound it",
        lastPortTaken.getCause());
  }

  /**
   * Starts the server on a daemon thread in a thread group of its own, and waits for it with a
   * deadline. Every thread the server makes later (Jetty's, its background jobs') inherits the
   * group, which is how {@link #wakeBackgroundJobs} finds them.
   */
  private static LocalDynamoDb launchOn(int port, boolean isShared) {
    ThreadGroup serverThreads = new ThreadGroup("dynamodb-local-" + port);
    CompletableFuture<DynamoDBProxyServer> started = new CompletableFuture<>();
    Thread starter =
        new Thread(
            serverThreads,
            () -> {
              try {
                started.complete(startServer(port));
              } catch (Throwable e) {
                started.completeExceptionally(e);
              }
            },
            "dynamodb-local-start-" + port);
    starter.setDaemon(true);
    starter.start();

    DynamoDBProxyServer server = awaitStart(started, port, serverThreads);
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    DynamoDbClient client = buildClient(endpoint);
    try {
      // A started server is not ready yet: SQLite and the request path come up on the first
      // call. The client's own timeouts (DynamapClients: 10 s per call) bound the wait.
      client.listTables();
    } catch (RuntimeException e) {
      client.close();
      stopQuietly(server);
      wakeBackgroundJobs(serverThreads);
      throw startFailure(
          "DynamoDB Local started on port " + port + " but failed to answer ListTables", e);
    }
    return new LocalDynamoDb(server, serverThreads, endpoint, client, isShared);
  }

  private static DynamoDBProxyServer startServer(int port) throws Exception {
    SqliteNativeLibrary.load();
    DynamoDBProxyServer server =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
    try {
      // Unlike start(), safeStart() reports a port that cannot be bound instead of printing it.
      server.safeStart();
    } catch (Exception e) {
      stopQuietly(server);
      throw e;
    }
    return server;
  }

  private static DynamoDBProxyServer awaitStart(
      CompletableFuture<DynamoDBProxyServer> started, int port, ThreadGroup serverThreads) {
    try {
      return started.get(START_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      serverThreads.interrupt();
      throw startFailure(
          "DynamoDB Local did not start on port "
              + port
              + " within "
              + START_TIMEOUT.toSeconds()
              + " s; a server that hangs while starting has usually failed to load its SQLite"
              + " native library",
          null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SqliteNativeLibrary.LoadFailure explained) {
        throw new IllegalStateException(explained.getMessage(), explained.getCause());
      }
      if (causedBy(cause, BindException.class)) {
        throw new PortTakenException(cause);
      }
      throw startFailure("DynamoDB Local failed to start on port " + port, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      serverThreads.interrupt();
      throw new IllegalStateException("Interrupted while DynamoDB Local was starting", e);
    }
  }

  private static IllegalStateException startFailure(String what, Throwable cause) {
    return new IllegalStateException(
        what
            + " ("
            + SqliteNativeLibrary.platform()
            + "). "
            + SqliteNativeLibrary.whereItIsLookedFor(),
        cause);
  }

  private static void stopQuietly(DynamoDBProxyServer server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Already failing; the original error is the one worth reporting.
    }
  }

  private static DynamoDbClient buildClient(URI endpoint) {
    return DynamapClients.builder()
        .endpoint(endpoint)
        .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .build();
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find a free port for DynamoDB Local", e);
    }
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The chosen port was taken between finding it free and binding it. */
  private static final class PortTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortTakenException(Throwable cause) {
      super(cause);
    }
  }
}
