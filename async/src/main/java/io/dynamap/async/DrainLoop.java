package io.dynamap.async;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One thread at a time runs {@link #step()}: a signal from any thread ({@link #drain()}) either
 * runs the loop or, if a thread is in it, makes that thread step once more before it leaves. So a
 * subscription signals its subscriber serially, as the Reactive Streams rules ask, with no lock.
 *
 * <p>The loop starts held by its creator (one unit of work), who enters it with {@link
 * #runDrainLoop()} once the subscriber has its subscription: signals before that only queue.
 */
abstract class DrainLoop {
  private final AtomicInteger work = new AtomicInteger(1);

  /** Does what can be done now; run by one thread at a time. */
  abstract void step();

  /** Runs the loop, or asks the thread in it to step again. */
  final void drain() {
    if (work.getAndIncrement() == 0) {
      runDrainLoop();
    }
  }

  /** Runs until no thread has asked for more work since; entered holding one unit of work. */
  final void runDrainLoop() {
    int missed = 1;
    while (true) {
      step();
      missed = work.addAndGet(-missed);
      if (missed == 0) {
        return;
      }
    }
  }
}
