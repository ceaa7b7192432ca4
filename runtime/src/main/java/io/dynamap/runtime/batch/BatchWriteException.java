package io.dynamap.runtime.batch;

import io.dynamap.runtime.DynamapException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Items a {@link BatchWriter} accepted were not written: DynamoDB refused them (a {@code
 * ValidationException}, a missing table), or they were still unprocessed or failing when the retry
 * budget ran out. {@link #unwrittenItems()} lists every one of them, with the item itself, so
 * nothing is dropped silently.
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

  private final transient List<UnwrittenItem> unwrittenItems;

  /**
   * @param unwrittenItems the items not written, at least one
   */
  public BatchWriteException(List<UnwrittenItem> unwrittenItems) {
    super(message(unwrittenItems), firstCause(unwrittenItems));
    this.unwrittenItems = List.copyOf(unwrittenItems);
    addOtherCauses();
  }

  /** Every item not written, in the order the writer gave up on them. */
  public List<UnwrittenItem> unwrittenItems() {
    return unwrittenItems == null ? List.of() : unwrittenItems;
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

  private void addOtherCauses() {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (getCause() != null) {
      seen.add(getCause());
    }
    for (UnwrittenItem item : unwrittenItems) {
      Throwable cause = item.cause();
      if (cause != null && seen.size() <= MAX_SUPPRESSED && seen.add(cause)) {
        addSuppressed(cause);
      }
    }
  }
}
