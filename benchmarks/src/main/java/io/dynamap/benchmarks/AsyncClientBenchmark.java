package io.dynamap.benchmarks;

import io.dynamap.async.AsyncHttpClientKind;
import io.dynamap.async.DynamapAsyncClients;
import io.dynamap.runtime.client.DynamapClients;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The non-blocking HTTP clients under {@link DynamapAsyncClients}, Netty and AWS CRT, against
 * Dynamap Local over HTTP (in a JVM of its own), with the blocking Apache client of {@link
 * DynamapClients} as the anchor, in the same run: throughput of {@code --ops} PutItem calls then
 * as many GetItem calls, with at most {@code --in-flight} calls at once (a semaphore for the async
 * clients, as many threads for the blocking one), and the client JVM's CPU time per call.
 *
 * <p>The clients take turns round after round, so that a busy machine slows all alike; the median
 * round is reported, with each client's ratio to the blocking anchor and the load average, and
 * the size of each HTTP client's jars on the class path. Not part of {@code benchmarks/run}'s
 * groups; run it alone:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am -DskipTests package
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *   io.dynamap.benchmarks.AsyncClientBenchmark --ops 3000 --in-flight 32 --rounds 5
 * </pre>
 */
public final class AsyncClientBenchmark {
  private static final String TABLE = "AsyncBench";

  private AsyncClientBenchmark() {}

  /** A client under test: puts then gets {@code ops} items with a bounded number in flight. */
  private interface Contender extends AutoCloseable {
    String name();

    /** Runs {@code ops} calls of one kind; returns the number that failed. */
    long run(boolean put, int ops, int inFlight, String round) throws Exception;

    @Override
    void close();
  }

