package io.dynamap.runtime.page;

import io.dynamap.runtime.core.PageCore;
import io.dynamap.runtime.core.SegmentedRead;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
public final class Scan<T> extends AbstractRead<T, Scan<T>> {
  private final DynamoDbClient client;

  private Scan(DynamoDbClient client, Spec<T> spec) {
    super(spec);
    this.client = client;
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
        Objects.requireNonNull(client, "client"), scanSpec(tableName, null, false, decoder));
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
        scanSpec(tableName, Objects.requireNonNull(indexName, "indexName"), globalIndex, decoder));
  }

  @Override
  protected Scan<T> with(Spec<T> spec) {
    return new Scan<>(client, spec);
  }

  /**
   * The same scan returning a projection: every request carries its {@code
   * ProjectionExpression}, so only the attributes the record names are read and sent back, and
   * each item is decoded into the record. Options set before or after it apply; add filters
   * before it, as they name the entity's attributes.
   *
   * <pre>{@code
   * List<OrderSummary> summaries = orders.scan().project(OrderSummarySchema.INSTANCE).stream().toList();
   * }</pre>
   *
   * <p>Capacity is consumed for whole items all the same: a projection saves the bytes sent, not
   * the reads.
   *
   * @param projection the projection's generated schema ({@code OrderSummarySchema.INSTANCE})
   * @param <P> the projection record
   * @return a new scan of the projection; nothing is sent until it is run
   * @throws IllegalArgumentException if the scan reads an index that does not project every
   *     attribute of the projection
   * @throws IllegalStateException if this scan already has a projection
   */
  public <P> Scan<P> project(ProjectionSchema<T, P> projection) {
    return new Scan<>(client, projectedSpec(projection));
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
    return withSegments(totalSegments);
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
    if (options().segments() > 1) {
      return parallel("stream()").stream();
    }
    Stream<T> items = pages().flatMap(page -> page.items().stream());
    return options().limited() ? items.limit(options().limit()) : items;
  }

  /**
   * The table's items as a lazy stream of pages, one per request. Only for scans of one segment.
   *
   * @return a stream of pages to consume once
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   * @throws IllegalStateException if this is a parallel scan
   */
  public Stream<Page<T>> pages() {
    if (options().segments() > 1) {
      throw new IllegalStateException(
          "pages() reads one segment; a scan of "
              + options().segments()
              + " segments is read with stream() or forEachSegment()");
    }
    return Paginator.pages(plan(), new BlockingPages(client));
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
      return pages.findFirst().orElseGet(PageCore::emptyPage);
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
    parallel("forEachSegment()").forEachSegment(consumers);
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
    return Paginator.count(countPlan(), new BlockingPages(client));
  }

  /**
   * The index this scan reads, if it reads one.
   *
   * @return the index name, or empty for a scan of the table
   */
  public Optional<String> indexName() {
    return spec().indexName();
  }

  private ReadOptions options() {
    return spec().options;
  }

  /** The parallel run of this scan, read on threads of its own. */
  private ParallelScan<T> parallel(String method) {
    SegmentedRead<T> read = segmentedRead(method);
    return new ParallelScan<>(
        read.tableName(),
        read.totalSegments(),
        read::segment,
        new BlockingPages(client),
        read.limit());
  }
}
