package io.dynamap.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamap.benchmarks.model.SmallItem;
import io.dynamap.benchmarks.model.SmallItemKeys;
import io.dynamap.benchmarks.model.SmallItemRepository;
import io.dynamap.runtime.DynamapClients;
import io.dynamap.runtime.batch.BatchWriter;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Bulk load and read back against one DynamoDB Local server: n small items through Dynamap's
 * {@link BatchWriter}, through the Enhanced Client's {@code batchWriteItem} in a sequential loop of
 * 25 with hand-written handling of unprocessed items, and through boto3's {@code batch_writer};
 * then every item read back by scan and by query (one per partition) through each one's paginator.
 * Each anchor has a table of its own.
 */
public final class BulkBenchmark {
  /** One phase of one anchor. */
  public record Result(String anchor, String operation, long items, double seconds, long requests) {
    public double itemsPerSecond() {
      return items / seconds;
    }
  }

  private final URI endpoint;
  private final int items;
  private final StaticCredentialsProvider credentials =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy"));

  public BulkBenchmark(URI endpoint, int items) {
    this.endpoint = endpoint;
    this.items = items;
  }

  /** Runs every anchor; boto3 only if {@code python} is not null. */
  public List<Result> run(String python) {
    List<SmallItem> data = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      data.add(SampleData.small(i));
    }
    List<Result> results = new ArrayList<>();
    results.addAll(dynamap(data));
    results.addAll(enhanced(data));
    if (python != null) {
      results.addAll(boto3(python));
    }
    return results;
  }

  private List<Result> dynamap(List<SmallItem> data) {
    RequestCounter counter = new RequestCounter();
    List<Result> results = new ArrayList<>();
    try (DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(endpoint)
            .credentials(credentials)
            .addExecutionInterceptor(counter)
            .build()) {
      SmallItemRepository repository = new SmallItemRepository(client, "bulk_dynamap");
      repository.createTable();
      counter.takeCount();

      long start = System.nanoTime();
      try (BatchWriter writer = BatchWriter.of(client)) {
        for (SmallItem item : data) {
          writer.put(repository, item);
        }
      }
      results.add(result("Dynamap BatchWriter", "write", data.size(), start, counter));

      start = System.nanoTime();
      long scanned = repository.scan().stream().count();
      results.add(result("Dynamap", "scan", scanned, start, counter));

      start = System.nanoTime();
      long queried = 0;
      for (int p = 0; p < SampleData.BULK_PARTITIONS; p++) {
        queried += repository.query(SmallItemKeys.partition("p" + p)).stream().count();
      }
      results.add(result("Dynamap", "query", queried, start, counter));
    }
    return results;
  }

  private List<Result> enhanced(List<SmallItem> data) {
    RequestCounter counter = new RequestCounter();
    List<Result> results = new ArrayList<>();
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .httpClientBuilder(ApacheHttpClient.builder())
            .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
            .build()) {
      DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
      TableSchema<SmallItem> schema = TableSchema.fromBean(SmallItem.class);
      DynamoDbTable<SmallItem> table = enhanced.table("bulk_enhanced", schema);
      new SmallItemRepository(client, "bulk_enhanced").createTable();
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
      results.add(result("Enhanced batchWriteItem loop", "write", data.size(), start, counter));

      start = System.nanoTime();
      long scanned = table.scan().items().stream().count();
      results.add(result("Enhanced PageIterable", "scan", scanned, start, counter));

      start = System.nanoTime();
      long queried = 0;
      for (int p = 0; p < SampleData.BULK_PARTITIONS; p++) {
        queried +=
            table
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue("p" + p).build()))
                .items()
                .stream()
                .count();
      }
      results.add(result("Enhanced PageIterable", "query", queried, start, counter));
    }
    return results;
  }

  private List<Result> boto3(String python) {
    try (DynamoDbClient client =
        DynamapClients.builder().endpoint(endpoint).credentials(credentials).build()) {
      new SmallItemRepository(client, "bulk_boto3").createTable();
    }
    Path script;
    try (InputStream in = BulkBenchmark.class.getResourceAsStream("boto3_bulk.py")) {
      script = Files.createTempFile("boto3_bulk", ".py");
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Result> results = new ArrayList<>();
    try {
      Process process =
          new ProcessBuilder(
                  python,
                  script.toString(),
                  endpoint.toString(),
                  "bulk_boto3",
                  Integer.toString(items),
                  Integer.toString(SampleData.BULK_PARTITIONS))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      JsonFactory json = new JsonFactory();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          results.add(parseBoto3(json, line));
        }
      }
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("boto3 benchmark failed");
      }
      Files.deleteIfExists(script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return results;
  }

  private static Result parseBoto3(JsonFactory json, String line) throws IOException {
    String operation = null;
    long items = 0;
    double seconds = 0;
    long requests = 0;
    try (JsonParser parser = json.createParser(line)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          switch (field) {
            case "operation" -> operation = parser.getText();
            case "items" -> items = parser.getLongValue();
            case "seconds" -> seconds = parser.getDoubleValue();
            case "requests" -> requests = parser.getLongValue();
            default -> {}
          }
        }
      }
    }
    String anchor = operation.equals("write") ? "boto3 batch_writer" : "boto3 paginator";
    return new Result(anchor, operation, items, seconds, requests);
  }

  private static Result result(
      String anchor, String operation, long count, long start, RequestCounter counter) {
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(anchor, operation, count, seconds, counter.takeCount());
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
