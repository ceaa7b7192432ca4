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
 *
 * <p>An asynchronous client runs only the start of a call on the calling thread, up to the moment
 * its retry strategy takes the call's first retry token; the attempts, their failures and the end
 * of the call happen on the client's threads. So a call of such a client is bound with {@link
 * #beginAsync} only until the {@link DynamapRetryStrategy} takes that token, which then carries
 * the call from attempt to attempt, whatever thread runs them.
 */
public final class CallRetries {
  private static final ThreadLocal<CallRetries> CURRENT = new ThreadLocal<>();

  private final String operation;
  private final String table;
  private final CallRetries enclosing;
  private final boolean asynchronous;
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

  private CallRetries(
      String operation, String table, CallRetries enclosing, boolean asynchronous) {
    this.operation = operation;
    this.table = table;
    this.enclosing = enclosing;
    this.asynchronous = asynchronous;
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
        new CallRetries(
            Objects.requireNonNull(operation, "operation"), table, CURRENT.get(), false);
    CURRENT.set(call);
    return call;
  }

  /**
   * Binds a new call of an asynchronous client to this thread until the retry strategy takes its
   * first retry token (see the class comment), or until {@link #end()} if the call fails before.
   *
   * <p>An asynchronous call still bound to this thread when another begins here never reached
   * its retry strategy (a client without a {@link DynamapRetryStrategy}): it is unbound, so that
   * a thread making many calls never holds more than one.
   *
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param table the table it works on, or {@code null} when it names none or several
   * @return the call, now bound to this thread
   */
  public static CallRetries beginAsync(String operation, String table) {
    Objects.requireNonNull(operation, "operation");
    CallRetries bound = CURRENT.get();
    while (bound != null && bound.asynchronous) {
      bound = bound.enclosing;
    }
    CallRetries call = new CallRetries(operation, table, bound, true);
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
      unbind();
    }
  }

  /**
   * The retry strategy took this call's first retry token, which carries the call from now on: an
   * asynchronous call leaves the calling thread here, restoring the call bound before it.
   */
  void tokenTaken() {
    if (asynchronous && CURRENT.get() == this) {
      unbind();
    }
  }

  private void unbind() {
    if (enclosing == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(enclosing);
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
