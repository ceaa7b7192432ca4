package io.dynamap.local.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dynamap.local.api.ApiHandler;
import io.dynamap.local.api.ApiRequest;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.DynamoApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dynamap Local's HTTP front: DynamoDB's JSON protocol over HTTP/1.1 on the JDK's built-in server
 * ({@code com.sun.net.httpserver}), which parses HTTP and answers malformed requests with 400
 * itself. {@code POST /} is the API; {@code GET /} answers DynamoDB's health check.
 *
 * <p>Requests are served by a pool of at most {@code threads} threads (created on demand, ended
 * when idle); more requests wait for a free one. Bodies over 16 MiB are refused with 413, as
 * DynamoDB does. {@code TCP_NODELAY} is on, so small answers on keep-alive connections are not held
 * back by Nagle's algorithm: the JDK server reads {@code sun.net.httpserver.nodelay} once, when the
 * first server of the JVM is created, so this class sets it (unless already set) before that; a
 * server created earlier elsewhere in the JVM without it keeps Nagle on. Idle keep-alive
 * connections are kept 120 s ({@code sun.net.httpserver.idleInterval}), longer than the AWS SDK
 * keeps them.
 *
 * <p>{@link #close()} stops accepting, closes the connections, ends the threads and frees the port.
 */
public final class HttpFront implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(HttpFront.class.getName());

  static {
    setUnlessSet("sun.net.httpserver.nodelay", "true");
    // Idle keep-alive connections are closed after this many seconds (JDK default 30). The AWS
    // SDK keeps idle connections up to 60 s; a longer server side spares it requests sent on
    // connections the server just closed, which it would count as errors and retry.
    setUnlessSet("sun.net.httpserver.idleInterval", "120");
  }

  /** The default size of the thread pool: above the AWS SDK's default pool of 50 connections. */
  public static final int DEFAULT_THREADS = 64;

  private static final byte[] HEALTHY =
      "healthy: dynamodb.us-east-1.amazonaws.com ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] UNKNOWN_OPERATION_XML =
      "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final ApiHandler handler;
  private final URI endpoint;
  private volatile boolean closed;

  private HttpFront(HttpServer server, ThreadPoolExecutor executor, ApiHandler handler) {
    this.server = server;
    this.executor = executor;
    this.handler = handler;
    InetSocketAddress address = server.getAddress();
    this.endpoint = URI.create("http://" + hostOf(address.getAddress()) + ":" + address.getPort());
  }

  /**
   * Starts a front on the loopback address and a free port, with {@link #DEFAULT_THREADS} threads.
   */
  public static HttpFront start(ApiHandler handler) {
    return start(handler, InetAddress.getLoopbackAddress(), 0, DEFAULT_THREADS);
  }

  /**
   * Starts a front.
   *
   * @param handler what requests are handed to
   * @param bindAddress the address to listen on: loopback for local use, a wildcard address to
   *     serve other machines
   * @param port the port, or 0 for a free one
   * @param threads how many requests are served at once, at least 1
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static HttpFront start(
      ApiHandler handler, InetAddress bindAddress, int port, int threads) {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be within 0 and 65535, was " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Dynamap Local could not listen on " + bindAddress.getHostAddress() + ":" + port, e);
    }
    int boundPort = server.getAddress().getPort();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads("dynamap-local-http-" + boundPort));
    executor.allowCoreThreadTimeOut(true);
    HttpFront front = new HttpFront(server, executor, handler);
    server.createContext("/", front::serve);
    server.setExecutor(executor);
    server.start();
    return front;
  }

  /** Where clients send requests: {@code http://127.0.0.1:<port>} on loopback. */
  public URI endpoint() {
    return endpoint;
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops the server, closes its connections and ends its threads. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.log(Level.WARNING, "Dynamap Local's HTTP threads did not end within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "HttpFront[" + endpoint + "]";
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      boolean root = "/".equals(exchange.getRequestURI().getPath());
      if ("GET".equals(method) && root) {
        send(exchange, ApiResponse.of(200, ApiResponse.newRequestId(), null, HEALTHY));
      } else if (!"POST".equals(method) || !root) {
        send(
            exchange, ApiResponse.of(404, ApiResponse.newRequestId(), null, UNKNOWN_OPERATION_XML));
      } else {
        byte[] body = readBody(exchange);
        if (body == null) {
          exchange.getResponseHeaders().set("Connection", "close");
          send(exchange, ApiResponse.of(413, ApiResponse.newRequestId(), null, new byte[0]));
          return;
        }
        Headers headers = exchange.getRequestHeaders();
        ApiResponse response =
            handler.handle(
                ApiRequest.of(
                    headers.getFirst("X-Amz-Target"),
                    headers.getFirst("Content-Type"),
                    headers.getFirst("Authorization"),
                    headers.containsKey("X-Amz-Date") || headers.containsKey("Date"),
                    body));
        if (response.dropsConnection()) {
          // Closing an exchange before its answer began closes its connection, unanswered.
          return;
        }
        send(exchange, response);
      }
    } catch (IOException e) {
      // The client went away: no one to answer.
    } catch (RuntimeException e) {
      // ApiHandlers answer every error, so this is a bug; the client still gets an answer.
      LOG.log(Level.ERROR, "Dynamap Local could not answer a request", e);
      try {
        send(exchange, DynamoApi.internalFailure());
      } catch (IOException | RuntimeException answerFailed) {
        // The answer had begun, or the client went away: closing is all there is left.
      }
    } finally {
      exchange.close();
    }
  }

  /** The body, or null if it is over DynamoDB's limit. */
  private static byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > ApiRequest.MAX_BODY_BYTES) {
          return null;
        }
      } catch (NumberFormatException e) {
        // The JDK server has refused a bad length already; read what comes.
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(ApiRequest.MAX_BODY_BYTES + 1);
      return body.length > ApiRequest.MAX_BODY_BYTES ? null : body;
    }
  }

  private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    byte[] body = response.body();
    // -1: no body (0 would mean a chunked one).
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  private static String hostOf(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      // Listening on every address: loopback reaches it from this machine.
      return "127.0.0.1";
    }
    String host = address.getHostAddress();
    return address instanceof Inet6Address ? "[" + host + "]" : host;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
