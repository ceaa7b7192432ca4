package io.dynamap.runtime.error;

import io.dynamap.runtime.schema.ItemSizes;
import java.util.List;

/**
 * An item is over DynamoDB's 400 KB limit, found before any request. The message names the table,
 * the item's key, its size and its largest attributes, which are usually what to move out (to S3,
 * or to items of their own).
 */
public class ItemTooLargeException extends ItemMappingException {
  private static final long serialVersionUID = 1L;

  /** The item's size in bytes. */
  private final long size;
  /** The largest attributes' names, largest first. */
  private final List<String> largestAttributes;

  /**
   * Made by {@link ItemSizes#requireWithinLimit}.
   *
   * @param message names the table, the key, the size and the largest attributes
   * @param size the item's size in bytes
   * @param largestAttributes the largest attributes' names, largest first; copied
   */
  public ItemTooLargeException(String message, long size, List<String> largestAttributes) {
    super(message);
    this.size = size;
    this.largestAttributes = List.copyOf(largestAttributes);
  }

  /**
   * The item's size in bytes, by DynamoDB's rules.
   *
   * @return the size in bytes, over {@link ItemSizes#MAX_ITEM_BYTES}
   */
  public long size() {
    return size;
  }

  /**
   * The names of the largest attributes, largest first (at most three).
   *
   * @return an unmodifiable list of at most three names
   */
  public List<String> largestAttributes() {
    return largestAttributes;
  }
}
