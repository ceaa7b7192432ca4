package io.dynamap.example.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.DynamoDbCallException;
import io.dynamap.runtime.listen.CallEvent;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * When one segment of a parallel scan gives up and the others are stopped, the stopped segments'
 * calls are counted as aborted, not as retries: every attempt a call starts is counted once, as a
 * retry made, or as the call's end (exhausted, aborted), in {@link RetryStatistics} and in the
 * listeners' events alike.
 *
 * <p>Every {@code Scan} fails with HTTP 500; each call has 4 attempts and waits 50 to 600 ms
 * between them, so when the first segment gives up the others are almost always waiting to retry.
 */
@DynamapLocalTest
class ParallelScanCancelTest {
  private final TestTables tables;
  private final DynamoDbClient direct;
  private String table;

  ParallelScanCancelTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  @BeforeEach
  void fill() {
    table = tables.create(TickSchema.INSTANCE);
    TickRepository ticks = new TickRepository(direct, table);
    try (BatchWriter writer = BatchWriter.of(direct)) {
      for (int i = 0; i < 200; i++) {
        writer.put(ticks, new Tick("t-" + i, i));
      }
    }
  }

  @Test
  void segmentsStoppedWhileWaitingToRetryAreCountedAsAbortedNotAsRetriesPerSegment() {
    scanAndCheck(ticks -> ticks.scan().segments(4).pageSize(20).forEachSegment(s -> t -> {}));
  }

  @Test
  void segmentsStoppedWhileWaitingToRetryAreCountedAsAbortedNotAsRetriesInOneStream() {
    scanAndCheck(
        ticks -> {
          try (Stream<Tick> all = ticks.scan().segments(4).pageSize(20).stream()) {
            all.count();
          }
        });
  }

  private void scanAndCheck(Consumer<TickRepository> scan) {
    RetryStatistics retries = new RetryStatistics();
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared()
                .withFaults(
                    Faults.proxy(4).operations("Scan").rate(Fault.SERVER_ERROR, 1.0).build());
        DynamoDbClient client =
            Faults.client(proxy)
                .maxAttempts(4)
                .errorRetryBaseDelay(Duration.ofMillis(100))
                .errorRetryMaxDelay(Duration.ofMillis(400))
                .retryStatistics(retries)
                .addListener(events::add)
                .build()) {
      TickRepository ticks = new TickRepository(client, table);

      DynamoDbCallException failure =
          assertThrows(DynamoDbCallException.class, () -> scan.accept(ticks));
      assertTrue(failure.getMessage().contains("failed after 4 attempts"), failure.getMessage());

      // Every segment's first call ended: one (or more) gave up, the others were stopped. A
      // stream stops its segments without waiting for them: their calls end a moment later.
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (events.size() < 4 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      String log = retries + ", proxy " + proxy.requests() + " requests, " + events;
      assertEquals(4, events.size(), log);
      long exhausted = events.stream().filter(e -> e.attempts() == 4 && !aborted(e)).count();
      long aborted = events.stream().filter(ParallelScanCancelTest::aborted).count();
      assertTrue(exhausted >= 1, log);
      assertEquals(4, exhausted + aborted, log);
      assertTrue(aborted >= 1, "some segment was stopped: " + log);

      assertEquals(exhausted, retries.retriesExhausted(), log);
      assertEquals(aborted, retries.callsAborted(), log);
      assertEquals(0, retries.nonRetryableFailures(), log);
      assertEquals(0, retries.throttleRetries(), log);
      // A retry is counted only if its attempt started: per call, one fewer than its attempts.
      long attempts = 0;
      for (CallEvent event : events) {
        assertEquals(event.attempts() - 1, event.errorRetries(), event.toString());
        attempts += event.attempts();
      }
      assertEquals(attempts - 4, retries.errorRetries(), log);
      // Each attempt started is counted once: retried, or the end of its call.
      assertEquals(
          attempts,
          retries.errorRetries() + retries.retriesExhausted() + retries.callsAborted(),
          log);
      // An attempt aborted before it was sent never reaches the proxy; none reached it uncounted.
      assertTrue(proxy.requests() <= attempts, log);
    }
  }

  private static boolean aborted(CallEvent event) {
    return event.error().filter(AbortedException.class::isInstance).isPresent();
  }
}
