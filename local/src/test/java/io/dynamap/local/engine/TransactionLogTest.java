package io.dynamap.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.api.DynamoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The idempotency of client request tokens (API reference: TransactWriteItems). */
class TransactionLogTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  };
  private final TransactionLog<Integer> log = new TransactionLog<>(clock);
  private final AtomicInteger runs = new AtomicInteger();

  private TransactionLog.Outcome<Integer> run(String token, String parameters) {
    return log.run(token, parameters, runs::incrementAndGet);
  }

  @Test
  void withoutTokenEveryCallRuns() {
    run(null, "p");
    run(null, "p");
    assertEquals(2, runs.get());
    assertEquals(0, log.size());
  }

  @Test
  void replayWithinTheWindowReturnsTheFirstResult() {
    assertFalse(run("t", "p").replayed());
    now = now.plus(Duration.ofMinutes(10).minusMillis(1));
    TransactionLog.Outcome<Integer> replay = run("t", "p");
    assertTrue(replay.replayed());
    assertEquals(1, replay.result());
    now = now.plusMillis(1);
    assertEquals(2, run("t", "p").result());
    assertEquals(1, log.size());
  }

  @Test
  void failedRunsAreForgotten() {
    assertThrows(IllegalStateException.class, () -> log.run("t", "p", () -> {
      throw new IllegalStateException("cancelled");
    }));
    assertEquals(0, log.size());
    assertFalse(run("t", "other").replayed());
  }

  @Test
  @DisplayName("a token repeated while its transaction runs: TransactionInProgressException")
  void inProgress() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread first = new Thread(() -> {
      try {
        log.run("t", "p", () -> {
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return 1;
        });
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    first.start();
    started.await();
    DynamoException e = assertThrows(DynamoException.class, () -> run("t", "p"));
    assertEquals("TransactionInProgressException", e.type());
    assertEquals("IdempotentParameterMismatchException",
        assertThrows(DynamoException.class, () -> run("t", "q")).type());
    release.countDown();
    first.join();
    assertEquals(null, failure.get());
    assertTrue(run("t", "p").replayed());
  }

  @Test
  void expiredTokensAreDropped() {
    for (int i = 0; i < 100; i++) {
      run("t" + i, "p");
      now = now.plusSeconds(1);
    }
    assertEquals(100, log.size());
    // Now 650 s after the first: t0 to t50 are 10 minutes old or more, t51 to t99 remain.
    now = now.plus(Duration.ofMinutes(10)).minusSeconds(50);
    assertEquals(49, log.size());
  }
}
