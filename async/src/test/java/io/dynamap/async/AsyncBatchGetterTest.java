package io.dynamap.async;

import static io.dynamap.async.AsyncBatchWriterTest.await;
import static io.dynamap.async.AsyncBatchWriterTest.failureOf;
import static io.dynamap.async.Readings.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Readings.Reading;
import io.dynamap.runtime.batch.BatchGetException;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchGetStatistics;
import io.dynamap.runtime.batch.UnreadKey;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.schema.ProjectionSchema;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link AsyncBatchGetter} against Dynamap Local. */
@DynamapLocalTest
class AsyncBatchGetterTest {
  private final DynamoDbAsyncClient client;
  private final EntityTable<Reading> readings;
  private final EntityTable<Map<String, AttributeValue>> events;

  AsyncBatchGetterTest(TestTables tables) throws Exception {
    this.client = DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build();
    this.readings = Readings.table(tables.create(Readings.SCHEMA));
    this.events = EntityTable.of(tables.create(Events.SCHEMA), Events.SCHEMA);
    AsyncBatchWriter writer = AsyncBatchWriter.of(client);
    await(
        writer
            .putAll(readings, Readings.readings(0, 250))
            .thenCompose(v -> writer.put(events, Events.event("e", 1, "one")))
            .thenCompose(v -> writer.close()));
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void keysOfSeveralTablesAreReadOnceEachInTheOrderGiven() throws Exception {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 249; i >= 0; i -= 2) {
      keys.add(key(Readings.reading(i)));
    }
    keys.add(key(Readings.reading(249))); // again
    // The same key with its number written otherwise: DynamoDB's equal, read once.
    keys.add(Map.of("sensor", AttributeValue.fromS("s-1"), "seq", AttributeValue.fromN("1.0")));
    keys.add(key(new Reading("nobody", 1, 0)));

    BatchGetResult result =
        await(
            AsyncBatchGetter.builder(client)
                .consistentRead(true)
                .build()
                .request()
                .addAll(readings, keys)
                .add(events, Events.key("e", 1))
                .add(events, Events.key("e", 2))
                .execute());

    List<Reading> expected = new ArrayList<>();
    for (int i = 249; i >= 0; i -= 2) {
      expected.add(Readings.reading(i));
    }
    assertEquals(expected, result.items(readings).toList());
    assertEquals(List.of(Events.event("e", 1, "one")), result.items(events).toList());
    // 125 distinct reading keys + 1 absent + 2 events; two given again.
    assertEquals(new BatchGetStatistics(128, 2, 126, 2, 0, 0, 0), result.statistics());

    assertEquals(
        Readings.readings(0, 3),
        await(
            AsyncBatchGetter.of(client)
                .get(readings, List.of(key(Readings.reading(0)), key(Readings.reading(1)),
                    key(Readings.reading(2))))));
  }

  /** A reading's value alone, as a generated {@code @Projection(Reading.class)} schema reads it. */
  record ValueOnly(long value) {}

  private static final ProjectionSchema<Reading, ValueOnly> VALUE_ONLY =
      new ProjectionSchema<>() {
        private final Expression projection = ProjectionSchema.expressionOf("value");

        @Override
        public String projectionName() {
          return "ValueOnly";
        }

        @Override
        public Expression projection() {
          return projection;
        }

        @Override
        public ValueOnly fromItem(Map<String, AttributeValue> item) {
          // The batch getter adds the key attributes; the record ignores them.
          assertEquals(Set.of("sensor", "seq", "value"), item.keySet());
          return new ValueOnly(Long.parseLong(item.get("value").n()));
        }
      };

  @Test
  void projectedKeysAreReadThroughTheProjectionBesideWholeItems() throws Exception {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      keys.add(key(Readings.reading(i)));
    }
    BatchGetResult result =
        await(
            AsyncBatchGetter.of(client)
                .request()
                .addAll(readings, VALUE_ONLY, keys)
                .add(events, Events.key("e", 1))
                .execute());
    List<ValueOnly> expected = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      expected.add(new ValueOnly(Readings.reading(i).value()));
    }
    assertEquals(expected, result.items(readings, VALUE_ONLY).toList());
    assertEquals(List.of(Events.event("e", 1, "one")), result.items(events).toList());
    assertThrows(IllegalArgumentException.class, () -> result.items(readings));

    Map<Map<String, AttributeValue>, ValueOnly> byKey =
        await(AsyncBatchGetter.of(client).getByKey(readings, VALUE_ONLY, keys.subList(0, 2)));
    assertEquals(
        Map.of(
            keys.get(0), new ValueOnly(Readings.reading(0).value()),
            keys.get(1), new ValueOnly(Readings.reading(1).value())),
        byKey);
    assertEquals(
        List.of(new ValueOnly(Readings.reading(5).value())),
        await(AsyncBatchGetter.of(client).get(readings, VALUE_ONLY, keys.subList(5, 6))));
  }

  @Test
  void aRefusedRequestFailsWithEveryKeyNotReadAndTheItemsReadSoFar() throws Exception {
    EntityTable<Reading> missing = Readings.table("no-such-table-" + System.nanoTime());
    List<Map<String, AttributeValue>> present = new ArrayList<>();
    Readings.readings(0, 100).forEach(r -> present.add(key(r)));
    List<Map<String, AttributeValue>> absent = new ArrayList<>();
    Readings.readings(0, 150).forEach(r -> absent.add(key(r)));

    // The first 100 keys are read; the next request names a table that does not exist.
    Throwable failure =
        failureOf(
            AsyncBatchGetter.of(client)
                .request()
                .addAll(readings, present)
                .addAll(missing, absent)
                .execute());

    BatchGetException e = assertInstanceOf(BatchGetException.class, failure);
    assertEquals(150, e.unreadKeys().size());
    for (UnreadKey unread : e.unreadKeys()) {
      assertEquals(missing.tableName(), unread.tableName());
    }
    assertTrue(e.getMessage().contains("ResourceNotFoundException"), e.getMessage());
    assertEquals(Readings.readings(0, 100), e.partialResult().items(readings).toList());
    assertEquals(List.of(), e.partialResult().items(missing).toList());
  }

  @Test
  void aMapThatIsNotAKeyIsRefusedWhenAdded() {
    AsyncBatchGetter.Request request = AsyncBatchGetter.of(client).request();
    ItemMappingException e =
        assertThrows(
            ItemMappingException.class,
            () -> request.add(readings, Map.of("sensor", AttributeValue.fromN("1"))));
    assertTrue(e.getMessage().contains("is not a key of Reading"), e.getMessage());
  }
}
