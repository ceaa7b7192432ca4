package io.dynamap.local.api;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds each element one call ahead, for reads that skip what they do not want
 * (items outside a sort condition, outside a scan segment); {@link #advance} returning null ends it.
 */
abstract class Lookahead<T> implements Iterator<T> {
  private T next;
  private boolean started;

  /** The next element wanted, or null when there are no more. */
  protected abstract T advance();

  @Override
  public boolean hasNext() {
    if (!started) {
      started = true;
      next = advance();
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T current = next;
    next = advance();
    return current;
  }
}
