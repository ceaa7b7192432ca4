package io.dynamap.runtime.core;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a paged read stands between two requests: the key to start after, the page size, and how
 * many items its exact limit still allows. Immutable; {@link #after} gives the next position. The
 * arithmetic of exact limits lives here alone: each request asks for no more items than are still
 * missing, and none is sent once the limit is reached.
 */
public final class ReadPosition {
  /** The limit of a read that returns every item. */
  public static final long UNLIMITED = -1;

  private final Map<String, AttributeValue> exclusiveStartKey;
  private final int pageSize;
  private final long remaining;
  private final boolean finished;

  private ReadPosition(
      Map<String, AttributeValue> exclusiveStartKey, int pageSize, long remaining, boolean finished) {
    this.exclusiveStartKey = exclusiveStartKey;
    this.pageSize = pageSize;
    this.remaining = remaining;
    this.finished = finished;
  }

  /**
   * The position before a read's first request.
   *
   * @param exclusiveStartKey the key to start after (a decoded cursor), or {@code null} to start at
   *     the beginning
   * @param pageSize the {@code Limit} of each request, or 0 for DynamoDB's default (1 MB pages)
   * @param limit the most items the read returns, or {@link #UNLIMITED}; a limit of 0 is finished
   *     before any request
   * @return the start position
   * @throws IllegalArgumentException if {@code pageSize} or {@code limit} is out of range
   */
  public static ReadPosition start(
      Map<String, AttributeValue> exclusiveStartKey, int pageSize, long limit) {
    if (pageSize < 0) {
      throw new IllegalArgumentException("pageSize must not be negative, was " + pageSize);
    }
    if (limit < 0 && limit != UNLIMITED) {
      throw new IllegalArgumentException("limit must be 0 or more, or UNLIMITED, was " + limit);
    }
    return new ReadPosition(exclusiveStartKey, pageSize, limit, limit == 0);
  }

  /**
   * The {@code Limit} of a request: the page size, lowered to what the read's limit leaves.
   *
   * @param pageSize the page size, or 0 for none
   * @param limited whether the read has a limit
   * @param remaining how many items the limit still allows
   * @return the request's {@code Limit}, or {@code null} to leave it unset
   */
  public static Integer requestLimit(int pageSize, boolean limited, long remaining) {
    if (!limited) {
      return pageSize > 0 ? pageSize : null;
    }
    long cap = pageSize > 0 ? pageSize : Integer.MAX_VALUE;
    return (int) Math.min(cap, remaining);
  }

  /**
   * The key the next request starts after.
   *
   * @return the exclusive start key, or {@code null} for the first request from the beginning
   */
  public Map<String, AttributeValue> exclusiveStartKey() {
    return exclusiveStartKey;
  }

  /**
   * The {@code Limit} of the next request.
   *
   * @return the page size, lowered to what the limit leaves; {@code null} for none
   */
  public Integer requestLimit() {
    return requestLimit(pageSize, limited(), remaining);
  }

  /**
   * Whether the read has an item limit.
   *
   * @return {@code true} if it stops after a number of items
   */
  public boolean limited() {
    return remaining != UNLIMITED;
  }

  /**
   * How many more items the read returns at most.
   *
   * @return the items the limit still allows, or {@link #UNLIMITED}
   */
  public long remaining() {
    return remaining;
  }

  /**
   * Whether the read is over: DynamoDB has no more items for it, or its limit is reached. No
   * request is sent from a finished position.
   *
   * @return {@code true} when nothing more is to be read
   */
  public boolean finished() {
    return finished;
  }

  /**
   * The position after a response.
   *
   * @param lastEvaluatedKey the response's last evaluated key, or {@code null} if it was the last
   * @param itemsReturned how many items the response gave the caller (items skipped as unmappable
   *     do not count towards the limit)
   * @return the next position; finished when the table has no more or the limit is reached, so the
   *     read stops without another request
   * @throws IllegalStateException if this position is finished
   */
  public ReadPosition after(Map<String, AttributeValue> lastEvaluatedKey, int itemsReturned) {
    if (finished) {
      throw new IllegalStateException("the read is finished: no response follows it");
    }
    long left = limited() ? Math.max(0, remaining - itemsReturned) : UNLIMITED;
    return new ReadPosition(
        lastEvaluatedKey, pageSize, left, lastEvaluatedKey == null || (limited() && left == 0));
  }

  @Override
  public String toString() {
    return "ReadPosition["
        + (exclusiveStartKey == null ? "from the start" : "after " + exclusiveStartKey)
        + (pageSize > 0 ? ", pageSize=" + pageSize : "")
        + (limited() ? ", remaining=" + remaining : "")
        + (finished ? ", finished" : "")
        + "]";
  }
}
