package io.dynamap.runtime.batch;

import io.dynamap.runtime.error.DynamapException;
import java.util.List;
import java.util.StringJoiner;

/**
 * A {@link BatchGetter} could not read some keys: DynamoDB refused the request (a {@code
 * ValidationException}, a missing table), or kept returning keys unprocessed until the retry budget
 * ran out. {@link #unreadKeys()} lists every key not read; {@link #partialResult()} holds the items
 * that were read.
 */
public class BatchGetException extends DynamapException {
  private static final long serialVersionUID = 1L;

  /** The message names this many keys; {@link #unreadKeys()} has all of them. */
  private static final int MAX_NAMED = 20;

  private final transient List<UnreadKey> unreadKeys;
  private final transient BatchGetResult partialResult;

  /**
   * Made by {@link BatchGetter} when it gives up on keys.
   *
   * @param reason why the keys were not read
   * @param cause the failure of the last call, or {@code null} if the keys were returned
   *     unprocessed
   * @param unreadKeys the keys not read, at least one
   * @param partialResult the items read before the failure
   */
  public BatchGetException(
      String reason, Throwable cause, List<UnreadKey> unreadKeys, BatchGetResult partialResult) {
    super(message(reason, unreadKeys), cause);
    this.unreadKeys = List.copyOf(unreadKeys);
    this.partialResult = partialResult;
  }

  /**
   * Every key not read, in the order they were given.
   *
   * @return an unmodifiable list, never empty, except in a deserialized exception, which carries no
   *     keys
   */
  public List<UnreadKey> unreadKeys() {
    return unreadKeys == null ? List.of() : unreadKeys;
  }

  /**
   * The items that were read: all keys but the unread ones.
   *
   * @return the result of the keys that were read; {@code null} in a deserialized exception
   */
  public BatchGetResult partialResult() {
    return partialResult;
  }

  private static String message(String reason, List<UnreadKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a BatchGetException needs at least one unread key");
    }
    StringJoiner named = new StringJoiner(", ");
    for (int i = 0; i < Math.min(MAX_NAMED, keys.size()); i++) {
      named.add(keys.get(i).toString());
    }
    String more =
        keys.size() > MAX_NAMED
            ? ", and " + (keys.size() - MAX_NAMED) + " more (see unreadKeys())"
            : "";
    return keys.size()
        + (keys.size() == 1 ? " key was" : " keys were")
        + " not read ("
        + reason
        + "): "
        + named
        + more;
  }
}
