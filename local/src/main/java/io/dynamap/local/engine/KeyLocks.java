package io.dynamap.local.engine;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-key locks, striped: a key maps to one of a fixed set of reentrant locks. Several keys are
 * always locked in ascending stripe order, so two writers locking overlapping sets (transactions
 * across tables) cannot deadlock. Two keys sharing a stripe only serialize, which is harmless.
 */
public final class KeyLocks {
  private static final int STRIPES = 1024;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  KeyLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  private static int stripeOf(ItemKey key) {
    int hash = key.tableName().hashCode() * 31 + key.key().hashCode();
    return Math.floorMod(hash ^ (hash >>> 16), STRIPES);
  }

  /**
   * Locks all the keys at once (in the global order) and returns the hold, to be closed to unlock.
   * Acquire every key a unit of work needs in one call: locking more keys while holding some could
   * break the order.
   */
  public Held lock(Collection<ItemKey> keys) {
    TreeSet<Integer> order = new TreeSet<>();
    for (ItemKey key : keys) {
      order.add(stripeOf(key));
    }
    int[] held = new int[order.size()];
    int count = 0;
    try {
      for (int stripe : order) {
        stripes[stripe].lock();
        held[count++] = stripe;
      }
    } catch (RuntimeException | Error e) {
      unlock(held, count);
      throw e;
    }
    return new Held(held);
  }

  /** Whether the current thread holds the lock of {@code key}. */
  public boolean isHeldByCurrentThread(ItemKey key) {
    return stripes[stripeOf(key)].isHeldByCurrentThread();
  }

  private void unlock(int[] held, int count) {
    for (int i = count - 1; i >= 0; i--) {
      stripes[held[i]].unlock();
    }
  }

  /** Locks held until closed (by the thread that took them). */
  public final class Held implements AutoCloseable {
    private final int[] held;
    private boolean closed;

    private Held(int[] held) {
      this.held = held;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        unlock(held, held.length);
      }
    }
  }
}
