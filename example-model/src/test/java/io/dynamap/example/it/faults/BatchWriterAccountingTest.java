package io.dynamap.example.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.batch.UnwrittenItem.Operation;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@link BatchWriter} whose table refuses everything after its first K items: every entity given
 * to the writer ends either in the table or in the one {@link BatchWriteException} the caller
 * catches, never both, never twice, whichever call threw it. The table is read directly from
 * Dynamap Local, not through the proxy.
 *
 * <p>The proxy lets the first K/25 {@code BatchWriteItem} requests through and throttles every
 * later one; the client makes one attempt per call and the writer retries for 300 ms, so each
 * test takes about a second.
 */
@DynamapLocalTest
class BatchWriterAccountingTest {
  private static final Duration BUDGET = Duration.ofMillis(300);

  private final TestTables tables;
  private final DynamoDbClient direct;

  BatchWriterAccountingTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  @Test
  void theReadmePatternListsExactlyTheItemsNotWrittenWhenTheTableRefusesAfterKItems() {
    int count = 2_000;
    int k = 400;
    String table = tables.create(TickSchema.INSTANCE);
    List<Tick> all = ticks(0, count);
    BatchWriteException caught = null;
    BatchWriteStatistics statistics;
    long start = System.nanoTime();
    try (FaultyEndpoint proxy = refusingAfter(k);
        DynamoDbClient client = Faults.client(proxy).maxAttempts(1).build()) {
      TickRepository ticks = new TickRepository(client, table);
      BatchWriter writer = writer(client);
      // The pattern of docs/batches.md, as written there.
      try (writer) {
        writer.putAll(ticks, all);
      } catch (BatchWriteException e) {
        caught = e;
      }
      statistics = writer.statistics();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);

    assertNotNull(caught, "putAll or close() threw");
    assertAccounted(all, caught, table);
    assertEquals(k, statistics.itemsWritten(), statistics.toString());
    assertEquals(count - k, statistics.itemsFailed(), statistics.toString());
    assertEquals(count - k, caught.unwrittenItems().size());
    // Given up on after the budget, or never sent because the writer had failed.
    Set<String> reasons =
        caught.unwrittenItems().stream().map(UnwrittenItem::reason).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "still failing (ProvisionedThroughputExceededException) when the retry budget of 300"
                + " ms ran out",
            "not sent: the writer had failed"),
        reasons);
    assertTrue(
        caught.getMessage().startsWith((count - k) + " items were not written ("),
        caught.getMessage());
  }

  @Test
  void aPutLoopInTryWithResourcesListsEveryItemHandedOverAndNotWritten() {
    int k = 200;
    String table = tables.create(TickSchema.INSTANCE);
    List<Tick> all = ticks(0, 5_000);
    int handed = 0;
    BatchWriteException caught = null;
    try (FaultyEndpoint proxy = refusingAfter(k);
        DynamoDbClient client = Faults.client(proxy).maxAttempts(1).build()) {
      TickRepository ticks = new TickRepository(client, table);
      try (BatchWriter writer = writer(client)) {
        for (Tick tick : all) {
          handed++; // the entity of the put that throws was handed over too
          writer.put(ticks, tick);
        }
      } catch (BatchWriteException e) {
        caught = e;
      }
    }
    assertNotNull(caught);
    assertTrue(handed < all.size(), "put failed fast, at entity " + handed);
    assertAccounted(all.subList(0, handed), caught, table);
    assertEquals(k, Faults.countDirectly(direct, table));
  }

  @Test
  void onceFailedTheWriterFailsFastWithTheSameExceptionAndCloseCompletesIt() {
    int k = 100;
    String table = tables.create(TickSchema.INSTANCE);
    try (FaultyEndpoint proxy = refusingAfter(k);
        DynamoDbClient client = Faults.client(proxy).maxAttempts(1).build()) {
      TickRepository ticks = new TickRepository(client, table);
      BatchWriter writer = writer(client);
      // Six batches: four written, two refused (the last one sent by flush).
      List<Tick> first = ticks(0, 150);
      writer.putAll(ticks, first);
      BatchWriteException failure = assertThrows(BatchWriteException.class, writer::flush);
      assertEquals(50, failure.unwrittenItems().size());

      // From now on nothing is accepted, at once, and every refused entity joins the same list.
      long start = System.nanoTime();
      assertSame(failure, assertThrows(BatchWriteException.class, () -> writer.put(ticks, tick(150))));
      List<Tick> more = ticks(151, 161);
      assertSame(failure, assertThrows(BatchWriteException.class, () -> writer.putAll(ticks, more)));
      assertSame(failure, assertThrows(BatchWriteException.class, writer::flush));
      assertTrue(System.nanoTime() - start < Duration.ofMillis(200).toNanos(), "fast");
      assertEquals(61, failure.unwrittenItems().size());

      // close() does not throw it a second time: it was thrown already, and it is complete.
      writer.close();
      assertEquals(61, failure.unwrittenItems().size());
      assertEquals(
          new BatchWriteStatistics(100, 0, 61, 6 + writer.statistics().retries(),
              writer.statistics().retries(), 0, writer.statistics().throttles()),
          writer.statistics());
      assertAccounted(ticks(0, 161), failure, table);
    }
  }

  /**
   * Every entity given to the writer is either stored or listed in {@code failure}, not both, each
   * once; the list is exact (entity, key, item) and no suppressed exception lists anything.
   */
  private void assertAccounted(List<Tick> given, BatchWriteException failure, String table) {
    Map<Map<String, AttributeValue>, Tick> stored =
        Faults.scanDirectly(direct, table, TickSchema.INSTANCE);
    List<UnwrittenItem> listed = failure.unwrittenItems();
    Set<Map<String, AttributeValue>> listedKeys = new HashSet<>();
    for (UnwrittenItem item : listed) {
      assertEquals(table, item.tableName());
      assertEquals(Operation.PUT, item.operation());
      Tick tick = (Tick) item.entity();
      assertEquals(TickSchema.INSTANCE.keyOf(tick), item.key());
      assertEquals(TickSchema.INSTANCE.toItem(tick), item.item());
      assertTrue(listedKeys.add(item.key()), "listed twice: " + item);
      assertTrue(!stored.containsKey(item.key()), "listed but written: " + item);
    }
    Set<Map<String, AttributeValue>> givenKeys =
        given.stream().map(TickSchema.INSTANCE::keyOf).collect(Collectors.toSet());
    Set<Map<String, AttributeValue>> union = new HashSet<>(stored.keySet());
    union.addAll(listedKeys);
    assertEquals(givenKeys, union, "every entity given is written or listed, and nothing else");
    assertEquals(given.size(), stored.size() + listed.size());
    for (Tick tick : given) {
      Tick written = stored.get(TickSchema.INSTANCE.keyOf(tick));
      if (written != null) {
        assertEquals(tick, written);
      }
    }
    assertEquals(
        List.of(),
        Arrays.stream(failure.getSuppressed())
            .filter(BatchWriteException.class::isInstance)
            .toList(),
        "nothing listed in a suppressed exception");
  }

  /**
   * A proxy that lets the first {@code k / 25} {@code BatchWriteItem} requests through (full
   * batches: {@code k} items) and throttles every one after.
   */
  private static FaultyEndpoint refusingAfter(int k) {
    FaultyEndpoint proxy =
        LocalDynamoDb.shared()
            .withFaults(
                Faults.proxy(k)
                    .operations("BatchWriteItem")
                    .rate(Fault.THROTTLING, 1.0)
                    .build());
    Fault[] through = new Fault[k / 25];
    Arrays.fill(through, Fault.NONE);
    proxy.injectNext(through);
    return proxy;
  }

  private static BatchWriter writer(DynamoDbClient client) {
    return BatchWriter.builder(client)
        .maxInFlight(4)
        .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
        .retryBudget(BUDGET)
        .build();
  }

  private static List<Tick> ticks(int from, int to) {
    return Collections.unmodifiableList(
        IntStream.range(from, to).mapToObj(BatchWriterAccountingTest::tick).toList());
  }

  private static Tick tick(int i) {
    return new Tick(String.format("t-%05d", i), 31L * i + 7);
  }
}
