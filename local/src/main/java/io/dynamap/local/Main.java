package io.dynamap.local;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Dynamap Local as a standalone server until the process is stopped:
 *
 * <pre>
 * java -jar dynamap-local-&lt;version&gt;-all.jar [--port 8000] [--host 127.0.0.1] [--access-key KEY]
 * </pre>
 *
 * <p>{@code --port} defaults to 8000 (0 picks a free port), {@code --host} to the loopback address
 * ({@code 0.0.0.0} serves every interface); with {@code --access-key}, requests signed with another
 * access key id are refused. Prints the endpoint once listening. Data lives in memory only; items
 * whose time to live has passed are deleted within a second.
 */
public final class Main {
  static final String USAGE =
      "usage: java -jar dynamap-local.jar [--port 8000] [--host 127.0.0.1] [--access-key KEY]";
  private static final int DEFAULT_PORT = 8000;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    DynamapLocal local;
    try {
      local = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  local.close();
                  stopped.countDown();
                },
                "dynamap-local-shutdown"));
    stopped.await();
  }

  /**
   * Starts the server the arguments describe and prints its endpoint.
   *
   * @throws IllegalArgumentException for arguments that do not parse, naming the problem
   * @throws java.io.UncheckedIOException if the port cannot be bound
   */
  static DynamapLocal start(String[] args, PrintStream out) {
    // A development server deletes expired items promptly, as DynamoDB does eventually.
    DynamapLocal.Builder builder =
        DynamapLocal.builder().port(DEFAULT_PORT).ttlSweep(Duration.ofSeconds(1));
    String host = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException(
            "Dynamap Local, an in-memory DynamoDB-compatible server");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(
            option.startsWith("--") ? option + " needs a value" : "unknown argument " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port":
          builder.port(port(value));
          break;
        case "--host":
          host = value;
          builder.bindAddress(address(value));
          break;
        case "--access-key":
          if (value.isEmpty()) {
            throw new IllegalArgumentException("--access-key must not be empty");
          }
          builder.accessKey(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option);
      }
    }
    DynamapLocal local = builder.start();
    URI endpoint = local.endpoint();
    out.println(
        "Dynamap Local listening on "
            + (host == null
                ? endpoint.toString()
                : host + ":" + endpoint.getPort() + ", endpoint " + endpoint));
    out.flush();
    return local;
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException("--port must be a number within 0 and 65535, was " + value);
  }

  private static InetAddress address(String value) {
    try {
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host: unknown host " + value);
    }
  }
}
