package io.dynamap.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamap.benchmarks.model.SmallItem;
import io.dynamap.benchmarks.model.SmallItemKeys;
import io.dynamap.async.AsyncBatchGetter;
import io.dynamap.async.AsyncBatchWriter;
import io.dynamap.async.DynamapAsyncClients;
import io.dynamap.benchmarks.model.SmallItemAsyncRepository;
import io.dynamap.benchmarks.model.SmallItemRepository;
import io.dynamap.benchmarks.model.SmallItemSchema;
import io.dynamap.runtime.batch.BatchGetter;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.client.DynamapClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk load and read back against one Dynamap Local server: n small items through Dynamap's
 * {@link BatchWriter} and its non-blocking {@link AsyncBatchWriter}, through the Enhanced
 * Client's {@code batchWriteItem} in a sequential loop of 25 with hand-written handling of
 * unprocessed items, and through boto3's {@code batch_writer}; then every item read back by scan
 * and by query (one per partition) through each one's paginator (Dynamap's async API: its
 * publishers), and, for Dynamap's two APIs, by a parallel scan and by batch gets.
 *
 * <p>Each anchor has a table of its own. A first round on a fifth of the items, not reported,
 * warms up both JVMs (the server's JIT takes tens of thousands of items to settle) and Python, so
 * that the anchor measured first does not pay for it. Reads are short, so each is repeated, the
 * anchors taking turns, and the median reported.
 */
public final class BulkBenchmark {
  /** One phase of one anchor: the median of its repetitions, and their range as items/s. */
  public record Result(
      String anchor, String operation, long items, double seconds, long requests, double minRate, double maxRate) {
    public double itemsPerSecond() {
      return items / seconds;
    }
  }

  /**
   * Dynamap's writer with 8 requests in flight (its default is 4): the concurrency at which
   * Dynamap Local on 2 cores takes the most items per second.
   */
  static final int MAX_IN_FLIGHT = 8;

  /** Each scan and query is measured this many times. */
  static final int READ_REPETITIONS = 2;

  /** The segments of the parallel scans. */
  static final int SEGMENTS = 4;

  /** The read operations, in the report's order; the last two are Dynamap's only. */
  static final List<String> READS =
      List.of("scan", "query", "parallel scan (" + SEGMENTS + " segments)", "batch get");

  private final URI endpoint;
  private final int items;
  private final StaticCredentialsProvider credentials =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy"));

  public BulkBenchmark(URI endpoint, int items) {
    this.endpoint = endpoint;
    this.items = items;
  }

  /** One timed phase. */
  private record Phase(long items, double seconds, long requests) {}

  /** What each anchor does. */
  private interface Contender extends AutoCloseable {
    String writerName();

    String readerName();

    Phase write(List<SmallItem> data, String table);

    Phase scan(String table);

    Phase query(String table);

    /** A scan of {@value BulkBenchmark#SEGMENTS} segments read in parallel, or null if the anchor has none. */
    default Phase parallelScan(String table) {
      return null;
    }

    /** Every item read back by key, 100 keys a request, or null if the anchor is not measured. */
    default Phase batchGet(List<SmallItem> data, String table) {
      return null;
    }

    @Override
    void close();
  }

  /** Runs every anchor; boto3 only if {@code python} is not null. */
  public List<Result> run(String python) {
    List<SmallItem> data = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      data.add(SampleData.small(i));
    }
    List<SmallItem> warmUp = data.subList(0, Math.max(1, items / 5));
    List<Contender> contenders = new ArrayList<>();
    contenders.add(new DynamapContender());
    contenders.add(new AsyncContender());
    contenders.add(new EnhancedContender());
    if (python != null) {
      contenders.add(new Boto3Contender(python));
    }
    try {
      List<Result> results = new ArrayList<>();
      for (Contender c : contenders) {
        String table = "warm_" + tableWord(c);
        createTable(table);
        c.write(warmUp, table);
        c.scan(table);
        c.query(table);
        c.parallelScan(table);
        c.batchGet(warmUp, table);
      }
      List<String> tables = new ArrayList<>();
      for (Contender c : contenders) {
        String table = "bulk_" + tableWord(c);
        tables.add(table);
        createTable(table);
        Phase write = c.write(data, table);
        double rate = write.items() / write.seconds();
        results.add(new Result(c.writerName(), "write", write.items(), write.seconds(), write.requests(), rate, rate));
      }
      for (String operation : READS) {
        List<List<Phase>> phases = new ArrayList<>();
        contenders.forEach(c -> phases.add(new ArrayList<>()));
        for (int rep = 0; rep < READ_REPETITIONS; rep++) {
          for (int i = 0; i < contenders.size(); i++) {
            Phase phase = read(contenders.get(i), operation, data, tables.get(i));
            if (phase != null) {
              phases.get(i).add(phase);
            }
          }
        }
        for (int i = 0; i < contenders.size(); i++) {
          if (!phases.get(i).isEmpty()) {
            results.add(median(contenders.get(i).readerName(), operation, phases.get(i)));
          }
        }
      }
      return results;
    } finally {
      contenders.forEach(Contender::close);
    }
  }

  private static Phase read(Contender c, String operation, List<SmallItem> data, String table) {
    return switch (READS.indexOf(operation)) {
      case 0 -> c.scan(table);
      case 1 -> c.query(table);
      case 2 -> c.parallelScan(table);
      default -> c.batchGet(data, table);
    };
  }

  /** A word of the anchor's reader name for its tables: dynamap, async, enhanced, boto3. */
  private static String tableWord(Contender c) {
    String[] words = c.readerName().toLowerCase().split(" ");
    return words[0].equals("dynamap") && words[1].equals("async") ? "async" : words[0];
  }

  private static Result median(String anchor, String operation, List<Phase> phases) {
    List<Double> seconds = new ArrayList<>();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (Phase p : phases) {
      seconds.add(p.seconds());
      min = Math.min(min, p.items() / p.seconds());
      max = Math.max(max, p.items() / p.seconds());
    }
    Phase first = phases.get(0);
    return new Result(anchor, operation, first.items(), Report.median(seconds), first.requests(), min, max);
  }

  private void createTable(String table) {
    try (DynamoDbClient client = DynamapClients.builder().endpoint(endpoint).credentials(credentials).build()) {
      new SmallItemRepository(client, table).createTable();
    }
  }

  private static Phase phase(long count, long start, RequestCounter counter) {
    return new Phase(count, (System.nanoTime() - start) / 1e9, counter.takeCount());
  }

  /** Dynamap: {@code BatchWriter}, the repository's {@code scan()} and {@code query(...)}. */
  private final class DynamapContender implements Contender {
    private final RequestCounter counter = new RequestCounter();
    // Dynamap's default timeouts (1 s to read an answer, 2 s per attempt) are made for DynamoDB;
    // Dynamap Local on a busy 2-core machine can take longer than that for a 1 MB scan page.
    private final DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(endpoint)
            .credentials(credentials)
            .socketTimeout(Duration.ofSeconds(30))
            .apiCallAttemptTimeout(Duration.ofSeconds(30))
            .apiCallTimeout(Duration.ofMinutes(2))
            .addExecutionInterceptor(counter)
            .build();

    @Override
    public String writerName() {
      return "Dynamap BatchWriter (8 in flight)";
    }

    @Override
    public String readerName() {
      return "Dynamap paginator";
    }

    @Override
    public Phase write(List<SmallItem> data, String table) {
      SmallItemRepository repository = new SmallItemRepository(client, table);
      counter.takeCount();
      long start = System.nanoTime();
      try (BatchWriter writer = BatchWriter.builder(client).maxInFlight(MAX_IN_FLIGHT).build()) {
        for (SmallItem item : data) {
          writer.put(repository, item);
        }
      }
      return phase(data.size(), start, counter);
    }

    @Override
    public Phase scan(String table) {
      counter.takeCount();
      long start = System.nanoTime();
      long count = new SmallItemRepository(client, table).scan().stream().count();
      return phase(count, start, counter);
    }

    @Override
    public Phase query(String table) {
      counter.takeCount();
      long start = System.nanoTime();
      SmallItemRepository repository = new SmallItemRepository(client, table);
      long count = 0;
      for (int p = 0; p < SampleData.BULK_PARTITIONS; p++) {
        count += repository.query(SmallItemKeys.partition("p" + p)).stream().count();
      }
      return phase(count, start, counter);
    }

    @Override
    public Phase parallelScan(String table) {
      counter.takeCount();
      long start = System.nanoTime();
      long count;
      try (Stream<SmallItem> items = new SmallItemRepository(client, table).scan().segments(SEGMENTS).stream()) {
        count = items.count();
      }
      return phase(count, start, counter);
    }

    @Override
    public Phase batchGet(List<SmallItem> data, String table) {
      SmallItemRepository repository = new SmallItemRepository(client, table);
      List<Map<String, AttributeValue>> keys = keysOf(data);
      counter.takeCount();
      long start = System.nanoTime();
      long count = BatchGetter.of(client).get(repository, keys).count();
      return phase(count, start, counter);
    }

    @Override
    public void close() {
      client.close();
    }
  }

  private static List<Map<String, AttributeValue>> keysOf(List<SmallItem> data) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>(data.size());
    for (SmallItem item : data) {
      keys.add(SmallItemSchema.INSTANCE.keyOf(item));
    }
    return keys;
  }

  /**
   * Dynamap's non-blocking API on {@link DynamapAsyncClients} (the SDK's Netty client): {@code
   * AsyncBatchWriter}, the async repository's publishers (every item counted by a subscriber that
   * asks for all at once), and {@code AsyncBatchGetter}. The caller's thread only waits for the
   * end of each phase.
   */
  private final class AsyncContender implements Contender {
    private final RequestCounter counter = new RequestCounter();
    private final DynamoDbAsyncClient client =
        DynamapAsyncClients.builder()
            .endpoint(endpoint)
            .credentials(credentials)
            .socketTimeout(Duration.ofSeconds(30))
            .apiCallAttemptTimeout(Duration.ofSeconds(30))
            .apiCallTimeout(Duration.ofMinutes(2))
            .addExecutionInterceptor(counter)
            .build();

    @Override
    public String writerName() {
      return "Dynamap AsyncBatchWriter (8 in flight)";
    }

    @Override
    public String readerName() {
      return "Dynamap async publisher";
    }

    @Override
    public Phase write(List<SmallItem> data, String table) {
      SmallItemAsyncRepository repository = new SmallItemAsyncRepository(client, table);
      counter.takeCount();
      long start = System.nanoTime();
      AsyncBatchWriter writer = AsyncBatchWriter.builder(client).maxInFlight(MAX_IN_FLIGHT).build();
      writer.putAll(repository, data).thenCompose(accepted -> writer.close()).join();
      return phase(data.size(), start, counter);
    }

    @Override
    public Phase scan(String table) {
      counter.takeCount();
      long start = System.nanoTime();
      long count = count(new SmallItemAsyncRepository(client, table).scan().items());
      return phase(count, start, counter);
    }

    @Override
    public Phase query(String table) {
      counter.takeCount();
      long start = System.nanoTime();
      SmallItemAsyncRepository repository = new SmallItemAsyncRepository(client, table);
      long count = 0;
      // One partition after the other, as the blocking readers do.
      for (int p = 0; p < SampleData.BULK_PARTITIONS; p++) {
        count += count(repository.query(SmallItemKeys.partition("p" + p)).items());
      }
      return phase(count, start, counter);
    }

    @Override
    public Phase parallelScan(String table) {
      counter.takeCount();
      long start = System.nanoTime();
      long count =
          count(new SmallItemAsyncRepository(client, table).scan().segments(SEGMENTS).items());
      return phase(count, start, counter);
    }

    @Override
    public Phase batchGet(List<SmallItem> data, String table) {
      SmallItemAsyncRepository repository = new SmallItemAsyncRepository(client, table);
      List<Map<String, AttributeValue>> keys = keysOf(data);
      counter.takeCount();
      long start = System.nanoTime();
      long count = AsyncBatchGetter.of(client).get(repository, keys).join().size();
      return phase(count, start, counter);
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** The items a publisher publishes, all asked for at once, counted as they come. */
  private static long count(Flow.Publisher<?> items) {
    CompletableFuture<Long> done = new CompletableFuture<>();
    items.subscribe(
        new Flow.Subscriber<Object>() {
          private long count;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(Object item) {
            count++;
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(count);
          }
        });
    return done.join();
  }

  /** The Enhanced Client: a sequential {@code batchWriteItem} loop, {@code PageIterable} reads. */
  private final class EnhancedContender implements Contender {
    private final RequestCounter counter = new RequestCounter();
    private final DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .httpClientBuilder(ApacheHttpClient.builder())
            .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
            .build();
    private final DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    private final TableSchema<SmallItem> schema = TableSchema.fromBean(SmallItem.class);

    @Override
    public String writerName() {
      return "Enhanced batchWriteItem loop";
    }

    @Override
    public String readerName() {
      return "Enhanced PageIterable";
    }

    @Override
    public Phase write(List<SmallItem> data, String tableName) {
      DynamoDbTable<SmallItem> table = enhanced.table(tableName, schema);
      counter.takeCount();
      long start = System.nanoTime();
      for (int from = 0; from < data.size(); from += BatchWriter.MAX_ITEMS_PER_REQUEST) {
        List<SmallItem> batch =
            data.subList(from, Math.min(data.size(), from + BatchWriter.MAX_ITEMS_PER_REQUEST));
        int attempt = 0;
        while (!batch.isEmpty()) {
          WriteBatch.Builder<SmallItem> writeBatch =
              WriteBatch.builder(SmallItem.class).mappedTableResource(table);
          for (SmallItem item : batch) {
            writeBatch.addPutItem(item);
          }
          BatchWriteResult result =
              enhanced.batchWriteItem(
                  BatchWriteItemEnhancedRequest.builder().addWriteBatch(writeBatch.build()).build());
          batch = result.unprocessedPutItemsForTable(table);
          if (!batch.isEmpty()) {
            // What users write by hand (aws-sdk-java-v2 #3476): back off, send the rest again.
            sleep(Math.min(1000L, 50L << attempt++));
          }
        }
      }
      return phase(data.size(), start, counter);
    }

    @Override
    public Phase scan(String tableName) {
      counter.takeCount();
      long start = System.nanoTime();
      long count = enhanced.table(tableName, schema).scan().items().stream().count();
      return phase(count, start, counter);
    }

    @Override
    public Phase query(String tableName) {
      DynamoDbTable<SmallItem> table = enhanced.table(tableName, schema);
      counter.takeCount();
      long start = System.nanoTime();
      long count = 0;
      for (int p = 0; p < SampleData.BULK_PARTITIONS; p++) {
        count +=
            table
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue("p" + p).build()))
                .items()
                .stream()
                .count();
      }
      return phase(count, start, counter);
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** boto3, driven through {@code boto3_bulk.py}: one Python process per phase, timed inside it. */
  private final class Boto3Contender implements Contender {
    private final String python;
    private final Path script;

    Boto3Contender(String python) {
      this.python = python;
      try (InputStream in = BulkBenchmark.class.getResourceAsStream("boto3_bulk.py")) {
        script = Files.createTempFile("boto3_bulk", ".py");
        Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String writerName() {
      return "boto3 batch_writer";
    }

    @Override
    public String readerName() {
      return "boto3 paginator";
    }

    @Override
    public Phase write(List<SmallItem> data, String table) {
      return run("write", table, data.size());
    }

    @Override
    public Phase scan(String table) {
      return run("scan", table, 0);
    }

    @Override
    public Phase query(String table) {
      return run("query", table, 0);
    }

    private Phase run(String operation, String table, int count) {
      try {
        Process process =
            new ProcessBuilder(
                    python,
                    script.toString(),
                    operation,
                    endpoint.toString(),
                    table,
                    Integer.toString(count),
                    Integer.toString(SampleData.BULK_PARTITIONS))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Phase phase = null;
        JsonFactory json = new JsonFactory();
        try (BufferedReader out =
            new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = out.readLine()) != null) {
            phase = parse(json, line);
          }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || phase == null) {
          throw new IllegalStateException("boto3 " + operation + " failed");
        }
        return phase;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      try {
        Files.deleteIfExists(script);
      } catch (IOException e) {
        // A temporary file left behind.
      }
    }
  }

  private static Phase parse(JsonFactory json, String line) throws IOException {
    long items = 0;
    double seconds = 0;
    long requests = 0;
    try (JsonParser parser = json.createParser(line)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          switch (field) {
            case "items" -> items = parser.getLongValue();
            case "seconds" -> seconds = parser.getDoubleValue();
            case "requests" -> requests = parser.getLongValue();
            default -> {}
          }
        }
      }
    }
    return new Phase(items, seconds, requests);
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
