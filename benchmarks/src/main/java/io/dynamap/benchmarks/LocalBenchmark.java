package io.dynamap.benchmarks;

import io.dynamap.local.DynamapLocal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Dynamap Local side by side with dynalite, in one run: start to first answered request, single-item
 * {@code PutItem}/{@code GetItem} throughput with 8 threads of the SDK's sync client (Apache HTTP,
 * keep-alive) against two do-nothing anchors (the JDK's HTTP server with and without {@code
 * TCP_NODELAY}), full scan and query in 1 MB pages, and {@code BatchWriteItem} with 8 threads.
 * Every HTTP server runs in a process of its own; Dynamap Local in-process runs in this JVM, with
 * the same client threads and no sockets.
 */
public final class LocalBenchmark {
  /** The payload of the small items of the single-item throughput (100 characters). */
  static final String SMALL_PAYLOAD = "x".repeat(100);

  /** The client threads of the throughput and batch phases. */
  static final int THREADS = 8;

  /** Items the {@code GetItem}s read, written before. */
  static final int GET_KEYS = 1000;

  /** Keys the {@code PutItem}s overwrite. */
  static final int PUT_KEYS = 10_000;

  /** Each scan and query is measured this many times, the servers taking turns. */
  static final int READ_REPETITIONS = 3;

  static final String IN_PROCESS = "Dynamap Local in-process";
  static final String LOCAL_HTTP = "Dynamap Local HTTP";
  static final String DYNALITE = "dynalite HTTP";
  static final String NULL_NODELAY = "do-nothing JDK server, TCP_NODELAY";
  static final String NULL_NAGLE = "do-nothing JDK server, Nagle";
  static final String NULL_POOL = "do-nothing JDK server, TCP_NODELAY, 64-thread pool";

  /** Start to first answer: {@code launch} from process start (as the parent sees it). */
  public record Startup(String server, String how, List<Double> millis) {}

  /** Single-item operations per second over the measured window. */
  public record Throughput(String server, String operation, long operations, double seconds, long errors) {
    public double perSecond() {
      return operations / seconds;
    }
  }

  /** One read (scan or query) of every item: the median of its repetitions. */
  public record Read(String server, String operation, long items, long pages, long bytes, List<Double> seconds) {
    public double medianSeconds() {
      return Report.median(seconds);
    }

    public double itemsPerSecond() {
      return items / medianSeconds();
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / medianSeconds();
    }
  }

  /** One {@code BatchWriteItem} load. */
  public record Batch(String server, long items, long bytes, double seconds, long requests) {
    public double itemsPerSecond() {
      return items / seconds;
    }
  }

  /** Everything one run measured. */
  public record Results(
      List<Startup> startups,
      List<Throughput> throughput,
      List<Read> reads,
      List<Batch> batches,
      String dynaliteSkipped,
      String dynaliteVersion,
      String loadBefore,
      String loadAfter,
      Duration took) {}

  private final Settings settings;
  private final Path dynalite;
  private final String dynaliteSkipped;
  private final StaticCredentialsProvider credentials =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy"));

  public LocalBenchmark(Settings settings) {
    this.settings = settings;
    String why = null;
    Path cli = null;
    if (settings.dynalite() == null) {
      why = "dynalite was switched off (--dynalite none)";
    } else {
      cli = findDynalite(settings.dynalite());
      if (cli == null) {
        why =
            "dynalite is not installed (no "
                + settings.dynalite()
                + "): run `npm ci --no-audit --no-fund` in local/src/test/dynalite";
      } else if (ServerProcess.node().isEmpty()) {
        why = "Node.js (`node`) is not on the PATH";
        cli = null;
      }
    }
    this.dynalite = cli;
    this.dynaliteSkipped = why;
  }

  /** Why dynalite is left out (not installed, no Node.js, switched off), or null. */
  String dynaliteSkippedReason() {
    return dynaliteSkipped;
  }

