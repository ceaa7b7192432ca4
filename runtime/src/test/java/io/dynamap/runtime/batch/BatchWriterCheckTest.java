package io.dynamap.runtime.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.batch.UnwrittenItem.Operation;
import io.dynamap.runtime.core.BatchRetryPolicy;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.ItemSizes;
import io.dynamap.runtime.schema.KeyDefinition;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What {@link BatchWriter} checks before any request: no server is needed, as nothing here is sent
 * (the client points at a closed port). Writing is tested against Dynamap Local in the
 * example-model module.
 */
class BatchWriterCheckTest {
  /** A test entity with a composite key; its schema is written by hand, as the processor would. */
  record Thing(String id, long version, String body) {}

  static final class ThingSchema implements ItemSchema<Thing> {
    static final ThingSchema INSTANCE = new ThingSchema();

    @Override
    public String entityName() {
      return "Thing";
    }

    @Override
    public String tableName() {
      return "Things";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.S, "version", ScalarAttributeType.N);
    }

    @Override
    public Map<String, AttributeValue> toItem(Thing thing) {
      if (thing.id() == null) {
        throw new ItemMappingException("Thing: key attribute 'id' is null");
      }
      Map<String, AttributeValue> item = new HashMap<>(keyOf(thing));
      if (thing.body() != null) {
        item.put("body", AttributeValue.fromS(thing.body()));
      }
      return item;
    }

