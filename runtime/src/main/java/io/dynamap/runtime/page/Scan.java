package io.dynamap.runtime.page;

import io.dynamap.runtime.DynamapErrors;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.Expression;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A scan: every item of a table, with options, run as a lazy stream of items or of pages, or
 * split into segments read in parallel. Repositories make them:
 *
 * <pre>{@code
 * long gifts = orders.scan().stream().filter(Order::giftWrapped).count();
 *
 * // Four segments read at once, into one stream; close it if it is not read to the end.
 * try (Stream<Order> all = orders.scan().segments(4).stream()) {
 *   all.forEach(this::index);
 * }
 *
 * // Or one consumer per segment, each called on its segment's thread only.
 * orders.scan().segments(4).forEachSegment(segment -> order -> files[segment].write(order));
 * }</pre>
 *
 * <p>A scan is immutable: each option returns a new scan, and a scan can be run any number of
 * times. Nothing is sent until it is run; pages are requested as they are needed. A scan reads
 * the whole table, consuming capacity for every item read: prefer a {@link Query} where a key
 * condition can select the items.
 *
 * @param <T> the entity type
 */
public final class Scan<T> {
  private final DynamoDbClient client;
  private final String tableName;
  /** The index to scan, or null for the table. */
  private final String indexName;
  private final boolean globalIndex;
  private final Function<Map<String, AttributeValue>, T> decoder;
  private final ReadOptions options;
  private final Condition<T> filter;

  private Scan(
      DynamoDbClient client,
      String tableName,
      String indexName,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder,
      ReadOptions options,
      Condition<T> filter) {
    this.client = client;
    this.tableName = tableName;
    this.indexName = indexName;
    this.globalIndex = globalIndex;
    this.decoder = decoder;
    this.options = options;
    this.filter = filter;
  }

  /**
   * A scan of a whole table with default options: one segment, eventually consistent, in pages of
   * up to 1 MB. Repositories call this from {@code scan()}.
   *
   * @param <T> the entity type
   * @param client the client to call
   * @param tableName the table to scan
   * @param decoder turns a stored item into an entity
   * @return a new scan; nothing is sent until it is run
   */
  public static <T> Scan<T> of(
      DynamoDbClient client, String tableName, Function<Map<String, AttributeValue>, T> decoder) {
    return new Scan<>(
        Objects.requireNonNull(client, "client"),
        Objects.requireNonNull(tableName, "tableName"),
        null,
        false,
        Objects.requireNonNull(decoder, "decoder"),
        ReadOptions.DEFAULTS,
        null);
  }

  /**
   * A scan of a secondary index with default options: it reads the items the index holds (those
   * with its key attributes), with the attributes it projects. Repositories call this from {@code
   * scanIndex(…)}.
   *
   * @param client the client to call
   * @param tableName the table the index belongs to
   * @param indexName the index to scan
   * @param globalIndex whether it is a global secondary index, which refuses consistent reads
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return the scan
   */
  public static <T> Scan<T> ofIndex(
      DynamoDbClient client,
      String tableName,
      String indexName,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder) {
    return new Scan<>(
        Objects.requireNonNull(client, "client"),
        Objects.requireNonNull(tableName, "tableName"),
        Objects.requireNonNull(indexName, "indexName"),
        globalIndex,
        Objects.requireNonNull(decoder, "decoder"),
        ReadOptions.DEFAULTS,
        null);
  }

  /**
   * Only the items for which {@code condition} holds are returned (DynamoDB's {@code
   * FilterExpression}); calling it again adds another condition, ANDed. The filter runs on the
   * server after items are read: capacity is consumed, and {@link #pageSize} counted, for the items
   * read before filtering, so pages may be short or even empty and not be the last. {@link #limit}
   * counts the items returned, so it stays exact.
   *
   * <pre>{@code
   * orders.scan().filter(OrderAttrs.total.gt(new BigDecimal("100")))
   * }</pre>
   *
   * @param condition the condition an item must meet; not null
   * @return a new scan with the filter added
   */
  public Scan<T> filter(Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return new Scan<>(
        client,
        tableName,
        indexName,
        globalIndex,
        decoder,
        options,
        filter == null ? condition : filter.and(condition));
  }

