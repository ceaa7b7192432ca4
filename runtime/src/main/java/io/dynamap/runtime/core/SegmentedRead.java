package io.dynamap.runtime.core;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One run of a parallel scan, apart from how it is sent: the plan of each segment (its request
 * with {@code Segment} and {@code TotalSegments}, each asking for no more items than the whole
 * read returns) and the read's limit, which holds across segments. The blocking parallel scan
 * reads it on threads of its own, the non-blocking one with a bounded number of requests in
 * flight; both drive each segment as {@link ReadPlan} describes, from its start to its end, and
 * count the limit down as they deliver items.
 *
 * @param <T> the entity type
 */
public final class SegmentedRead<T> {
  /**
   * The most segments one scan reads at once, blocking (threads) or not (requests in flight);
   * further segments wait for one to end.
   */
  public static final int MAX_CONCURRENT_SEGMENTS = 32;

  private final String tableName;
  private final int totalSegments;
  private final IntFunction<ReadPlan<T>> plans;
  private final long limit;

  /**
   * A parallel read.
   *
   * @param tableName the table scanned, for messages
   * @param totalSegments how many segments, at least 1
   * @param plans the plan of each segment, from 0 to {@code totalSegments - 1}
   * @param limit the most items in all, or {@link ReadPosition#UNLIMITED}
   * @throws IllegalArgumentException if {@code totalSegments} is less than 1 or {@code limit}
   *     is negative and not {@link ReadPosition#UNLIMITED}
   */
  public SegmentedRead(
      String tableName, int totalSegments, IntFunction<ReadPlan<T>> plans, long limit) {
    if (totalSegments < 1) {
      throw new IllegalArgumentException("totalSegments must be at least 1, was " + totalSegments);
    }
    if (limit < 0 && limit != ReadPosition.UNLIMITED) {
      throw new IllegalArgumentException("limit must be 0 or more, or UNLIMITED, was " + limit);
    }
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.totalSegments = totalSegments;
    this.plans = Objects.requireNonNull(plans, "plans");
    this.limit = limit;
  }

  /**
   * The table scanned.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * How many segments the table is read as.
   *
   * @return {@code TotalSegments}
   */
  public int totalSegments() {
    return totalSegments;
  }

  /**
   * How many segments are read at once.
   *
   * @return the segments, at most {@value #MAX_CONCURRENT_SEGMENTS}
   */
  public int concurrency() {
    return Math.min(totalSegments, MAX_CONCURRENT_SEGMENTS);
  }

  /**
   * The plan of one segment: it reads from the segment's start to its end, without a limit of its
   * own (the read's limit is counted across segments).
   *
   * @param segment from 0 to {@code totalSegments - 1}
   * @return the segment's plan
   */
  public ReadPlan<T> segment(int segment) {
    Objects.checkIndex(segment, totalSegments);
    return plans.apply(segment);
  }

  /**
   * Whether the read stops after a number of items.
   *
   * @return {@code true} if it has a limit
   */
  public boolean limited() {
    return limit != ReadPosition.UNLIMITED;
  }

  /**
   * The most items the read returns in all.
   *
   * @return the limit, or {@link ReadPosition#UNLIMITED}
   */
  public long limit() {
    return limit;
  }

  @Override
  public String toString() {
    return "SegmentedRead["
        + tableName
        + ", "
        + totalSegments
        + " segments"
        + (limited() ? ", limit=" + limit : "")
        + "]";
  }
}