  public static void main(String[] args) throws Exception {
    int ops = 3000;
    int inFlight = 32;
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ops" -> ops = Integer.parseInt(args[++i]);
        case "--in-flight" -> inFlight = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + args[i] + "; usage: [--ops N] [--in-flight N] [--rounds N]");
      }
    }
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    try (ServerProcess server =
        ServerProcess.jvm("Dynamap Local", List.of("-Xmx1g"), LocalServer.class)) {
      createTable(server.endpoint);
      List<Contender> contenders =
          List.of(
              blocking(server.endpoint, inFlight),
              async(server.endpoint, inFlight, AsyncHttpClientKind.NETTY),
              async(server.endpoint, inFlight, AsyncHttpClientKind.CRT));
      try {
        // Warm-up: every client, both operations, once, unmeasured.
        for (Contender contender : contenders) {
          contender.run(true, ops, inFlight, "warm");
          contender.run(false, ops, inFlight, "warm");
        }
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
          for (Contender contender : contenders) {
            for (boolean put : new boolean[] {true, false}) {
              long cpuBefore = processCpuNanos();
              long start = System.nanoTime();
              long failures = contender.run(put, ops, inFlight, "r" + round);
              long elapsed = System.nanoTime() - start;
              long cpu = processCpuNanos() - cpuBefore;
              if (failures > 0) {
                throw new IllegalStateException(
                    contender.name() + ": " + failures + " of " + ops + " calls failed");
              }
              samples
                  .computeIfAbsent(contender.name() + (put ? " PutItem" : " GetItem"), k -> new ArrayList<>())
                  .add(new double[] {ops * 1e9 / elapsed, cpu / 1e3 / ops});
            }
          }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report(samples, ops, inFlight, rounds, loadBefore, loadAfter);
      } finally {
        for (Contender contender : contenders) {
          contender.close();
        }
      }
    }
    System.exit(0);
  }

  private static void report(
      Map<String, List<double[]>> samples,
      int ops,
      int inFlight,
      int rounds,
      double loadBefore,
      double loadAfter) {
    System.out.printf(
        Locale.ROOT,
        "Async HTTP clients against Dynamap Local (own JVM), %d calls per round, %d in flight,"
            + " median of %d rounds; load average %.2f before, %.2f after, %d cores%n",
        ops,
        inFlight,
        rounds,
        loadBefore,
        loadAfter,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT, "%-32s %12s %10s %14s%n", "client", "calls/s", "x Apache", "client CPU us/call");
    for (String operation : List.of("PutItem", "GetItem")) {
      double anchor = median(samples.get("Apache (blocking) " + operation), 0);
      for (Map.Entry<String, List<double[]>> entry : samples.entrySet()) {
        if (!entry.getKey().endsWith(operation)) {
          continue;
        }
        double throughput = median(entry.getValue(), 0);
        System.out.printf(
            Locale.ROOT,
            "%-32s %12.0f %10.2f %14.0f%n",
            entry.getKey(),
            throughput,
            throughput / anchor,
            median(entry.getValue(), 1));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "jars on the class path: Netty client %.1f MB (netty-nio-client and io.netty), CRT client"
            + " %.1f MB (aws-crt-client, crt-core, aws-crt with its native libraries)%n",
        jarMegabytes("netty"),
        jarMegabytes("crt"));
  }

  private static double median(List<double[]> samples, int column) {
    List<Double> values = new ArrayList<>();
    for (double[] sample : samples) {
      values.add(sample[column]);
    }
    return Report.median(values);
  }

  /** The size of the class path's jars whose file name contains {@code part}. */
  private static double jarMegabytes(String part) {
    long bytes = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      if (file.getName().endsWith(".jar") && file.getName().contains(part)) {
        bytes += file.length();
      }
    }
    return bytes / 1e6;
  }

  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : 0;
  }

  private static void createTable(URI endpoint) {
    try (DynamoDbClient client = DynamapClients.builder().endpoint(endpoint).build()) {
      client.createTable(
          table ->
              table
                  .tableName(TABLE)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName("id")
                          .attributeType(ScalarAttributeType.S)
                          .build())
                  .keySchema(
                      KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    }
  }

  /** A small order-like item of about 150 bytes, keyed by client, round and number. */
  private static Map<String, AttributeValue> item(String id, int n) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.fromS(id));
    item.put("customer", AttributeValue.fromS("customer-" + (n % 97)));
    item.put("total", AttributeValue.fromN(Integer.toString(n * 7 % 10_000)));
    item.put("status", AttributeValue.fromS(n % 3 == 0 ? "SHIPPED" : "PENDING"));
    item.put("note", AttributeValue.fromS("an order placed through the async benchmark"));
    return item;
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  private static String id(String client, String round, int n) {
    return client + "-" + round + "-" + n;
  }

  private static Contender blocking(URI endpoint, int inFlight) {
    DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(endpoint)
            .maxConnections(inFlight)
            .socketTimeout(Duration.ofSeconds(10))
            .apiCallAttemptTimeout(Duration.ofSeconds(15))
            .apiCallTimeout(Duration.ofSeconds(60))
            .build();
    ExecutorService threads = Executors.newFixedThreadPool(inFlight);
    return new Contender() {
      @Override
      public String name() {
        return "Apache (blocking)";
      }

      @Override
      public long run(boolean put, int ops, int ignored, String round) throws Exception {
        List<Future<?>> calls = new ArrayList<>(ops);
        for (int n = 0; n < ops; n++) {
          String id = id("apache", round, n);
          int number = n;
          calls.add(
              threads.submit(
                  put
                      ? () -> client.putItem(p -> p.tableName(TABLE).item(item(id, number)))
                      : () -> client.getItem(g -> g.tableName(TABLE).key(key(id)))));
        }
        long failures = 0;
        for (Future<?> call : calls) {
          try {
            call.get();
          } catch (Exception e) {
            failures++;
          }
        }
        return failures;
      }

      @Override
      public void close() {
        threads.shutdownNow();
        client.close();
      }
    };
  }

  private static Contender async(URI endpoint, int inFlight, AsyncHttpClientKind kind) {
    DynamoDbAsyncClient client =
        DynamapAsyncClients.builder()
            .endpoint(endpoint)
            .httpClient(kind)
            .maxConnections(inFlight)
            .socketTimeout(Duration.ofSeconds(10))
            .apiCallAttemptTimeout(Duration.ofSeconds(15))
            .apiCallTimeout(Duration.ofSeconds(60))
            .build();
    String prefix = kind.name().toLowerCase(Locale.ROOT);
    return new Contender() {
      @Override
      public String name() {
        return kind == AsyncHttpClientKind.NETTY ? "Netty (async)" : "CRT (async)";
      }

      @Override
      public long run(boolean put, int ops, int limit, String round) throws Exception {
        Semaphore slots = new Semaphore(limit);
        AtomicLong failures = new AtomicLong();
        List<CompletableFuture<?>> calls = new ArrayList<>(ops);
        for (int n = 0; n < ops; n++) {
          slots.acquire();
          String id = id(prefix, round, n);
          int number = n;
          CompletableFuture<?> call =
              put
                  ? client.putItem(p -> p.tableName(TABLE).item(item(id, number)))
                  : client.getItem(g -> g.tableName(TABLE).key(key(id)));
          calls.add(
              call.whenComplete(
                  (response, failure) -> {
                    if (failure != null) {
                      failures.incrementAndGet();
                    }
                    slots.release();
                  }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
            .exceptionally(failure -> null)
            .get(10, TimeUnit.MINUTES);
        return failures.get();
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
