package io.dynamap.example.it.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.it.Everything;
import io.dynamap.example.it.EverythingRepository;
import io.dynamap.example.it.EverythingSchema;
import io.dynamap.example.it.types.TreeTestAccess;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.json.DynamoJson;
import io.dynamap.runtime.schema.AttributeCodecs;
import io.dynamap.runtime.schema.ItemSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Items written by Dynamap read back identically in boto3, the reference client, and items boto3
 * writes read into Dynamap entities: a Java and a Python service can share a table. Both talk to
 * Dynamap Local's standalone server ({@code io.dynamap.local.Main}) in a process of its own, as
 * clients in other languages use it. Needs Debian's {@code python3-boto3} ({@code .ci/run}
 * installs it); elsewhere the test is skipped, in CI it fails.
 */
class Boto3InteropTest {
  /** The access key boto3_interop.py signs with; the server accepts no other. */
  private static final String ACCESS_KEY = "dummy";

  private static Path python;
  private static Path script;
  private static Process server;
  private static URI endpoint;
  private static DynamoDbClient client;

  @BeforeAll
  static void findBoto3() throws IOException, InterruptedException {
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      if (run(List.of(candidate, "-c", "import boto3"), 30).exitCode == 0) {
        python = Path.of(candidate);
        break;
      }
    }
    if (python == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("boto3 is not installed: .ci/run installs Debian's python3-boto3");
      }
      Assumptions.abort("boto3 is not installed (apt-get install python3-boto3)");
    }
    script = Files.createTempFile("boto3_interop", ".py");
    try (InputStream in = Boto3InteropTest.class.getResourceAsStream("/interop/boto3_interop.py")) {
      Files.write(script, in.readAllBytes());
    }
    script.toFile().deleteOnExit();
    startStandaloneServer();
  }

  /** Starts {@code java io.dynamap.local.Main --port 0} and reads the endpoint it prints. */
  private static void startStandaloneServer() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), "io.dynamap.local.Main",
                "--port", "0", "--access-key", ACCESS_KEY)
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = output.readLine();
    int url = line == null ? -1 : line.indexOf("http://");
    if (url < 0) {
      server.destroyForcibly();
      fail("Dynamap Local's standalone server did not start: " + line);
    }
    endpoint = URI.create(line.substring(url).split("\\s")[0]);
    // Timeouts for a busy test machine, as LocalDynamoDb's client has: a late answer here means
    // load, and a retried CreateTable would find its own table.
    client =
        DynamapClients.builder()
            .endpoint(endpoint)
            .credentials(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "x")))
            .socketTimeout(Duration.ofSeconds(10))
            .apiCallAttemptTimeout(Duration.ofSeconds(15))
            .apiCallTimeout(Duration.ofSeconds(60))
            .build();
  }

  @AfterAll
  static void stopStandaloneServer() throws InterruptedException {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.destroy();
      assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the standalone server stops when asked");
    }
  }

  /** Creates the schema's table on the standalone server, under a name of its own. */
  private static String createTable(ItemSchema<?> schema, String name) {
    client.createTable(schema.createTableRequest(name));
    return name;
  }

  @Test
  void itemsWrittenByDynamapReadIdenticallyInBoto3() throws Exception {
    String table = createTable(TreeTestAccess.schema(), "Trees");
    List<Map<String, AttributeValue>> written = TreeTestAccess.writeRandomTrees(client, table, 60, 7L);

    List<String> keys = new ArrayList<>();
    for (Map<String, AttributeValue> item : written) {
      keys.add("{\"id\": \"" + item.get("id").s() + "\"}");
    }
    Result result = run(List.of(python.toString(), script.toString(), "read", endpoint.toString(), table,
        "[" + String.join(",", keys) + "]"), 120);
    assertEquals(0, result.exitCode, result.stderr);

    List<String> lines = splitItems(result.stdout);
    assertEquals(written.size(), lines.size());
    for (int i = 0; i < written.size(); i++) {
      Map<String, AttributeValue> readByBoto3 = DynamoJson.fromDynamoJson(lines.get(i));
      assertEquals(canonical(written.get(i)), canonical(readByBoto3), "item " + written.get(i).get("id").s());
    }
  }

  @Test
  void itemsWrittenByBoto3ReadIntoDynamapEntities() throws Exception {
    String table = createTable(OrderSchema.INSTANCE, "Orders");
    Result result = run(List.of(python.toString(), script.toString(), "write", endpoint.toString(), table), 120);
    assertEquals(0, result.exitCode, result.stderr);

    List<Order> orders = new OrderRepository(client, table).query(OrderKeys.partition("py-1")).stream().toList();
    assertEquals(2, orders.size());
    Order first = orders.get(0);
    assertEquals(Instant.parse("2026-03-01T10:00:00Z"), first.placedAt());
    assertEquals(UUID.fromString("12345678-1234-5678-1234-567812345678"), first.orderId());
    assertEquals(OrderStatus.SHIPPED, first.status());
    assertEquals(0, new BigDecimal("59.90").compareTo(first.total()));
    assertEquals(3, first.itemCount());
    assertTrue(first.giftWrapped());
    assertNull(first.note());
    assertEquals(
        List.of(new OrderLine("BOOK-001", 2, new BigDecimal("19.95"), Set.of("gift-note", "red")),
            new OrderLine("PEN-RED", 1, new BigDecimal("20"), Set.of())),
        first.lines());

    Order second = orders.get(1);
    assertEquals(Instant.parse("2026-03-02T10:00:00.123456789Z"), second.placedAt());
    assertNull(second.orderId());
    assertEquals(new BigDecimal("-0.5"), second.total());
    assertFalse(second.giftWrapped());
    assertEquals("ünïcødé ✓ 😀", second.note());
    assertNull(second.lines(), "a list that was never written reads as null");
  }

  /**
   * Doubles and floats where Java 17's {@code Double.toString} and {@code Float.toString} write
   * other digits than Python (and JavaScript, and Java 19+): the double 0xc537a3c95a8d825a (Java
   * 17: -2.8578753908417796E25, Python -2.8578753908417797e+25) and another between 2^84 and
   * 2^85; floats at and around 2^83..2^86 (Java 17: 9.6714065E24 for 2^83, 3.8685653E25 for
   * 0x6a000006) and the smallest subnormal (Java: 1.4E-45, shortest: 1E-45); 0.1 and 1e23 as
   * controls.
   */
  private static final double[] DOUBLES = {
    Double.longBitsToDouble(0xc537a3c95a8d825aL),
    Double.longBitsToDouble(0x4533bcd8b53afce2L),
    0.1,
    1e23,
    -1.2345678901234567e-120,
  };

  private static final float[] FLOATS = {
    0x1p83f,
    Float.intBitsToFloat(0x6a000006),
    Float.intBitsToFloat(0x68fda664),
    Float.MIN_VALUE,
    0.1f,
  };

  /** The JSON cases of boto3_interop.py's read-numbers and write-numbers, one per id. */
  private static String numberCases(List<UUID> ids) {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      cases.add(String.format(
          "{\"key\": {\"id\": \"%s\", \"version\": 0}, \"double\": \"%016x\", \"float\": \"%08x\"}",
          ids.get(i), Double.doubleToRawLongBits(DOUBLES[i]), Float.floatToRawIntBits(FLOATS[i])));
    }
    return "[" + String.join(", ", cases) + "]";
  }

  private static Everything numbers(UUID id, double d, float f) {
    return new Everything(id, 0, null, null, 0, null, 0, (short) 0, (byte) 0, d, f, false,
        null, null, null, null, null, null, null, null, null, null, null);
  }

  private static void assertSameNumber(String expected, String actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)),
        what + ": expected " + expected + ", got " + actual);
  }

  @Test
  void doublesAndFloatsHaveTheSameDigitsInDynamapAndPython() throws Exception {
    String table = createTable(EverythingSchema.INSTANCE, "Everything");
    EverythingRepository repository = new EverythingRepository(client, table);

    // Dynamap writes; boto3 reads, checks the text reads back as the value, and says what Python
    // would have written.
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < DOUBLES.length; i++) {
      ids.add(UUID.randomUUID());
      repository.put(numbers(ids.get(i), DOUBLES[i], FLOATS[i]));
    }
    Result read = run(List.of(python.toString(), script.toString(), "read-numbers",
        endpoint.toString(), table, numberCases(ids)), 120);
    assertEquals(0, read.exitCode, read.stderr);
    List<String> lines = read.stdout.lines().toList();
    assertEquals(2 * DOUBLES.length, lines.size(), read.stdout);
    for (int i = 0; i < DOUBLES.length; i++) {
      String[] forDouble = lines.get(2 * i).split(" ");
      String[] forFloat = lines.get(2 * i + 1).split(" ");
      assertSameNumber(forDouble[1], forDouble[0], "double " + DOUBLES[i] + " as Dynamap stores it");
      assertSameNumber(forFloat[1], forFloat[0], "float " + FLOATS[i] + " as Dynamap stores it");
    }

    // boto3 writes Python's texts; Dynamap reads the same values and would write the same text.
    List<UUID> pythonIds = new ArrayList<>();
    for (int i = 0; i < DOUBLES.length; i++) {
      pythonIds.add(UUID.randomUUID());
    }
    Result written = run(List.of(python.toString(), script.toString(), "write-numbers",
        endpoint.toString(), table, numberCases(pythonIds)), 120);
    assertEquals(0, written.exitCode, written.stderr);
    for (int i = 0; i < DOUBLES.length; i++) {
      Everything item = repository.get(pythonIds.get(i), 0L).orElseThrow();
      assertEquals(Double.doubleToRawLongBits(DOUBLES[i]), Double.doubleToRawLongBits(item.doubleValue()));
      assertEquals(Float.floatToRawIntBits(FLOATS[i]), Float.floatToRawIntBits(item.floatValue()));
      Map<String, AttributeValue> raw = client.getItem(GetItemRequest.builder().tableName(table)
          .key(EverythingSchema.INSTANCE.key(pythonIds.get(i), 0L)).consistentRead(true).build()).item();
      assertSameNumber(raw.get("doubleValue").n(),
          AttributeCodecs.fromDouble(item.doubleValue(), "doubleValue").n(), "double written by Python");
      assertSameNumber(raw.get("floatValue").n(),
          AttributeCodecs.fromFloat(item.floatValue(), "floatValue").n(), "float written by Python");
    }
  }

  /** The same value in one spelling: numbers normalised, set members sorted, maps by key. */
  static AttributeValue canonical(AttributeValue value) {
    if (value.n() != null) {
      return AttributeValue.fromN(normal(value.n()));
    } else if (value.hasSs()) {
      return AttributeValue.fromSs(value.ss().stream().sorted().toList());
    } else if (value.hasNs()) {
      return AttributeValue.fromNs(value.ns().stream().map(Boto3InteropTest::normal).sorted().toList());
    } else if (value.hasBs()) {
      return AttributeValue.fromBs(value.bs().stream()
          .sorted(Comparator.comparing(b -> java.util.Base64.getEncoder().encodeToString(b.asByteArray())))
          .toList());
    } else if (value.hasL()) {
      return AttributeValue.fromL(value.l().stream().map(Boto3InteropTest::canonical).toList());
    } else if (value.hasM()) {
      return AttributeValue.fromM(canonical(value.m()));
    }
    return value;
  }

  static Map<String, AttributeValue> canonical(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> sorted = new TreeMap<>();
    item.forEach((k, v) -> sorted.put(k, canonical(v)));
    return sorted;
  }

  private static String normal(String n) {
    return new BigDecimal(n).stripTrailingZeros().toString();
  }

  /** The printed JSON list, one item object per element. */
  private static List<String> splitItems(String json) {
    // The script prints a JSON array of item objects; DynamoJson reads one item at a time, so the
    // array is cut at its top-level commas.
    List<String> items = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int start = -1;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> inString = true;
        case '{' -> {
          if (depth++ == 1) {
            start = i;
          }
        }
        case '[' -> depth++;
        case '}' -> {
          if (--depth == 1) {
            items.add(json.substring(start, i + 1));
          }
        }
        case ']' -> depth--;
        default -> { }
      }
    }
    return items;
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return new Result(-1, "", e.toString());
    }
    process.getOutputStream().close();
    // Read both streams fully: the output can be larger than a pipe's buffer.
    var stderr = new java.util.concurrent.CompletableFuture<String>();
    Thread errors = new Thread(() -> {
      try {
        stderr.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        stderr.complete(e.toString());
      }
    });
    errors.start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, stdout, "timed out after " + timeoutSeconds + " s");
    }
    errors.join();
    return new Result(process.exitValue(), stdout, stderr.join());
  }

}