    @Override
    public Thing fromItem(Map<String, AttributeValue> item) {
      return new Thing(
          item.get("id").s(),
          Long.parseLong(item.get("version").n()),
          item.containsKey("body") ? item.get("body").s() : null);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Thing thing) {
      return Map.of(
          "id",
          AttributeValue.fromS(thing.id()),
          "version",
          AttributeValue.fromN(Long.toString(thing.version())));
    }
  }

  static final class ThingRepository extends TableRepository<Thing> {
    ThingRepository(DynamoDbClient client) {
      super(client, ThingSchema.INSTANCE, "Things");
    }
  }

  private final DynamoDbClient client =
      DynamoDbClient.builder()
          .region(Region.US_EAST_1)
          .endpointOverride(URI.create("http://127.0.0.1:9"))
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
          // One attempt per call: the writer's own retries are under test, not the SDK's.
          .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
          .build();
  private final ThingRepository things = new ThingRepository(client);

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void anItemOver400KbIsRefusedWithItsTableAndKey() {
    try (BatchWriter writer = BatchWriter.of(client)) {
      Thing huge = new Thing("big one", 3, "x".repeat(ItemSizes.MAX_ITEM_BYTES));
      ItemTooLargeException e =
          assertThrows(ItemTooLargeException.class, () -> writer.put(things, huge));
      long size = ItemSizes.itemSize(things.schema().toItem(huge));
      assertEquals(size, e.size());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "table Things, item {id=\"big one\", version=3}: the Thing item is " + size
                      + " bytes, over DynamoDB's limit of 409600 bytes (400 KB); largest attributes:"
                      + " body (409604 bytes), "),
          e.getMessage());
      assertEquals("body", e.largestAttributes().get(0));
    }
  }

  @Test
  void anEntityThatCannotBeStoredFailsWithTheTable() {
    try (BatchWriter writer = BatchWriter.of(client)) {
      ItemMappingException e =
          assertThrows(
              ItemMappingException.class, () -> writer.put(things, new Thing(null, 1, "b")));
      assertEquals("table Things: Thing: key attribute 'id' is null", e.getMessage());
    }
  }

  @Test
  void keyMapsAreCheckedAgainstTheRepositorysKey() {
    try (BatchWriter writer = BatchWriter.of(client)) {
      assertKeyRefused(writer, Map.of("id", AttributeValue.fromS("a")), "it has 1 attribute");
      assertKeyRefused(
          writer,
          Map.of("id", AttributeValue.fromS("a"), "other", AttributeValue.fromN("1")),
          "'version' is missing");
      assertKeyRefused(
          writer,
          Map.of("id", AttributeValue.fromS("a"), "version", AttributeValue.fromS("1")),
          "'version' is S, the key needs N");
      assertKeyRefused(
          writer,
          Map.of("id", AttributeValue.fromS(""), "version", AttributeValue.fromN("1")),
          "'id' is an empty string");
      assertKeyRefused(
          writer,
          Map.of("id", AttributeValue.fromS("a"), "version", AttributeValue.fromN("one")),
          "'version' is not a number: one");
      assertKeyRefused(
          writer,
          Map.of(
              "id",
              AttributeValue.fromS("a"),
              "version",
              AttributeValue.fromN("1"),
              "body",
              AttributeValue.fromS("b")),
          "it has 3 attributes");
      assertEquals(0, writer.statistics().requests());
    }
  }

  @Test
  void aServerThatCannotBeReachedIsRetriedUntilTheBudgetRunsOut() {
    // The client's first call pays for the SDK's start-up, which on a busy machine can take longer
    // than the whole budget below; make it first, so that the budget is spent on retries.
    assertThrows(SdkClientException.class, client::listTables);
    BatchWriter writer =
        BatchWriter.builder(client)
            .backoff(Duration.ofMillis(5), Duration.ofMillis(50))
            .retryBudget(Duration.ofMillis(300))
            .build();
    Map<String, AttributeValue> key =
        Map.of("version", AttributeValue.fromN("1"), "id", AttributeValue.fromS("a"));
    writer.deleteByKey(things, key);
    long start = System.nanoTime();
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    UnwrittenItem item = e.unwrittenItems().get(0);
    assertEquals(1, e.unwrittenItems().size());
    assertEquals(Operation.DELETE, item.operation());
    assertEquals(
        "{id=\"a\", version=1}", item.keyDescription()); // in key order, whatever the map's
    assertEquals(
        "still failing (SdkClientException) when the retry budget of 300 ms ran out",
        item.reason());
    assertTrue(BatchRetryPolicy.isRetryable(item.cause()));
    assertTrue(writer.statistics().retries() >= 1);
    assertEquals(writer.statistics().requests(), writer.statistics().retries() + 1);
  }

  private void assertKeyRefused(
      BatchWriter writer, Map<String, AttributeValue> key, String problem) {
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> writer.deleteByKey(things, key));
    assertTrue(e.getMessage().startsWith("table Things: {"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains("is not a key of Thing, which needs id (S) and version (N): " + problem),
        e.getMessage());
  }

  @Test
  void aClosedWriterRefusesWork() {
    BatchWriter writer = BatchWriter.of(client);
    writer.close();
    writer.close();
    assertThrows(IllegalStateException.class, () -> writer.put(things, new Thing("a", 1, null)));
    assertThrows(
        IllegalStateException.class,
        () -> writer.deleteByKey(things, ThingSchema.INSTANCE.keyOf(new Thing("a", 1, null))));
    assertThrows(IllegalStateException.class, writer::flush);
    assertEquals(new BatchWriteStatistics(0, 0, 0, 0, 0, 0, 0), writer.statistics());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> BatchWriter.builder(client).maxInFlight(0));
    IllegalArgumentException outOfOrder =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchWriter.builder(client).backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    // The message of BatchWriterSettings, which the async writer's builder shares.
    assertEquals("maxDelay PT1S is shorter than baseDelay PT2S", outOfOrder.getMessage());
    assertEquals(
        "baseDelay must be positive, was PT0S",
        assertThrows(
                IllegalArgumentException.class,
                () -> BatchWriter.builder(client).backoff(Duration.ZERO, Duration.ofSeconds(1)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchWriter.builder(client).retryBudget(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> BatchWriter.builder(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchGetter.builder(client).backoff(Duration.ZERO, Duration.ofSeconds(1)));
  }

  @Test
  void theExceptionGroupsReasonsNamesTwentyItemsAndKeepsEveryCause() {
    IOException first = new IOException("first");
    IOException second = new IOException("second");
    List<UnwrittenItem> items = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("k" + i));
      items.add(
          new UnwrittenItem(
              "T",
              i == 0 ? Operation.DELETE : Operation.PUT,
              key,
              key,
              null,
              i < 5
                  ? "refused (ValidationException)"
                  : "still unprocessed when the retry budget of 2 min ran out",
              i < 3 ? first : i < 5 ? second : null));
    }
    BatchWriteException e = new BatchWriteException(items);
    assertTrue(
        e.getMessage()
            .startsWith(
                "25 items were not written (5 refused (ValidationException); 20 still unprocessed"
                    + " when the retry budget of 2 min ran out): DELETE T {id=\"k0\"}, PUT T"
                    + " {id=\"k1\"}"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("PUT T {id=\"k19\"}, and 5 more (see unwrittenItems())"),
        e.getMessage());
    assertSame(first, e.getCause());
    assertEquals(List.of(second), List.of(e.getSuppressed()));
    assertEquals(items, e.unwrittenItems());
    assertEquals("k1", items.get(1).toWriteRequest().putRequest().item().get("id").s());
    assertEquals("k0", items.get(0).toWriteRequest().deleteRequest().key().get("id").s());
  }
}
