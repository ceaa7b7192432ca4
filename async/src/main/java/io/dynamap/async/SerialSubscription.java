package io.dynamap.async;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the async read publishers' subscriptions share: demand, cancellation, the checks of
 * Reactive Streams, and a drain loop that one thread at a time runs, so that the subscriber is
 * signalled serially with no lock. A signal from any thread ({@link #drain()}) either runs the
 * loop or makes the thread in it step once more before it leaves. Fields a subclass touches only
 * inside the loop need no {@code volatile}.
 *
 * <p>The loop starts held by its creator (one unit of work), who enters it in {@link #start()}
 * once the subscriber has its subscription: signals before that only queue.
 *
 * @param <E> the elements the subscriber receives
 */
abstract class SerialSubscription<E> implements Flow.Subscription {
  private final AtomicInteger work = new AtomicInteger(1);
  /** Elements asked for and not yet delivered; Long.MAX_VALUE for unbounded. */
  final AtomicLong demand = new AtomicLong();

  volatile boolean cancelled;
  /** A request for no elements, failed in the loop (§3.9). */
  volatile Throwable badRequest;

  /** Null once the subscription has ended (§3.13). */
  Flow.Subscriber<? super E> subscriber;

  private boolean done;

  SerialSubscription(Flow.Subscriber<? super E> subscriber) {
    this.subscriber = subscriber;
  }

  /** Does what can be done now, once the subscription is neither over, cancelled nor misused. */
  abstract void advance();

  /** Cancels the requests in flight; called from any thread. */
  abstract void cancelCalls();

  /** Drops what the subscription holds, once it has ended; run in the loop. */
  abstract void dropHeld();

  final void start() {
    try {
      subscriber.onSubscribe(this);
    } catch (Throwable e) {
      cancelled = true; // §2.13: a subscriber that throws is cancelled
      raise(e);
    }
    runDrainLoop();
  }

  @Override
  public final void request(long n) {
    if (n <= 0) {
      badRequest =
          new IllegalArgumentException(
              "Flow.Subscription.request needs a positive number of elements, got "
                  + n
                  + " (Reactive Streams rule 3.9)");
    } else {
      demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
    }
    drain();
  }

  @Override
  public final void cancel() {
    cancelled = true;
    cancelCalls();
    drain();
  }

  /** Runs the loop, or asks the thread in it to step again. */
  final void drain() {
    if (work.getAndIncrement() == 0) {
      runDrainLoop();
    }
  }

  /** Runs until no thread has asked for more work since; entered holding one unit of work. */
  private void runDrainLoop() {
    int missed = 1;
    while (true) {
      step();
      missed = work.addAndGet(-missed);
      if (missed == 0) {
        return;
      }
    }
  }

  private void step() {
    if (done) {
      return;
    }
    if (cancelled) {
      release();
      return;
    }
    if (badRequest != null) {
      fail(badRequest);
      return;
    }
    advance();
  }

  final void complete() {
    Flow.Subscriber<? super E> s = subscriber;
    release();
    try {
      s.onComplete();
    } catch (Throwable e) {
      raise(e);
    }
  }

  final void fail(Throwable error) {
    Flow.Subscriber<? super E> s = subscriber;
    release();
    try {
      s.onError(error);
    } catch (Throwable e) {
      raise(e);
    }
  }

  /** Ends the subscription: no more signals, nothing in flight, no reference kept (§3.13). */
  final void release() {
    done = true;
    cancelCalls();
    subscriber = null;
    dropHeld();
  }

  /**
   * A subscriber broke §2.13 by throwing: the subscription is cancelled, and the error goes to the
   * thread's handler, as nothing else would see it on the SDK's threads.
   */
  static void raise(Throwable e) {
    Thread thread = Thread.currentThread();
    thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
  }
}