  /**
   * At most {@code n} items read per request (DynamoDB's {@code Limit}); pages still end at 1 MB.
   * In a parallel scan, per request of each segment.
   *
   * @param n the most items one request reads, at least 1
   * @return a new scan with that page size
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public Scan<T> pageSize(int n) {
    return with(options.withPageSize(n));
  }

  /**
   * Exactly {@code n} items, or all if the table holds fewer, reading only the pages needed (see
   * {@link Query#limit}). In a parallel scan, {@code n} items in all, from whichever segments
   * deliver first; segments may read a little ahead.
   *
   * @param n the most items returned in all, 0 or more
   * @return a new scan with that limit
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Scan<T> limit(long n) {
    return with(options.withLimit(n));
  }

  /**
   * Items that cannot be mapped to the entity are left out and handed to {@code skipped}, each
   * with its key and the error, and the scan goes on: for tables that other services write to as
   * well. By default such an item stops the scan with an {@link
   * io.dynamap.runtime.ItemMappingException}. See {@link Query#skipUnmappable}; in a parallel
   * scan, {@code skipped} is called from the segments' threads and must be thread-safe.
   *
   * @param skipped receives each item left out; not null. In a parallel scan it is called from the
   *     segments' threads
   * @return a new scan that skips unmappable items
   */
  public Scan<T> skipUnmappable(Consumer<? super UnmappableItem> skipped) {
    return with(options.withUnmappable(skipped));
  }

  /**
   * Strongly consistent reads ({@code ConsistentRead=true}), at twice the capacity.
   *
   * @return a new scan with strongly consistent reads
   * @throws IllegalStateException on a global secondary index, which DynamoDB refuses them on
   */
  public Scan<T> consistentRead() {
    if (globalIndex) {
      throw new IllegalStateException(
          "Scan of index "
              + indexName
              + " on table "
              + tableName
              + ": a global secondary index cannot be read with consistentRead(); DynamoDB"
              + " refuses it. Scan the table, or a local index, to read consistently");
    }
    return with(options.withConsistentRead());
  }

  /**
   * Asks DynamoDB for the capacity each page consumes; see {@link Page#consumedCapacity()}.
   *
   * @param level {@code TOTAL}, {@code INDEXES} or {@code NONE}; not null
   * @return a new scan asking for the consumed capacity
   */
  public Scan<T> returnConsumedCapacity(ReturnConsumedCapacity level) {
    return with(options.withCapacity(level));
  }

  /**
   * Resumes after the page whose {@link Page#cursor()} this is. Only for scans of one segment.
   *
   * @param cursor a cursor from a page of a scan of the same table, or {@code null} to start at
   *     the beginning
   * @return a new scan starting after that page
   */
  public Scan<T> startingAfter(String cursor) {
    return with(options.withCursor(cursor));
  }

  /**
   * How cursors are written and checked; default {@link CursorCodec#checksummed()}.
   *
   * @param codec the codec that writes and checks cursors; not null
   * @return a new scan using that codec
   */
  public Scan<T> cursorCodec(CursorCodec codec) {
    return with(options.withCodec(Objects.requireNonNull(codec, "codec")));
  }

