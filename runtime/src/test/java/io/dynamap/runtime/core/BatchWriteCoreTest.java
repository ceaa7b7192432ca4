package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.core.BatchWriteCore.BatchRun;
import io.dynamap.runtime.core.BatchWriteCore.Buffer;
import io.dynamap.runtime.core.BatchWriteCore.PendingWrite;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The batch writers' decisions, without a server: buffers at DynamoDB's limits, the request of a
 * run, what an answer leaves to retry, when the budget ends it, and how refusals and give-ups are
 * listed. Both writers (blocking and async) make exactly these decisions.
 */
class BatchWriteCoreTest {
  /** A note keyed by a number. */
  record Note(int id, String text) {}

  static final class NoteSchema implements ItemSchema<Note> {
    static final NoteSchema INSTANCE = new NoteSchema();

    @Override
    public String entityName() {
      return "Note";
    }

    @Override
    public String tableName() {
      return "Notes";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.N);
    }

    @Override
    public Map<String, AttributeValue> toItem(Note note) {
      return Map.of(
          "id", AttributeValue.fromN(Integer.toString(note.id())),
          "text", AttributeValue.fromS(note.text()));
    }

    @Override
    public Note fromItem(Map<String, AttributeValue> item) {
      return new Note(Integer.parseInt(item.get("id").n()), item.get("text").s());
    }

    @Override
    public Map<String, AttributeValue> keyOf(Note note) {
      return Map.of("id", AttributeValue.fromN(Integer.toString(note.id())));
    }
  }

  private static final EntityTable<Note> NOTES = EntityTable.of("Notes", NoteSchema.INSTANCE);

  private static BatchWriteCore core(Duration budget) {
    return new BatchWriteCore(
        new BatchRetryPolicy(Duration.ofMillis(1), Duration.ofMillis(1), budget), false, "Writer");
  }

  private static List<PendingWrite> puts(BatchWriteCore core, int from, int to) {
    List<PendingWrite> writes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      writes.add(core.encodePut(NOTES, new Note(i, "note " + i)));
    }
    return writes;
  }

  /** An answer leaving these notes unprocessed. */
  private static BatchWriteItemResponse unprocessed(int... ids) {
    List<WriteRequest> left = new ArrayList<>();
    for (int id : ids) {
      left.add(
          WriteRequest.builder()
              .putRequest(
                  PutRequest.builder().item(NoteSchema.INSTANCE.toItem(new Note(id, "x"))).build())
              .build());
    }
    return BatchWriteItemResponse.builder().unprocessedItems(Map.of("Notes", left)).build();
  }

  @Test
  void aBufferHoldsTwentyFiveKeysAndTheLastWriteToAKeyWins() {
    BatchWriteCore core = core(Duration.ofMinutes(1));
    BatchWriteCore.Buffers buffers = new BatchWriteCore.Buffers();
    List<PendingWrite> writes = puts(core, 0, 26);
    Buffer buffer = buffers.of(writes.get(0));
    for (PendingWrite write : writes.subList(0, 25)) {
      assertTrue(buffer.fits(write));
      assertFalse(buffer.put(write));
    }
    assertFalse(buffer.fits(writes.get(25)), "a 26th key does not fit");
    PendingWrite again = core.encodePut(NOTES, new Note(3, "rewritten"));
    assertTrue(buffer.fits(again), "a key already buffered always fits by count");
    assertTrue(buffer.put(again));

    List<PendingWrite> batch = buffer.drain();
    assertEquals(25, batch.size());
    assertSame(again, batch.get(3), "in the place of the write it replaced");
    assertTrue(buffer.isEmpty());
    assertTrue(buffers.isEmpty());
  }

  @Test
  void unprocessedWritesAreSentAgainAndCounted() {
    BatchWriteCore core = core(Duration.ofMinutes(1));
    BatchRun run = core.start(puts(core, 0, 5));

    BatchWriteItemRequest first = run.nextRequest();
    assertEquals(5, first.requestItems().get("Notes").size());
    OptionalLong retryIn = run.afterResponse(unprocessed(1, 4, 99));
    assertTrue(retryIn.isPresent());
    assertTrue(retryIn.getAsLong() >= 0 && retryIn.getAsLong() <= 1_000_000, "within 1 ms");
    assertEquals(List.of(1, 4), run.remaining().stream().map(w -> ((Note) w.entity()).id()).toList());

    BatchWriteItemRequest second = run.nextRequest();
    assertEquals(2, second.requestItems().get("Notes").size());
    assertTrue(run.afterResponse(BatchWriteItemResponse.builder().build()).isEmpty(), "done");
    assertEquals(new BatchWriteStatistics(5, 0, 0, 2, 1, 2, 0), core.statistics());
    assertNull(core.failure());
  }

  @Test
  void aRefusalGivesUpAtOnceAndTheBudgetEndsRetries() throws InterruptedException {
    BatchWriteCore core = core(Duration.ofMillis(20));
    DynamoDbException refused =
        (DynamoDbException)
            DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ValidationException")
                        .errorMessage("bad")
                        .build())
                .build();
    BatchRun refusedRun = core.start(puts(core, 0, 2));
    refusedRun.nextRequest();
    assertTrue(refusedRun.afterFailure(refused).isEmpty());

    BatchRun unlucky = core.start(puts(core, 10, 13));
    unlucky.nextRequest();
    Thread.sleep(30); // past the 20 ms budget: the next retry would begin after it
    assertTrue(unlucky.afterResponse(unprocessed(11)).isEmpty());

    BatchWriteException failure = core.failure();
    List<UnwrittenItem> items = failure.unwrittenItems();
    assertEquals(3, items.size());
    assertEquals("refused (ValidationException: bad)", items.get(0).reason());
    assertSame(refused, items.get(0).cause());
    assertEquals(
        "still unprocessed when the retry budget of 20 ms ran out", items.get(2).reason());
    assertEquals(new Note(11, "note 11"), items.get(2).entity());
    assertEquals(new BatchWriteStatistics(2, 0, 3, 2, 0, 1, 0), core.statistics());
  }
}
