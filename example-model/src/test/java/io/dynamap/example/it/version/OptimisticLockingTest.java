package io.dynamap.example.it.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code @Version}: every write is conditioned on the version read, and increments it. */
@DynamapLocalTest
class OptimisticLockingTest {
  private CounterRepository counters;

  @BeforeEach
  void createTable(DynamoDbClient client, TestTables tables) {
    counters = new CounterRepository(client, tables.create(CounterSchema.INSTANCE));
  }

  @Test
  void theSchemaKnowsTheVersion() {
    CounterSchema schema = CounterSchema.INSTANCE;
    assertEquals(Optional.of("version"), schema.versionAttribute());
    assertEquals(7, schema.versionOf(new Counter("c", 1, 7)));
    assertEquals(new Counter("c", 1, 8), schema.withVersion(new Counter("c", 1, 7), 8));
  }

  @Test
  void theFirstSaveCreatesVersionOne() {
    Counter saved = counters.save(new Counter("c", 5, 0));
    assertEquals(new Counter("c", 5, 1), saved);
    assertEquals(saved, counters.get("c").orElseThrow());
    Counter again = counters.save(saved.withCount(6));
    assertEquals(new Counter("c", 6, 2), again);
    assertEquals(again, counters.get("c").orElseThrow());
  }

  @Test
  void creatingWhatExistsIsAConflict() {
    counters.save(new Counter("c", 5, 0));
    OptimisticLockException e =
        assertThrows(OptimisticLockException.class, () -> counters.save(new Counter("c", 9, 0)));
    assertEquals(0, e.expectedVersion());
    assertEquals(Optional.of(new Counter("c", 5, 1)), e.item(counters.schema()));
  }

  @Test
  void aStaleSaveFailsWithTheCurrentItem() {
    Counter first = counters.save(new Counter("c", 0, 0));
    Counter second = counters.save(first.withCount(1));
    OptimisticLockException e =
        assertThrows(OptimisticLockException.class, () -> counters.save(first.withCount(100)));
    assertEquals(1, e.expectedVersion());
    assertEquals(Optional.of(second), e.item(counters.schema()));
    assertEquals(2, e.item(counters.schema()).orElseThrow().version());
    assertEquals(second, counters.get("c").orElseThrow(), "nothing was written");
    // put is versioned the same way
    assertThrows(OptimisticLockException.class, () -> counters.put(first));
    counters.put(second.withCount(2));
    assertEquals(new Counter("c", 2, 3), counters.get("c").orElseThrow());
  }

  @Test
  void aDeleteWithAStaleVersionFails() {
    Counter first = counters.save(new Counter("c", 0, 0));
    Counter second = counters.save(first.withCount(1));
    OptimisticLockException e =
        assertThrows(OptimisticLockException.class, () -> counters.delete(first));
    assertEquals(Optional.of(second), e.item(counters.schema()));
    assertTrue(counters.get("c").isPresent());
    counters.delete(second);
    assertEquals(Optional.empty(), counters.get("c"));
    // deleting what is gone is a conflict too: someone else deleted it
    OptimisticLockException gone =
        assertThrows(OptimisticLockException.class, () -> counters.delete(second));
    assertEquals(Optional.empty(), gone.item(counters.schema()));
  }

  @Test
  void aUserConditionIsCombinedWithTheVersion() {
    Counter saved = counters.save(new Counter("c", 3, 0));
    ConditionFailedException failed =
        assertThrows(
            ConditionFailedException.class,
            () -> counters.put(saved.withCount(4), CounterAttributes.count.gt(10L)));
    assertEquals(ConditionFailedException.class, failed.getClass(), "the version was right");
    counters.put(saved.withCount(4), CounterAttributes.count.lt(10L));
    assertEquals(new Counter("c", 4, 2), counters.get("c").orElseThrow());
    assertInstanceOf(
        OptimisticLockException.class,
        assertThrows(
            ConditionFailedException.class,
            () -> counters.put(saved.withCount(5), CounterAttributes.count.lt(10L))));
  }

  @Test
  void updatesAreVersionedToo() {
    Counter saved = counters.save(new Counter("c", 3, 0));
    Counter updated = counters.update(saved).set(CounterAttributes.count, 4L).execute();
    assertEquals(new Counter("c", 4, 2), updated);
    OptimisticLockException e =
        assertThrows(
            OptimisticLockException.class,
            () -> counters.update(saved).set(CounterAttributes.count, 9L).execute());
    assertEquals(Optional.of(updated), e.item(counters.schema()));
    // a user condition failing on the right version is a plain ConditionFailedException
    ConditionFailedException failed =
        assertThrows(
            ConditionFailedException.class,
            () -> counters.update(updated).when(CounterAttributes.count.gt(10L)).increment(CounterAttributes.count, 1).execute());
    assertEquals(ConditionFailedException.class, failed.getClass());
  }

  @Test
  void theStoredVersionIsANumber(DynamoDbClient client) {
    counters.save(new Counter("c", 1, 0));
    Map<String, AttributeValue> item =
        client.getItem(b -> b.tableName(counters.tableName()).key(CounterSchema.INSTANCE.key("c"))).item();
    assertEquals(AttributeValue.fromN("1"), item.get("version"));
  }

  /** 8 threads × 50 read-increment-save cycles, retrying on conflict: no update is lost. */
  @Test
  void concurrentIncrementsLoseNothing() throws Exception {
    int threads = 8;
    int cycles = 50;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(
            () -> {
              int conflicts = 0;
              for (int i = 0; i < cycles; i++) {
                // The first reader finds no item and creates it (version 0: attribute_not_exists).
                Counter current = counters.get("shared").orElseGet(() -> new Counter("shared", 0, 0));
                for (int attempt = 1; ; attempt++) {
                  try {
                    counters.save(current.withCount(current.count() + 1));
                    break;
                  } catch (OptimisticLockException e) {
                    conflicts++;
                    if (attempt >= 1_000) {
                      throw new AssertionError("no progress after 1000 attempts", e);
                    }
                    // the exception carries the current item: no need to read it again
                    current = e.item(counters.schema()).orElseThrow();
                  }
                }
              }
              return conflicts;
            });
      }
      int conflicts = 0;
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        conflicts += f.get();
      }
      Counter end = counters.get("shared").orElseThrow();
      assertEquals(threads * cycles, end.count(), "after " + conflicts + " conflicts");
      assertEquals(threads * cycles, end.version());
      System.out.printf(
          "%d increments, %d conflicts, %d ms%n",
          threads * cycles, conflicts, (System.nanoTime() - started) / 1_000_000);
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }
}
