package io.dynamap.runtime.page;

import io.dynamap.runtime.key.KeyCondition;

/**
 * The options of a query beyond those it shares with scans: the order, and the key condition. The
 * base of the blocking {@link Query} and of its non-blocking counterpart in {@code dynamap-async};
 * see {@link AbstractRead} for why options live in a base class.
 *
 * @param <T> the entity type
 * @param <R> the type of the query itself, which every option returns
 */
public abstract class AbstractQuery<T, R extends AbstractQuery<T, R>> extends AbstractRead<T, R> {
  /**
   * For Dynamap's queries, blocking and non-blocking.
   *
   * @param spec the description of a query, from {@link #querySpec}; not null
   * @throws IllegalArgumentException if {@code spec} describes a scan
   */
  protected AbstractQuery(Spec<T> spec) {
    super(spec);
    if (!spec.query) {
      throw new IllegalArgumentException("a query needs the description of a query, not a scan");
    }
  }

  /**
   * Reads in descending sort key order ({@code ScanIndexForward=false}); the default ascends.
   *
   * @return a new query reading in descending order
   */
  public R descending() {
    return with(spec().withOptions(spec().options.withDescending()));
  }

  /**
   * The key condition.
   *
   * @return the key condition given to the factory that made the query
   */
  public KeyCondition<T> condition() {
    return spec().condition;
  }
}
