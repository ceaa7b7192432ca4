package io.dynamap.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone server's arguments and what it prints. */
class MainTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void startsOnTheGivenHostAndPortAndPrintsTheEndpoint() throws Exception {
    try (DynamapLocal local =
        Main.start(new String[] {"--port", "0", "--host", "127.0.0.1", "--access-key", "k"}, out)) {
      String line = printed.toString(StandardCharsets.UTF_8).trim();

      assertEquals(
          "Dynamap Local listening on 127.0.0.1:"
              + local.endpoint().getPort()
              + ", endpoint "
              + local.endpoint(),
          line);
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(local.endpoint()).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("k", local.api().acceptedAccessKey());
    }
  }

  @Test
  void wildcardHostIsReachedThroughLoopback() {
    try (DynamapLocal local = Main.start(new String[] {"--port", "0", "--host", "0.0.0.0"}, out)) {
      assertEquals("127.0.0.1", local.endpoint().getHost());
      assertEquals(null, local.api().acceptedAccessKey());
      assertEquals(
          "Dynamap Local listening on 0.0.0.0:"
              + local.endpoint().getPort()
              + ", endpoint "
              + local.endpoint(),
          printed.toString(StandardCharsets.UTF_8).trim());
    }
  }

  @Test
  void withoutHostItPrintsTheLoopbackEndpoint() {
    try (DynamapLocal local = Main.start(new String[] {"--port", "0"}, out)) {
      assertEquals(
          "Dynamap Local listening on " + local.endpoint(),
          printed.toString(StandardCharsets.UTF_8).trim());
      assertTrue(local.endpoint().toString().startsWith("http://127.0.0.1:"));
    }
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals(
        "--port must be a number within 0 and 65535, was x",
        assertThrows(IllegalArgumentException.class, () -> Main.start(args("--port", "x"), out))
            .getMessage());
    assertEquals(
        "--port must be a number within 0 and 65535, was 70000",
        assertThrows(IllegalArgumentException.class, () -> Main.start(args("--port", "70000"), out))
            .getMessage());
    assertEquals(
        "--port needs a value",
        assertThrows(IllegalArgumentException.class, () -> Main.start(args("--port"), out))
            .getMessage());
    assertEquals(
        "unknown option --verbose",
        assertThrows(IllegalArgumentException.class, () -> Main.start(args("--verbose", "1"), out))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> Main.start(args("--host", "no.such.host.invalid"), out))
            .getMessage()
            .startsWith("--host: unknown host"));
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void usageNamesEveryOption() {
    for (String option : new String[] {"--port", "--host", "--access-key"}) {
      assertTrue(Main.USAGE.contains(option), option);
    }
  }

  private static String[] args(String... args) {
    return args;
  }
}
