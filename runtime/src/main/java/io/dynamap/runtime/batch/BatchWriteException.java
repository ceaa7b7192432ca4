package io.dynamap.runtime.batch;

import io.dynamap.runtime.error.DynamapException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Items a {@link BatchWriter} was given were not written: DynamoDB refused them (a {@code
 * ValidationException}, a missing table), they were still unprocessed or failing when the retry
 * budget ran out, or the writer had already failed when they were given to it. {@link
 * #unwrittenItems()} lists every one of them, with the item itself, so nothing is dropped silently.
 *
 * <p>A writer has at most one such exception: made at its first failure, it is the one every
 * later call throws, and the writer adds to it each item it gives up on afterwards, until {@link
 * BatchWriter#close()} has returned or thrown. So the exception caught around a
 * try-with-resources block that closes the writer lists every item of the block not written, each
 * once; {@code close()} does not throw it a second time as a suppressed exception.
 *
 * <p>The cause is the first failure among the items, if any; other distinct failures are added as
 * suppressed exceptions.
 */
public class BatchWriteException extends DynamapException {
  private static final long serialVersionUID = 1L;

  /** The message names this many items; {@link #unwrittenItems()} has all of them. */
  private static final int MAX_NAMED = 20;

  /** Distinct failures attached as suppressed exceptions, beyond the cause. */
  private static final int MAX_SUPPRESSED = 10;

  /** Guarded by itself: the writer may add to it after the exception was thrown. */
  private final transient List<UnwrittenItem> unwrittenItems;

  /** The failures already attached, as cause or suppressed; guarded by {@code unwrittenItems}. */
  private final transient Set<Throwable> causes =
      Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Made by a batch writer at its first failure; it adds later unwritten items to it.
   *
   * @param unwrittenItems the items not written, at least one
   */
  public BatchWriteException(List<UnwrittenItem> unwrittenItems) {
    super(message(unwrittenItems), firstCause(unwrittenItems));
    this.unwrittenItems = new ArrayList<>(unwrittenItems);
    if (getCause() != null) {
      causes.add(getCause());
    }
    addOtherCauses(this.unwrittenItems);
  }

  /**
   * Every item not written, in the order the writer gave up on them: a copy, complete once the
   * writer's {@code close()} has returned or thrown.
   *
   * @return a copy of the list, in the order given up on; empty in a deserialized exception, which
   *     carries no items
   */
  public List<UnwrittenItem> unwrittenItems() {
    if (unwrittenItems == null) {
      return List.of(); // deserialized
    }
    synchronized (unwrittenItems) {
      return List.copyOf(unwrittenItems);
    }
  }

  /** Describes the items listed now, as {@link #unwrittenItems()} does. */
  @Override
  public String getMessage() {
    List<UnwrittenItem> items = unwrittenItems();
    return items.isEmpty() ? super.getMessage() : message(items);
  }

  /**
   * Adds items the writer gave up on after this exception was made. Called by the batch writers
   * (blocking and non-blocking, through their shared request core), not by applications.
   *
   * @param more the items, in the order given up on
   */
  public void add(List<UnwrittenItem> more) {
    synchronized (unwrittenItems) {
      unwrittenItems.addAll(more);
      addOtherCauses(more);
    }
  }

  private static String message(List<UnwrittenItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a BatchWriteException needs at least one unwritten item");
    }
    // Group by reason so that a thousand items refused for one cause read as one line.
    Map<String, Integer> reasons = new java.util.LinkedHashMap<>();
    for (UnwrittenItem item : items) {
      reasons.merge(item.reason(), 1, Integer::sum);
    }
    StringJoiner why = new StringJoiner("; ");
    reasons.forEach((reason, count) -> why.add(count + " " + reason));
    StringJoiner named = new StringJoiner(", ");
    for (int i = 0; i < Math.min(MAX_NAMED, items.size()); i++) {
      named.add(items.get(i).toString());
    }
    String more =
        items.size() > MAX_NAMED
            ? ", and " + (items.size() - MAX_NAMED) + " more (see unwrittenItems())"
            : "";
    return items.size()
        + (items.size() == 1 ? " item was" : " items were")
        + " not written ("
        + why
        + "): "
        + named
        + more;
  }

  private static Throwable firstCause(List<UnwrittenItem> items) {
    for (UnwrittenItem item : items) {
      if (item.cause() != null) {
        return item.cause();
      }
    }
    return null;
  }

  private void addOtherCauses(List<UnwrittenItem> items) {
    for (UnwrittenItem item : items) {
      Throwable cause = item.cause();
      if (cause != null && causes.size() <= MAX_SUPPRESSED && causes.add(cause)) {
        addSuppressed(cause);
      }
    }
  }
}
