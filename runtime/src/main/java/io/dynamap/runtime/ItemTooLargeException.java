package io.dynamap.runtime;

import java.util.List;

/**
 * An item is over DynamoDB's 400 KB limit, found before any request. The message names the table,
 * the item's key, its size and its largest attributes, which are usually what to move out (to S3,
 * or to items of their own).
 */
public class ItemTooLargeException extends ItemMappingException {
  private static final long serialVersionUID = 1L;

  private final long size;
  private final List<String> largestAttributes;

  public ItemTooLargeException(String message, long size, List<String> largestAttributes) {
    super(message);
    this.size = size;
    this.largestAttributes = List.copyOf(largestAttributes);
  }

  /** The item's size in bytes, by DynamoDB's rules. */
  public long size() {
    return size;
  }

  /** The names of the largest attributes, largest first (at most three). */
  public List<String> largestAttributes() {
    return largestAttributes;
  }
}
