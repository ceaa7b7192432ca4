package io.dynamap.runtime.page;

import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The options shared by queries and scans. Immutable; every {@code with…} returns a copy.
 *
 * @param pageSize the {@code Limit} of each request, or 0 for DynamoDB's default (1 MB pages)
 * @param limit the most items to return, or {@link #UNLIMITED}
 * @param descending whether a query reads in descending sort key order
 * @param consistentRead whether reads are strongly consistent
 * @param capacity what consumed capacity to ask for, or {@code null} to leave it unset
 * @param cursor the cursor to resume after, or {@code null} to start at the beginning
 * @param codec how cursors are written and checked
 * @param segments how many segments a scan reads in parallel
 * @param unmappable what to do with an item that cannot be mapped, or {@code null} to throw
 */
record ReadOptions(
    int pageSize,
    long limit,
    boolean descending,
    boolean consistentRead,
    ReturnConsumedCapacity capacity,
    String cursor,
    CursorCodec codec,
    int segments,
    Consumer<? super UnmappableItem> unmappable) {
  static final long UNLIMITED = -1;
  /** DynamoDB's limit on {@code TotalSegments}. */
  static final int MAX_SEGMENTS = 1_000_000;

  static final ReadOptions DEFAULTS =
      new ReadOptions(0, UNLIMITED, false, false, null, null, CursorCodec.checksummed(), 1, null);

  ReadOptions {
    Objects.requireNonNull(codec, "codec");
  }

  ReadOptions withPageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
    return new ReadOptions(pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withLimit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return new ReadOptions(pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withDescending() {
    return new ReadOptions(pageSize, limit, true, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withConsistentRead() {
    return new ReadOptions(pageSize, limit, descending, true, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withCapacity(ReturnConsumedCapacity capacity) {
    Objects.requireNonNull(capacity, "capacity");
    if (capacity == ReturnConsumedCapacity.UNKNOWN_TO_SDK_VERSION) {
      throw new IllegalArgumentException("returnConsumedCapacity needs TOTAL, INDEXES or NONE");
    }
    return new ReadOptions(pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withCursor(String cursor) {
    return new ReadOptions(pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withCodec(CursorCodec codec) {
    return new ReadOptions(pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withSegments(int segments) {
    if (segments < 1 || segments > MAX_SEGMENTS) {
      throw new IllegalArgumentException(
          "segments must be from 1 to " + MAX_SEGMENTS + ", was " + segments);
    }
    return new ReadOptions(pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  ReadOptions withUnmappable(Consumer<? super UnmappableItem> unmappable) {
    Objects.requireNonNull(unmappable, "unmappable");
    return new ReadOptions(
        pageSize, limit, descending, consistentRead, capacity, cursor, codec, segments, unmappable);
  }

  boolean limited() {
    return limit != UNLIMITED;
  }

  /** Options as they differ from the defaults, for {@code toString}: {@code pageSize=50, limit=10}. */
  String describe() {
    StringBuilder s = new StringBuilder();
    if (pageSize > 0) {
      s.append(", pageSize=").append(pageSize);
    }
    if (limited()) {
      s.append(", limit=").append(limit);
    }
    if (descending) {
      s.append(", descending");
    }
    if (consistentRead) {
      s.append(", consistentRead");
    }
    if (capacity != null) {
      s.append(", returnConsumedCapacity=").append(capacity);
    }
    if (cursor != null) {
      s.append(", startingAfter a cursor");
    }
    if (segments > 1) {
      s.append(", segments=").append(segments);
    }
    if (unmappable != null) {
      s.append(", skipUnmappable");
    }
    return s.toString();
  }
}
