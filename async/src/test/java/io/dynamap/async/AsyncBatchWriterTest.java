package io.dynamap.async;

import static io.dynamap.async.Readings.key;
import static io.dynamap.async.Readings.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Readings.Reading;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.core.BatchWriteCore;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** {@link AsyncBatchWriter} and {@link AsyncBatchGetter} against Dynamap Local. */
@DynamapLocalTest
class AsyncBatchWriterTest {
  private static final long WAIT_SECONDS = 120;

  private final TestTables tables;
  private final DynamoDbClient direct;

  AsyncBatchWriterTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** The failure of a future that must fail, unwrapped. */
  static Throwable failureOf(CompletableFuture<?> future) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(WAIT_SECONDS, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void fiveThousandItemsAreWrittenThenReadBackExactly() throws Exception {
    int count = 5_000;
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    List<Reading> all = Readings.readings(0, count);
    try (DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      AsyncBatchWriter writer = AsyncBatchWriter.of(client);
      await(writer.putAll(readings, all).thenCompose(accepted -> writer.close()));
      assertEquals(
          new BatchWriteStatistics(count, 0, 0, count / 25, 0, 0, 0), writer.statistics());

      // Read back through the async getter, 100 keys a request, plus keys with no item.
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      all.forEach(r -> keys.add(key(r)));
      keys.add(key(new Reading("s-absent", 1, 0)));
      BatchGetResult result =
          await(AsyncBatchGetter.of(client).request().addAll(readings, keys).execute());
      assertEquals(all, result.items(readings).toList(), "every reading, in the order asked");
      assertEquals(count + 1, result.statistics().keysRequested());
      assertEquals(count, result.statistics().itemsFound());
      assertEquals((count + 1 + 99) / 100, result.statistics().requests());
    }
    assertEquals(count, Readings.countDirectly(direct, readings.tableName()));
  }

  @Test
  void theBuildersSettingsAreTheBlockingWritersOwnWithItsChecksAndMessages() {
    try (DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      AsyncBatchWriter.Builder builder = AsyncBatchWriter.builder(client);
      assertInstanceOf(io.dynamap.runtime.batch.BatchWriterSettings.class, builder);
      assertEquals(
          "maxInFlight must be at least 1, was 0",
          assertThrows(IllegalArgumentException.class, () -> builder.maxInFlight(0)).getMessage());
      assertEquals(
          "maxDelay PT1S is shorter than baseDelay PT2S",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> builder.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
              .getMessage());
      assertEquals(
          "retryBudget must be positive, was PT0S",
          assertThrows(IllegalArgumentException.class, () -> builder.retryBudget(Duration.ZERO))
              .getMessage());
      assertThrows(NullPointerException.class, () -> AsyncBatchWriter.builder(null));
    }
  }

  @Test
  void aKeyWrittenTwiceInABufferIsSentOnceAndWritesToAKeyLandInOrder() throws Exception {
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    try (DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      AsyncBatchWriter writer = AsyncBatchWriter.builder(client).maxInFlight(4).build();
      // Ten writes to each of ten keys in one buffer: the last one of each wins.
      for (int round = 0; round < 10; round++) {
        for (int i = 0; i < 10; i++) {
          await(writer.put(readings, new Reading("dup", i, 100L * round + i)));
        }
      }
      // A key put, then 30 other writes (so its batch is sent), then deleted: the delete waits
      // for the put's batch, so the item is gone.
      await(writer.put(readings, new Reading("ordered", 0, 1)));
      await(writer.putAll(readings, Readings.readings(0, 30)));
      await(writer.deleteByKey(readings, key(new Reading("ordered", 0, 1))));
      await(writer.close());

      BatchWriteStatistics statistics = writer.statistics();
      assertEquals(90, statistics.itemsCollapsed(), statistics.toString());
      assertEquals(10 + 1 + 30 + 1, statistics.itemsWritten(), statistics.toString());
    }
    Map<Map<String, AttributeValue>, Reading> stored =
        Readings.scanDirectly(direct, readings.tableName());
    assertEquals(40, stored.size());
    for (int i = 0; i < 10; i++) {
      assertEquals(new Reading("dup", i, 900L + i), stored.get(key(new Reading("dup", i, 0))));
    }
    assertFalse(stored.containsKey(key(new Reading("ordered", 0, 1))));
  }

  @Test
  void requestsInFlightAreBoundedAndAProducerWaitsForRoom() throws Exception {
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    // Every answer held back 300 ms, well within the client's timeouts: requests overlap.
    try (FaultyEndpoint slow =
            LocalDynamoDb.shared()
                .withFaults(
                    FaultPlan.builder()
                        .operations("BatchWriteItem")
                        .rate(Fault.DELAY, 1.0)
                        .delay(Duration.ofMillis(300))
                        .build());
        InFlightCounter client =
            new InFlightCounter(DynamapAsyncClientsTest.client(slow.endpoint()).build())) {
      AsyncBatchWriter writer = AsyncBatchWriter.builder(client).maxInFlight(1).build();
      // One request in flight, one full batch waiting, one buffer filling: 75 writes fit.
      List<CompletableFuture<Void>> accepted = new ArrayList<>();
      for (int i = 0; i < 76; i++) {
        accepted.add(writer.put(readings, reading(i)));
      }
      for (int i = 0; i < 75; i++) {
        assertTrue(accepted.get(i).isDone(), "write " + i + " found room");
      }
      assertFalse(accepted.get(75).isDone(), "the 76th waits for the first request");
      await(accepted.get(75));
      assertTrue(client.calls() >= 1);
      await(writer.close());
      assertEquals(1, client.maxInFlight());
      assertEquals(new BatchWriteStatistics(76, 0, 0, 4, 0, 0, 0), writer.statistics());

      // Three in flight at most, and three reached, with 40 batches to send.
      AsyncBatchWriter wide = AsyncBatchWriter.builder(client).maxInFlight(3).build();
      await(wide.putAll(readings, Readings.readings(1_000, 2_000)).thenCompose(v -> wide.close()));
      assertEquals(3, client.maxInFlight());
      assertEquals(new BatchWriteStatistics(1_000, 0, 0, 40, 0, 0, 0), wide.statistics());
    }
    assertEquals(1_076, Readings.countDirectly(direct, readings.tableName()));
  }

  @Test
  void producersOnSeveralThreadsShareOneWriterAndEveryItemIsWrittenOnce() throws Exception {
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    int producers = 4;
    int each = 1_000;
    ExecutorService threads = Executors.newFixedThreadPool(producers);
    try (DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      AsyncBatchWriter writer = AsyncBatchWriter.builder(client).maxInFlight(2).build();
      List<CompletableFuture<Void>> accepted = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        int from = p * each;
        // Each thread puts one at a time, waiting for room: the writer holds them back in turn.
        accepted.add(
            CompletableFuture.runAsync(
                () -> {
                  for (Reading reading : Readings.readings(from, from + each)) {
                    writer.put(readings, reading).join();
                  }
                },
                threads));
      }
      await(CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new)));
      await(writer.close());
      BatchWriteStatistics statistics = writer.statistics();
      assertEquals(producers * each, statistics.itemsWritten(), statistics.toString());
      assertEquals(0, statistics.itemsFailed() + statistics.itemsCollapsed(), statistics.toString());
    } finally {
      threads.shutdownNow();
    }
    Map<Map<String, AttributeValue>, Reading> stored =
        Readings.scanDirectly(direct, readings.tableName());
    assertEquals(producers * each, stored.size());
    for (Reading reading : Readings.readings(0, producers * each)) {
      assertEquals(reading, stored.get(key(reading)));
    }
  }

  @Test
  void aRefusedBatchFailsFlushAndCloseWithTheItemsAndLaterWritesAreListedToo() throws Exception {
    // Readings written to a table whose key is pk/sk: DynamoDB refuses them.
    String otherTable = tables.create(Events.SCHEMA);
    EntityTable<Reading> wrong = Readings.table(otherTable);
    try (DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build()) {
      AsyncBatchWriter writer = AsyncBatchWriter.of(client);
      await(writer.putAll(wrong, Readings.readings(0, 10)));

      Throwable flushed = failureOf(writer.flush());
      BatchWriteException failure = assertInstanceOf(BatchWriteException.class, flushed);
      assertEquals(10, failure.unwrittenItems().size());
      DynamoDbException cause = assertInstanceOf(DynamoDbException.class, failure.getCause());
      assertEquals("ValidationException", cause.awsErrorDetails().errorCode());
      for (UnwrittenItem item : failure.unwrittenItems()) {
        assertSame(cause, item.cause());
        assertTrue(item.reason().startsWith("refused (ValidationException: "), item.reason());
      }

      // The writer has failed: a later put fails with the same exception, which lists it.
      Reading late = reading(99);
      assertSame(failure, failureOf(writer.put(wrong, late)));
      assertSame(failure, failureOf(writer.close()));
      assertEquals(11, failure.unwrittenItems().size());
      UnwrittenItem notAccepted = failure.unwrittenItems().get(10);
      assertEquals(late, notAccepted.entity());
      assertEquals(BatchWriteCore.NOT_ACCEPTED, notAccepted.reason());
      assertEquals(new BatchWriteStatistics(0, 0, 11, 1, 0, 0, 0), writer.statistics());
      assertThrows(IllegalStateException.class, () -> writer.put(wrong, late));
    }
    assertEquals(0, Readings.countDirectly(direct, otherTable));
  }

  @Test
  void aBadEntityFailsOnTheCallersThreadBeforeAnyRequest() throws Exception {
    EntityTable<Reading> readings = Readings.table(tables.create(Readings.SCHEMA));
    try (InFlightCounter client =
        new InFlightCounter(
            DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build())) {
      AsyncBatchWriter writer = AsyncBatchWriter.of(client);
      assertThrows(ItemMappingException.class, () -> writer.put(readings, new Reading("", 1, 1)));
      ItemMappingException notAKey =
          assertThrows(
              ItemMappingException.class,
              () -> writer.deleteByKey(readings, Map.of("sensor", AttributeValue.fromS("x"))));
      assertTrue(notAKey.getMessage().contains("is not a key of Reading"), notAKey.getMessage());
      await(writer.close());
      assertEquals(0, client.calls());
    }
  }
}
