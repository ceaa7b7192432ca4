package io.dynamap.runtime.retry;

import java.util.Objects;
import java.util.Optional;

/**
 * The retries of the call running on this thread: what the {@link DynamapRetryStrategy} learns of a
 * call (its operation and table, for log lines) and what it reports back (per-call retry counts,
 * for listeners).
 *
 * <p>The SDK tells a retry strategy nothing about the call it retries, but a synchronous client
 * runs the whole call, retries included, on the calling thread; so the call is bound to that thread
 * from the first interceptor hook to the last. {@code DynamapClients} installs the interceptor that
 * does this ({@link io.dynamap.runtime.listen.CallTracker}); code that builds its own client with a
 * {@link DynamapRetryStrategy} may add that interceptor too. Without it, retries are still made and
 * counted in {@link RetryStatistics}, and logged without operation and table.
 */
public final class CallRetries {
  private static final ThreadLocal<CallRetries> CURRENT = new ThreadLocal<>();

  private final String operation;
  private final String table;
  private final CallRetries enclosing;
  private int throttleRetries;
  private int errorRetries;
  private boolean ended;

  /** A retry the strategy scheduled whose attempt has not started yet. */
  private Scheduled scheduled;

  /** A retry scheduled by the strategy: counted and logged once its attempt starts. */
  interface Scheduled {
    /** Its attempt starts: count and log it. */
    void made();

    /** The call ended before its attempt started, with this failure. */
    void notMade(Throwable failure);
  }

  private CallRetries(String operation, String table, CallRetries enclosing) {
    this.operation = operation;
    this.table = table;
    this.enclosing = enclosing;
  }

  /**
   * Binds a new call to this thread, until {@link #end()}.
   *
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param table the table it works on, or {@code null} when it names none or several
   * @return the call, to be ended with {@link #end()} or {@link #end(Throwable)} in a {@code
   *     finally} block
   */
  public static CallRetries begin(String operation, String table) {
    CallRetries call =
        new CallRetries(Objects.requireNonNull(operation, "operation"), table, CURRENT.get());
    CURRENT.set(call);
    return call;
  }

  /**
   * The call bound to this thread, if any.
   *
   * @return the innermost call begun and not ended on this thread, or empty
   */
  public static Optional<CallRetries> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Unbinds this call, restoring the call that was bound when it began (a listener may make calls
   * of its own). Calling it again does nothing.
   */
  public void end() {
    end(null);
  }

  /**
   * Unbinds this call, as {@link #end()} does, when it ended with this failure ({@code null} if it
   * succeeded). A retry scheduled and not started is then not counted as a retry: the call was
   * aborted or ran out of time before it.
   *
   * @param failure what the call ended with, or {@code null} if it succeeded
   */
  public void end(Throwable failure) {
    if (ended) {
      return;
    }
    ended = true;
    Scheduled notStarted = scheduled;
    scheduled = null;
    if (notStarted != null) {
      notStarted.notMade(failure);
    }
    if (CURRENT.get() == this) {
      if (enclosing == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(enclosing);
      }
    }
  }

  /**
   * The DynamoDB operation.
   *
   * @return the operation name given to {@link #begin}, such as {@code PutItem}
   */
  public String operation() {
    return operation;
  }

  /**
   * The table, if the call names exactly one.
   *
   * @return the table name, or empty when the call names none or several
   */
  public Optional<String> table() {
    return Optional.ofNullable(table);
  }

  /**
   * Retries made so far after throttling.
   *
   * @return the count so far, 0 before any retry
   */
  public int throttleRetries() {
    return throttleRetries;
  }

  /**
   * Retries made so far after server errors and network failures.
   *
   * @return the count so far, 0 before any retry
   */
  public int errorRetries() {
    return errorRetries;
  }

  /**
   * An attempt of this call is about to be sent: the retry scheduled before it, if any, is made.
   * Called by {@link io.dynamap.runtime.listen.CallTracker} before each attempt.
   */
  public void attemptStarting() {
    Scheduled starting = scheduled;
    scheduled = null;
    if (starting != null) {
      starting.made();
    }
  }

  /** Holds a retry until its attempt starts; one scheduled before and not started is made now. */
  void schedule(Scheduled retry) {
    attemptStarting();
    scheduled = retry;
  }

  void recordRetry(boolean throttling) {
    if (throttling) {
      throttleRetries++;
    } else {
      errorRetries++;
    }
  }

  /** {@code PutItem on table Orders}, for log lines. */
  String describe() {
    return table == null ? operation : operation + " on table " + table;
  }
}
