package io.dynamap.async;

import static io.dynamap.async.Counters.COUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Counters.Counter;
import io.dynamap.async.Counters.CounterRepository;
import io.dynamap.async.Counters.CounterSchema;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Thousands of operations on a client of four connections, a thousand in flight at a time: the
 * test's thread only issues them and joins at the end, every continuation of a pending call runs on
 * the SDK's threads, and no operation is lost.
 *
 * <p>Sized for a loaded test machine: requests beyond the pool wait for a connection in the
 * SDK's queue, and fail if they wait longer than its acquisition timeout (10 s); a thousand
 * queued behind four connections leave a wide margin.
 */
@DynamapLocalTest
class AsyncConcurrencyTest {
  private static final int COUNTERS = 1_000;
  private static final int MAX_CONNECTIONS = 4;

  private final String table;

  AsyncConcurrencyTest(TestTables tables) {
    this.table = tables.create(CounterSchema.INSTANCE);
  }

  @Test
  void thousandsOfOperationsOnFourConnectionsBlockNoThreadAndLoseNothing()
      throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Thread testThread = Thread.currentThread();
    Map<String, AtomicInteger> continuationThreads = new ConcurrentHashMap<>();

    try (DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint())
            .maxConnections(MAX_CONNECTIONS)
            .build()) {
      CounterRepository counters = new CounterRepository(client, table);
      // A first call outside the measure: the client's threads and connections start.
      counters.get("warm-up").get(60, TimeUnit.SECONDS);
      int threadsBefore = threads.getThreadCount();
      threads.resetPeakThreadCount();
      ThreadInfo before = threads.getThreadInfo(testThread.getId());

      List<CompletableFuture<Counter>> chains = new ArrayList<>(COUNTERS);
      // A continuation attached to a future that is already complete runs at once on the thread
      // attaching it: CompletableFuture's rule, not a wait. The test's thread attaches each stage
      // right after the call returns; if the answer was faster (a busy machine may pause the
      // thread in between), that stage may run here. Counted, so that the test tells that case
      // from a continuation of a pending call running on the caller's thread.
      int completeWhenAttached = 0;
      for (int i = 0; i < COUNTERS; i++) {
        String id = "c-" + i;
        CompletableFuture<Counter> saved = counters.save(new Counter(id, i, null, 0));
        CompletableFuture<Counter> updated =
            saved.thenCompose(
                s -> {
                  seen(continuationThreads);
                  return counters.update(s).increment(COUNT, 1).execute();
                });
        completeWhenAttached += saved.isDone() ? 1 : 0;
        CompletableFuture<Optional<Counter>> read =
            updated.thenCompose(
                u -> {
                  seen(continuationThreads);
                  return counters.getConsistent(id);
                });
        completeWhenAttached += updated.isDone() ? 1 : 0;
        chains.add(
            read.thenApply(
                r -> {
                  seen(continuationThreads);
                  return r.orElseThrow();
                }));
        completeWhenAttached += read.isDone() ? 1 : 0;
      }
      ThreadInfo issued = threads.getThreadInfo(testThread.getId());
      int pendingWhenIssued = (int) chains.stream().filter(chain -> !chain.isDone()).count();

      // The one wait of the test: its own thread joins at the end.
      CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
      int peakThreads = threads.getPeakThreadCount();

      // Issuing the chains made the test's thread wait for no response: waiting on each call, as
      // a blocking client does, would be a wait per chain at least. The few waits it may make are
      // short lock hand-overs inside the SDK (the queue of its timeout scheduler, when an SDK
      // thread holds it), not waits for DynamoDB.
      long waits =
          issued.getWaitedCount() - before.getWaitedCount()
              + issued.getBlockedCount() - before.getBlockedCount();
      System.out.printf(
          "AsyncConcurrencyTest: %,d operations, %d still pending when issued, continuations on"
              + " %d SDK threads, threads %d -> peak %d, test thread waits while issuing: %d%n",
          3 * COUNTERS,
          pendingWhenIssued,
          continuationThreads.size(),
          threadsBefore,
          peakThreads,
          waits);
      assertTrue(waits < COUNTERS / 20, "the test thread waited " + waits + " times");
      assertTrue(pendingWhenIssued > 0, "every chain ended before the loop did");

      // Every continuation ran on the SDK's threads, never on the test's, and a few threads served
      // a thousand operations in flight (a blocking client needs one per operation in flight).
      int onTestThread =
          continuationThreads.getOrDefault(testThread.getName(), new AtomicInteger()).get();
      assertTrue(
          onTestThread <= completeWhenAttached,
          onTestThread + " continuations ran on the test's thread, but only " + completeWhenAttached
              + " were attached to a call already answered");
      int continuations =
          continuationThreads.values().stream().mapToInt(AtomicInteger::get).sum();
      assertEquals(3 * COUNTERS, continuations);
      assertTrue(
          continuationThreads.keySet().stream()
              .filter(name -> !name.equals(testThread.getName()))
              .allMatch(name -> name.startsWith("sdk-async-response")),
          "continuation threads: " + continuationThreads.keySet());
      // (The JVM's peak thread count, printed above, also counts Dynamap Local's server threads.)
      assertTrue(
          continuationThreads.size() < COUNTERS / 10,
          continuationThreads.size() + " threads ran the continuations");

      // Nothing lost: every counter was saved, updated once, and read back as updated.
      for (int i = 0; i < COUNTERS; i++) {
        assertEquals(new Counter("c-" + i, i + 1, null, 2), chains.get(i).join());
      }
      long stored =
          client
              .scan(scan -> scan.tableName(table).select("COUNT"))
              .get(60, TimeUnit.SECONDS)
              .count();
      assertEquals(COUNTERS, stored);
    }
  }

  private static void seen(Map<String, AtomicInteger> threadNames) {
    threadNames
        .computeIfAbsent(Thread.currentThread().getName(), name -> new AtomicInteger())
        .incrementAndGet();
  }
}