  /**
   * A parallel scan: the table is read as {@code totalSegments} segments (DynamoDB's {@code
   * Segment} and {@code TotalSegments}), concurrently, on threads of the scan's own (one per
   * segment, at most {@value ParallelScan#MAX_THREADS}; more segments wait for a thread). The
   * client's connection pool should have a connection per thread.
   *
   * <p>Read it with {@link #stream()}, which merges the segments into one stream in no particular
   * order, or {@link #forEachSegment}. Pages and cursors belong to one segment, so {@link
   * #pages()}, {@link #firstPage()} and {@link #startingAfter} are for scans of one segment.
   *
   * @param totalSegments from 1 (a plain scan) to 1,000,000
   * @return a new scan read as that many segments
   * @throws IllegalArgumentException if {@code totalSegments} is out of that range
   */
  public Scan<T> segments(int totalSegments) {
    return with(options.withSegments(totalSegments));
  }

  /**
   * The table's items as a lazy stream. With one segment, pages are requested as the stream is
   * consumed, in the table's order. With several, every segment is read concurrently into one
   * stream, in no particular order; each segment reads at most two pages ahead of the consumer.
   * Close such a stream (try-with-resources) when it is not read to its end, to stop its threads
   * at once; a stream dropped unclosed is stopped once it is garbage-collected.
   *
   * <p>A failure in any segment stops the others and is thrown by the stream.
   *
   * @return a stream to consume once and close when not consumed to the end (closing it stops a
   *     parallel scan's threads)
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   * @throws IllegalStateException if a parallel scan was given a cursor
   */
  public Stream<T> stream() {
    if (options.segments() > 1) {
      requireNoCursor("stream()");
      return parallel().stream();
    }
    Stream<T> items = pages().flatMap(page -> page.items().stream());
    return options.limited() ? items.limit(options.limit()) : items;
  }

  /**
   * The table's items as a lazy stream of pages, one per request. Only for scans of one segment.
   *
   * @return a stream of pages to consume once
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   * @throws IllegalStateException if this is a parallel scan
   */
  public Stream<Page<T>> pages() {
    if (options.segments() > 1) {
      throw new IllegalStateException(
          "pages() reads one segment; a scan of "
              + options.segments()
              + " segments is read with stream() or forEachSegment()");
    }
    CursorScope scope = scope();
    return Paginator.pages(
        source(0, 1),
        decoder,
        options.unmappable(),
        startKey(scope),
        options.pageSize(),
        options.limit(),
        key -> options.codec().encode(scope, key));
  }

  /**
   * The first page alone, in one request. Only for scans of one segment.
   *
   * @return the first page, with the cursor to the next if DynamoDB has more
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   * @throws IllegalStateException if this is a parallel scan
   */
  public Page<T> firstPage() {
    try (Stream<Page<T>> pages = pages()) {
      return pages.findFirst().orElseGet(Query::emptyPage);
    }
  }

  /**
   * Reads every segment concurrently and gives each segment's items to its own consumer, called
   * only on that segment's thread: consumers need no locking as long as they share nothing. Returns
   * when every segment has been read (or the {@link #limit} reached). If a segment's request or
   * consumer fails, the other segments are stopped and the failure is thrown. When this method
   * returns or throws, no consumer is running.
   *
   * <pre>{@code
   * orders.scan().segments(4).forEachSegment(segment -> order -> counts[segment]++);
   * }</pre>
   *
   * @param consumers gives the consumer of each segment, from 0 to {@code totalSegments - 1};
   *     called on the calling thread, once per segment, before any read
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   * @throws IllegalStateException if a parallel scan was given a cursor
   */
  public void forEachSegment(IntFunction<? extends Consumer<? super T>> consumers) {
    Objects.requireNonNull(consumers, "consumers");
    requireNoCursor("forEachSegment()");
    parallel().forEachSegment(consumers);
  }