  /** dynalite's cli.js: the path as given, else relative to the repository from benchmarks/. */
  static Path findDynalite(String path) {
    for (Path candidate : List.of(Path.of(path), Path.of("..").resolve(path))) {
      if (Files.isRegularFile(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    return null;
  }

  public Results run() {
    long start = System.nanoTime();
    String loadBefore = loadAverage();
    if (dynaliteSkipped != null) {
      System.out.println("Dynamap Local group: dynalite parts skipped: " + dynaliteSkipped);
    }
    List<Startup> startups = startups();
    List<Throughput> throughput = new ArrayList<>();
    List<Read> reads = new ArrayList<>();
    List<Batch> batches = new ArrayList<>();
    List<AutoCloseable> open = new ArrayList<>();
    try {
      DynamapLocal inProcess = DynamapLocal.builder().http(false).start();
      open.add(inProcess);
      List<String> serverOptions = new ArrayList<>(List.of("-Xmx1g"));
      // For profiling where the server's time goes, e.g.
      // -Dbenchmarks.localServerOptions=-XX:StartFlightRecording=filename=/tmp/local.jfr
      String extra = System.getProperty("benchmarks.localServerOptions", "").trim();
      if (!extra.isEmpty()) {
        serverOptions.addAll(List.of(extra.split("\\s+")));
      }
      ServerProcess localHttp = ServerProcess.jvm(LOCAL_HTTP, serverOptions, LocalServer.class);
      open.add(localHttp);
      ServerProcess nodelay = ServerProcess.jvm(NULL_NODELAY, List.of("-Xmx256m"), NullServer.class, "nodelay", "0");
      open.add(nodelay);
      ServerProcess pool =
          ServerProcess.jvm(NULL_POOL, List.of("-Xmx256m"), NullServer.class, "nodelay", "64");
      open.add(pool);
      ServerProcess nagle = ServerProcess.jvm(NULL_NAGLE, List.of("-Xmx256m"), NullServer.class, "nagle", "0");
      open.add(nagle);
      ServerProcess dynaliteServer = null;
      if (dynalite != null) {
        dynaliteServer = ServerProcess.dynalite(dynalite);
        open.add(dynaliteServer);
      }
      // The servers the throughput is measured on, in order; the first is the anchor.
      List<Target> targets = new ArrayList<>();
      targets.add(new Target(NULL_NODELAY, false, http(nodelay.endpoint)));
      targets.add(new Target(NULL_POOL, false, http(pool.endpoint)));
      targets.add(new Target(LOCAL_HTTP, true, http(localHttp.endpoint)));
      if (dynaliteServer != null) {
        targets.add(new Target(DYNALITE, true, http(dynaliteServer.endpoint)));
      }
      targets.add(new Target(IN_PROCESS, true, client(inProcess.inProcessHttpClient(), DynamapLocal.IN_PROCESS_ENDPOINT)));
      targets.add(new Target(NULL_NAGLE, false, http(nagle.endpoint)));
      targets.forEach(open::add);
      for (Target t : targets) {
        awaitAnswer(t.client, Duration.ofSeconds(30));
      }

      System.out.println("Dynamap Local group: single-item throughput, " + THREADS + " threads");
      // Not reported: warms up this JVM's client code on the first anchor, so that the server
      // measured first does not pay for the client's JIT.
      measure(targets.get(0), "PutItem");
      measure(targets.get(0), "GetItem");
      for (Target t : targets) {
        if (t.real) {
          createTable(t.client, "single", false);
          for (int i = 0; i < GET_KEYS; i++) {
            t.client.putItem(putRequest(i));
          }
        }
        throughput.add(measure(t, "PutItem"));
        throughput.add(measure(t, "GetItem"));
      }

      List<Target> real = targets.stream().filter(t -> t.real).toList();
      System.out.println(
          "Dynamap Local group: BatchWriteItem and 1 MB pages, " + settings.pageItems() + " items of ~1 KB");
      int warmItems = Math.max(25, settings.pageItems() / 5);
      for (Target t : real) {
        // Not reported: warms up the server and this JVM on the same work.
        createTable(t.client, "warm", true);
        batchWrite(t, "warm", warmItems);
        read(t, "warm", "scan");
        read(t, "warm", "query");
      }
      for (Target t : real) {
        createTable(t.client, "pages", true);
        batches.add(batchWrite(t, "pages", settings.pageItems()));
      }
      for (String operation : List.of("scan", "query")) {
        Map<String, List<ReadOnce>> runs = new HashMap<>();
        for (int rep = 0; rep < READ_REPETITIONS; rep++) {
          for (Target t : real) {
            runs.computeIfAbsent(t.name, k -> new ArrayList<>()).add(read(t, "pages", operation));
          }
        }
        for (Target t : real) {
          List<ReadOnce> r = runs.get(t.name);
          ReadOnce first = r.get(0);
          reads.add(
              new Read(
                  t.name, operation, first.items, first.pages, first.bytes,
                  r.stream().map(x -> x.seconds).toList()));
        }
      }
    } finally {
      for (int i = open.size() - 1; i >= 0; i--) {
        try {
          open.get(i).close();
        } catch (Exception e) {
          // Closing what is left.
        }
      }
    }
    return new Results(
        startups, throughput, reads, batches, dynaliteSkipped, dynaliteVersion(), loadBefore, loadAverage(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  // ---- start to first answer ----

  private List<Startup> startups() {
    int runs = settings.startupRuns();
    System.out.println("Dynamap Local group: start to first answer, " + runs + " runs each");
    List<Double> cold = new ArrayList<>();
    List<Double> coldLaunch = new ArrayList<>();
    List<Double> loaded = new ArrayList<>();
    List<Double> engine = new ArrayList<>();
    List<Double> http = new ArrayList<>();
    List<Double> node = new ArrayList<>();
    // The parent's SDK client is warmed first, so that the polls time the servers, not it.
    try (DynamapLocal warm = DynamapLocal.start();
        DynamoDbClient poller = pollingClient(warm.endpoint());
        DynamoDbClient refused = pollingClient(URI.create("http://127.0.0.1:" + ServerProcess.freePort()))) {
      for (int i = 0; i < 200; i++) {
        pollOnce(poller);
      }
      pollOnce(refused);
    }
    for (int run = 0; run < runs; run++) {
      double[] c = probe("cold");
      coldLaunch.add(c[0]);
      cold.add(c[1]);
      double[] l = probe("sdk-loaded");
      loaded.add(l[2]);
      engine.add(l[3]);
      int port = ServerProcess.freePort();
      List<String> command = new ArrayList<>(Jvm.command(List.of(), io.dynamap.local.Main.class));
      command.addAll(List.of("--port", Integer.toString(port)));
      http.add(launchToAnswer(command, port));
      if (dynalite != null) {
        port = ServerProcess.freePort();
        node.add(launchToAnswer(ServerProcess.dynaliteCommand(dynalite, port), port));
      }
    }
    List<Startup> results = new ArrayList<>();
    results.add(new Startup(IN_PROCESS, "`start()` to first answer, SDK loaded before", loaded));
    results.add(new Startup(IN_PROCESS, "of which `start()` itself (no client yet)", engine));
    results.add(new Startup(IN_PROCESS, "`main` to first answer, fresh JVM, SDK loaded by it", cold));
    results.add(new Startup(IN_PROCESS, "process launch to first answer, fresh JVM", coldLaunch));
    results.add(new Startup(LOCAL_HTTP, "process launch to first answer (`io.dynamap.local.Main`)", http));
    if (dynalite != null) {
      results.add(new Startup(DYNALITE, "process launch to first answer (`node cli.js`)", node));
    }
    return results;
  }

  /** {launch to answer, main to answer, start() to answer, start() alone} in ms, from a fresh JVM. */
  private static double[] probe(String mode) {
    List<String> command = new ArrayList<>(Jvm.command(List.of(), StartupProbe.class));
    command.add(mode);
    try {
      long launched = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      double[] times = null;
      StringBuilder output = new StringBuilder();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          output.append(line).append('\n');
          if (line.startsWith(StartupProbe.PREFIX)) {
            String[] parts = line.substring(StartupProbe.PREFIX.length()).trim().split(" ");
            times =
                new double[] {
                  (System.nanoTime() - launched) / 1e6,
                  Long.parseLong(parts[0]) / 1e6,
                  Long.parseLong(parts[1]) / 1e6,
                  Long.parseLong(parts[2]) / 1e6
                };
          }
        }
      }
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0 || times == null) {
        throw new IllegalStateException("Startup probe " + mode + " failed:\n" + output);
      }
      return times;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts {@code command}, polls {@code listTables} on {@code port} every 2 ms until answered. */
  private double launchToAnswer(List<String> command, int port) {
    Process process = null;
    try (DynamoDbClient poller = pollingClient(URI.create("http://127.0.0.1:" + port))) {
      long launched = System.nanoTime();
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = launched + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if (pollOnce(poller)) {
          return (System.nanoTime() - launched) / 1e6;
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(String.join(" ", command) + " ended without answering");
        }
        Thread.sleep(2);
      }
      throw new IllegalStateException(String.join(" ", command) + " did not answer within 60 s");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (process != null) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static boolean pollOnce(DynamoDbClient poller) {
    try {
      poller.listTables(r -> r.limit(1));
      return true;
    } catch (SdkException e) {
      return false;
    }
  }

  private DynamoDbClient pollingClient(URI endpoint) {
    return DynamoDbClient.builder()
        .httpClientBuilder(
            ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(500))
                .socketTimeout(Duration.ofSeconds(10)))
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  // ---- clients and tables ----

  /** A server measured, through its client. */
  private static final class Target implements AutoCloseable {
    final String name;
    /** Whether it stores items (the do-nothing servers do not). */
    final boolean real;
    final DynamoDbClient client;

    Target(String name, boolean real, DynamoDbClient client) {
      this.name = name;
      this.real = real;
      this.client = client;
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** The SDK's sync client on the Apache HTTP client (keep-alive), as users configure it. */
  private DynamoDbClient http(URI endpoint) {
    return DynamoDbClient.builder()
        .httpClientBuilder(
            ApacheHttpClient.builder().maxConnections(2 * THREADS).socketTimeout(Duration.ofSeconds(60)))
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .build();
  }

  private DynamoDbClient client(SdkHttpClient httpClient, URI endpoint) {
    return DynamoDbClient.builder()
        .httpClient(httpClient)
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .build();
  }

  private static void awaitAnswer(DynamoDbClient client, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        client.listTables(r -> r.limit(1));
        return;
      } catch (SdkException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        sleep(20);
      }
    }
  }

  private static void createTable(DynamoDbClient client, String table, boolean withSortKey) {
    List<KeySchemaElement> keys = new ArrayList<>();
    List<AttributeDefinition> attributes = new ArrayList<>();
    keys.add(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build());
    attributes.add(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build());
    if (withSortKey) {
      keys.add(KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build());
      attributes.add(AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build());
    }
    client.createTable(
        r -> r.tableName(table).keySchema(keys).attributeDefinitions(attributes).billingMode(BillingMode.PAY_PER_REQUEST));
    // Both servers create tables at once here; wait anyway, as a client of DynamoDB would.
    client.waiter().waitUntilTableExists(r -> r.tableName(table));
  }

  private static PutItemRequest putRequest(int key) {
    return PutItemRequest.builder()
        .tableName("single")
        .item(Map.of("pk", AttributeValue.fromS("k" + key), "payload", AttributeValue.fromS(SMALL_PAYLOAD)))
        .build();
  }

  private static GetItemRequest getRequest(int key) {
    return GetItemRequest.builder().tableName("single").key(Map.of("pk", AttributeValue.fromS("k" + key))).build();
  }

  // ---- single-item throughput ----

  /** {@code THREADS} threads call {@code operation} as fast as answered; counts the measured window. */
  private Throughput measure(Target target, String operation) {
    LongAdder done = new LongAdder();
    LongAdder errors = new LongAdder();
    AtomicReference<SdkException> firstError = new AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread thread =
          new Thread(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!stop.get()) {
                  try {
                    if (operation.equals("PutItem")) {
                      target.client.putItem(putRequest(random.nextInt(PUT_KEYS)));
                    } else {
                      if (!target.client.getItem(getRequest(random.nextInt(GET_KEYS))).hasItem()) {
                        throw new IllegalStateException(target.name + " lost an item");
                      }
                    }
                    done.increment();
                  } catch (SdkException e) {
                    errors.increment();
                    firstError.compareAndSet(null, e);
                  }
                }
              },
              "local-bench-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    sleep((long) (settings.localWarmupSeconds() * 1000));
    long before = done.sum();
    long errorsBefore = errors.sum();
    long start = System.nanoTime();
    sleep((long) (settings.localSeconds() * 1000));
    long after = done.sum();
    long errorsAfter = errors.sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Thread thread : threads) {
      try {
        thread.join(TimeUnit.MINUTES.toMillis(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (firstError.get() != null) {
      System.out.println(target.name + " " + operation + ": " + errors.sum() + " errors, first: " + firstError.get());
    }
    Throughput result = new Throughput(target.name, operation, after - before, seconds, errorsAfter - errorsBefore);
    System.out.printf(
        java.util.Locale.ROOT, "  %-52s %-8s %,10.0f/s%n", target.name, operation, result.perSecond());
    return result;
  }

  // ---- BatchWriteItem and 1 MB pages ----

  /** The ~1 KB item number {@code i} of the page tables: all in partition "p". */
  static Map<String, AttributeValue> pageItem(int i) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("p"));
    item.put("sk", AttributeValue.fromS(String.format(java.util.Locale.ROOT, "%08d", i)));
    item.put("payload", AttributeValue.fromS(PAGE_PAYLOAD));
    return item;
  }

  /** 1,000 characters: with the names and keys, an item of 1,020 bytes as DynamoDB counts them. */
  static final String PAGE_PAYLOAD = "y".repeat(1000);

  /** An item's size as DynamoDB counts it (string attributes only here). */
  static long itemSize(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      size += e.getKey().getBytes(StandardCharsets.UTF_8).length;
      size += e.getValue().s().getBytes(StandardCharsets.UTF_8).length;
    }
    return size;
  }

  /** {@code count} items in batches of 25 from {@code THREADS} threads; unprocessed ones sent again. */
  private Batch batchWrite(Target target, String table, int count) {
    AtomicInteger next = new AtomicInteger();
    LongAdder requests = new LongAdder();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int from = next.getAndAdd(25); from < count; from = next.getAndAdd(25)) {
                    List<WriteRequest> writes = new ArrayList<>(25);
                    for (int i = from; i < Math.min(count, from + 25); i++) {
                      writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(pageItem(i)).build()).build());
                    }
                    Map<String, List<WriteRequest>> pending = Map.of(table, writes);
                    int attempt = 0;
                    while (!pending.isEmpty()) {
                      Map<String, List<WriteRequest>> sent = pending;
                      BatchWriteItemResponse response = target.client.batchWriteItem(r -> r.requestItems(sent));
                      requests.increment();
                      pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                      if (!pending.isEmpty()) {
                        sleep(Math.min(500L, 10L << attempt++));
                      }
                    }
                  }
                } catch (RuntimeException e) {
                  failure.compareAndSet(null, e);
                }
              },
              "local-batch-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failure.get() != null) {
      throw new IllegalStateException(target.name + ": BatchWriteItem failed", failure.get());
    }
    return new Batch(target.name, count, count * itemSize(pageItem(0)), seconds, requests.sum());
  }

  /** One full scan or query (partition "p") of {@code table}, page by page. */
  private record ReadOnce(long items, long pages, long bytes, double seconds) {}

  private static ReadOnce read(Target target, String table, String operation) {
    long items = 0;
    long pages = 0;
    long bytes = 0;
    long start = System.nanoTime();
    Map<String, AttributeValue> startKey = null;
    do {
      List<Map<String, AttributeValue>> page;
      if (operation.equals("scan")) {
        ScanRequest.Builder request = ScanRequest.builder().tableName(table);
        if (startKey != null) {
          request.exclusiveStartKey(startKey);
        }
        ScanResponse response = target.client.scan(request.build());
        page = response.items();
        startKey = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
      } else {
        QueryRequest.Builder request =
            QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p")));
        if (startKey != null) {
          request.exclusiveStartKey(startKey);
        }
        QueryResponse response = target.client.query(request.build());
        page = response.items();
        startKey = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
      }
      pages++;
      items += page.size();
      for (Map<String, AttributeValue> item : page) {
        bytes += itemSize(item);
      }
    } while (startKey != null && !startKey.isEmpty());
    return new ReadOnce(items, pages, bytes, (System.nanoTime() - start) / 1e9);
  }

  // ---- helpers ----

  /** "dynalite 4.0.0 on Node.js v20", from its package.json and {@code node --version}. */
  private String dynaliteVersion() {
    if (dynalite == null) {
      return null;
    }
    String version = "?";
    try {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
              .matcher(Files.readString(dynalite.resolveSibling("package.json")));
      if (m.find()) {
        version = m.group(1);
      }
    } catch (IOException e) {
      // Unknown version.
    }
    String node = "?";
    try {
      Process p = new ProcessBuilder(ServerProcess.node().orElseThrow().toString(), "--version").start();
      node = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      // Unknown version.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "dynalite " + version + " on Node.js " + node;
  }

  /** The load averages of /proc/loadavg (1, 5, 15 minutes), or "unknown". */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
