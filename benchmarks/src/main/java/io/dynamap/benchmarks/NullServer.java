package io.dynamap.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The do-nothing anchor: the JDK's built-in HTTP server ({@code com.sun.net.httpserver}, the one
 * Dynamap Local's HTTP front runs on) answering every DynamoDB request with a fixed valid answer
 * and doing nothing else: an item for {@code GetItem}, no tables for {@code ListTables}, {@code {}}
 * otherwise. It reads the whole request body, as a real server must. In a JVM of its own, like
 * {@link LocalServer}: prints {@code ENDPOINT=uri} once listening and stops when its standard input
 * closes.
 *
 * <p>Arguments: {@code nodelay|nagle} ({@code sun.net.httpserver.nodelay}, read by the JDK when the
 * first server is created) and the number of handler threads (0: the server's dispatcher thread
 * runs the handler itself). Dynamap Local's front uses a pool.
 */
public final class NullServer {
  /** The item every {@code GetItem} gets: the one {@link LocalBenchmark} writes and reads. */
  static final byte[] GET_ITEM_ANSWER =
      ("{\"Item\":{\"pk\":{\"S\":\"k1\"},\"payload\":{\"S\":\"" + LocalBenchmark.SMALL_PAYLOAD + "\"}}}")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NO_TABLES = "{\"TableNames\":[]}".getBytes(StandardCharsets.UTF_8);

  private NullServer() {}

  public static void main(String[] args) throws IOException {
    boolean nodelay = args.length == 0 || args[0].equals("nodelay");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    System.setProperty("sun.net.httpserver.nodelay", Boolean.toString(nodelay));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = threads > 0 ? Executors.newFixedThreadPool(threads, daemon()) : null;
    server.setExecutor(executor);
    server.createContext("/", NullServer::answer);
    server.start();
    System.out.println(LocalServer.PREFIX + "http://127.0.0.1:" + server.getAddress().getPort());
    System.out.flush();
    while (System.in.read() != -1) {
      // Wait for the runner to close our standard input.
    }
    server.stop(0);
    System.exit(0);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    byte[] body =
        target == null
            ? EMPTY
            : target.endsWith(".GetItem") ? GET_ITEM_ANSWER : target.endsWith(".ListTables") ? NO_TABLES : EMPTY;
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
    exchange.getResponseHeaders().set("x-amzn-RequestId", "null-server");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "null-server");
      t.setDaemon(true);
      return t;
    };
  }
}