  /**
   * One page of at most {@code request.size()} items, starting after the request's cursor: pages
   * are read until that many items have been returned or none are left, so a filter never makes
   * the page short unless the scan ends. Only for scans of one segment.
   *
   * @param request the page size and the cursor to start after; not null
   * @return a page of at most {@code request.size()} items, with the cursor to the next if more may
   *     follow
   * @throws InvalidCursorException if the request's cursor cannot be used for this scan
   * @throws IllegalStateException if this is a parallel scan
   */
  public Page<T> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    try (Stream<Page<T>> pages = startingAfter(request.cursor()).limit(request.size()).pages()) {
      return Paginator.concatenate(pages);
    }
  }

  /**
   * How many items the table holds that pass the filter, counted by DynamoDB ({@code
   * Select=COUNT}) over the whole table in one segment: every item is read (and consumes
   * capacity), none is returned. The {@link #limit} and {@link #startingAfter cursor} do not
   * apply.
   *
   * @return the number of items that pass the filter
   */
  public long count() {
    Paginator.PageSource counting = source(0, 1, true);
    return Paginator.count(counting, null);
  }

  /**
   * The table this scan reads.
   *
   * @return the table name given to {@link #of}
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The index this scan reads, if it reads one.
   *
   * @return the index name, or empty for a scan of the table
   */
  public Optional<String> indexName() {
    return Optional.ofNullable(indexName);
  }

  /**
   * The filter, if any.
   *
   * @return the conditions given to {@link #filter(Condition)}, ANDed; empty when there is none
   */
  public Optional<Condition<T>> filter() {
    return Optional.ofNullable(filter);
  }

  /** {@code Scan[Orders, filter total > 100, segments=4, limit=100]}. */
  @Override
  public String toString() {
    return "Scan["
        + tableName
        + (indexName == null ? "" : ", index " + indexName)
        + (filter == null ? "" : ", filter " + filter)
        + options.describe()
        + "]";
  }

  private Scan<T> with(ReadOptions newOptions) {
    return new Scan<>(client, tableName, indexName, globalIndex, decoder, newOptions, filter);
  }

  private ParallelScan<T> parallel() {
    int total = options.segments();
    return new ParallelScan<>(
        tableName,
        total,
        segment -> source(segment, total),
        decoder,
        options.unmappable(),
        total == 1 ? startKey(scope()) : null,
        options.pageSize(),
        options.limit());
  }

  private void requireNoCursor(String method) {
    if (options.segments() > 1 && options.cursor() != null) {
      throw new IllegalStateException(
          "a cursor resumes a scan of one segment; this scan has "
              + options.segments()
              + " segments, so "
              + method
              + " cannot start after it");
    }
  }

  private CursorScope scope() {
    return new CursorScope(CursorScope.SCAN, tableName, indexName);
  }

  private Map<String, AttributeValue> startKey(CursorScope scope) {
    return options.cursor() == null ? null : options.codec().decode(options.cursor(), scope);
  }

  private Paginator.PageSource source(int segment, int totalSegments) {
    return source(segment, totalSegments, false);
  }

  private Paginator.PageSource source(int segment, int totalSegments, boolean countOnly) {
    ScanRequest.Builder request = ScanRequest.builder().tableName(tableName).indexName(indexName);
    if (countOnly) {
      request.select(Select.COUNT);
    }
    if (filter != null) {
      Expression expression = filter.toExpression();
      request
          .filterExpression(expression.text())
          .expressionAttributeNames(expression.names())
          .expressionAttributeValues(expression.values().isEmpty() ? null : expression.values());
    }
    if (totalSegments > 1) {
      request.segment(segment).totalSegments(totalSegments);
    }
    if (options.consistentRead()) {
      request.consistentRead(true);
    }
    if (options.capacity() != null) {
      request.returnConsumedCapacity(options.capacity());
    }
    ScanRequest first = request.build();
    return (startKey, limit) -> {
      ScanRequest.Builder next = first.toBuilder();
      if (startKey != null) {
        next.exclusiveStartKey(startKey);
      }
      if (limit != null) {
        next.limit(limit);
      }
      try {
        return Paginator.RawPage.of(client.scan(next.build()));
      } catch (SdkException e) {
        throw DynamapErrors.translate(e, "Scan", tableName);
      }
    };
  }
}
