package io.dynamap.benchmarks;

import io.dynamap.local.DynamapLocal;
import java.io.IOException;

/**
 * Dynamap Local in a JVM of its own, so that the clients measured do not share their JVM with
 * the server. Prints {@code ENDPOINT=uri} once it answers, and stops when its standard input
 * closes.
 */
public final class LocalServer {
  static final String PREFIX = "ENDPOINT=";

  private LocalServer() {}

  public static void main(String[] args) throws IOException {
    try (DynamapLocal db = DynamapLocal.start()) {
      System.out.println(PREFIX + db.endpoint());
      System.out.flush();
      while (System.in.read() != -1) {
        // Wait for the runner to close our standard input.
      }
    }
    System.exit(0);
  }
}
