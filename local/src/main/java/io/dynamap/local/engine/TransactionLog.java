package io.dynamap.local.engine;

import io.dynamap.local.api.DynamoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The client request tokens of {@code TransactWriteItems}, making a transaction idempotent as the
 * API reference describes {@code ClientRequestToken}: a token is valid for 10 minutes after the
 * first request that used it completed; a request repeating it within that window with the same
 * parameters is not applied again but answered with the first one's result; one with other
 * parameters is refused ({@code IdempotentParameterMismatchException}); one arriving while the
 * first is still running is refused ({@code TransactionInProgressException}). Only transactions
 * that succeeded are remembered: a cancelled or invalid one left nothing to protect.
 *
 * @param <R> the remembered result
 */
public final class TransactionLog<R> {
  /** How long a token is remembered after its transaction completed. */
  public static final Duration WINDOW = Duration.ofMinutes(10);

  private final Clock clock;
  private final Map<String, Entry<R>> entries = new HashMap<>();
  /** Completed tokens in completion order, so that expiry need not scan every entry. */
  private final ArrayDeque<Completion> completions = new ArrayDeque<>();

  /** @param clock the engine's clock, which times the window */
  public TransactionLog(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A token's state: its request's parameters, and its result once completed ({@code
   * completedAt} null while running).
   */
  private record Entry<R>(Object parameters, R result, Instant completedAt) {}

  private record Completion(String token, Instant at) {}

  /** What {@link #run} answered: the result, and whether it was remembered rather than run. */
  public record Outcome<R>(R result, boolean replayed) {}

  /**
   * Runs {@code transaction} unless the token was used within the window.
   *
   * @param token the client request token; null runs the transaction unconditionally
   * @param parameters the request's parameters, compared with {@link Object#equals}
   */
  public Outcome<R> run(String token, Object parameters, Supplier<R> transaction) {
    if (token == null) {
      return new Outcome<>(transaction.get(), false);
    }
    synchronized (entries) {
      forgetExpired();
      Entry<R> entry = entries.get(token);
      if (entry != null) {
        if (!entry.parameters().equals(parameters)) {
          throw DynamoException.of("IdempotentParameterMismatchException", 400,
              "Specified idempotent token was used with different request parameters within the"
                  + " idempotency window");
        }
        if (entry.completedAt() == null) {
          throw DynamoException.of("TransactionInProgressException", 400,
              "Transaction from previous request is still in progress");
        }
        return new Outcome<>(entry.result(), true);
      }
      entries.put(token, new Entry<>(parameters, null, null));
    }
    boolean completed = false;
    try {
      R result = transaction.get();
      synchronized (entries) {
        Instant now = clock.instant();
        entries.put(token, new Entry<>(parameters, result, now));
        completions.addLast(new Completion(token, now));
      }
      completed = true;
      return new Outcome<>(result, false);
    } finally {
      if (!completed) {
        synchronized (entries) {
          entries.remove(token);
        }
      }
    }
  }

  /** The number of tokens remembered (running or within their window). */
  public int size() {
    synchronized (entries) {
      forgetExpired();
      return entries.size();
    }
  }

  private void forgetExpired() {
    Instant oldest = clock.instant().minus(WINDOW);
    while (!completions.isEmpty() && !completions.peekFirst().at().isAfter(oldest)) {
      Completion completion = completions.removeFirst();
      Entry<R> entry = entries.get(completion.token());
      if (entry != null && completion.at().equals(entry.completedAt())) {
        entries.remove(completion.token());
      }
    }
  }
}
