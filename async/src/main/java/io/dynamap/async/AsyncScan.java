package io.dynamap.async;

import io.dynamap.runtime.core.SegmentedRead;
import io.dynamap.runtime.page.AbstractRead;
import io.dynamap.runtime.page.InvalidCursorException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.page.Scan;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scan run without blocking a thread: every item of a table or index, as a {@link
 * Flow.Publisher} of items or of pages, or a {@link CompletableFuture} of one page. It has the
 * options of the blocking {@link Scan} (the same methods, from {@link AbstractRead}), reads the
 * same pages with the same cursors, and reads {@link #segments parallel segments} as one
 * publisher or into one consumer per segment.
 *
 * <pre>{@code
 * Flow.Publisher<Order> all = orders.scan().filter(OrderAttrs.total.gt(hundred)).items();
 * Flow.Publisher<Order> fast = orders.scan().segments(8).items();   // 8 requests in flight
 * }</pre>
 *
 * <p>Backpressure, threads and failures are as for {@link AsyncQuery}: a page is requested only
 * when the subscriber has asked for more than the page in hand holds, so a subscription holds at
 * most one page however slowly it is read; {@link #limit} is exact; cancelling stops the scan
 * (the answer to the request in flight is dropped); failures are the blocking scan's exceptions,
 * given to {@code onError}.
 *
 * @param <T> the entity type
 */
public final class AsyncScan<T> extends AbstractRead<T, AsyncScan<T>> {
  private final DynamoDbAsyncClient client;

  private AsyncScan(DynamoDbAsyncClient client, Spec<T> spec) {
    super(spec);
    this.client = client;
  }

  /**
   * A scan of a whole table with default options: eventually consistent, in pages of up to 1 MB.
   * The async repository calls this from {@code scan()}, as the blocking one calls {@link
   * Scan#of}.
   *
   * @param client the async client to call, usually from {@link DynamapAsyncClients}
   * @param tableName the table to scan
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return a new scan; nothing is sent until it is run
   */
  public static <T> AsyncScan<T> of(
      DynamoDbAsyncClient client,
      String tableName,
      Function<Map<String, AttributeValue>, T> decoder) {
    return new AsyncScan<>(
        Objects.requireNonNull(client, "client"), scanSpec(tableName, null, false, decoder));
  }

  /**
   * A scan of a secondary index with default options: it reads the items the index holds (those
   * with its key attributes), with the attributes it projects. As {@link Scan#ofIndex}.
   *
   * @param client the async client to call
   * @param tableName the table the index belongs to
   * @param indexName the index to scan
   * @param globalIndex whether it is a global secondary index, which refuses consistent reads
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return a new scan; nothing is sent until it is run
   */
  public static <T> AsyncScan<T> ofIndex(
      DynamoDbAsyncClient client,
      String tableName,
      String indexName,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder) {
    return new AsyncScan<>(
        Objects.requireNonNull(client, "client"),
        scanSpec(tableName, Objects.requireNonNull(indexName, "indexName"), globalIndex, decoder));
  }

  @Override
  protected AsyncScan<T> with(Spec<T> spec) {
    return new AsyncScan<>(client, spec);
  }

  /**
   * The same scan returning a projection, as {@link Scan#project}: every request carries
   * the projection's {@code ProjectionExpression}, and each item is decoded into the record.
   *
   * @param projection the projection's generated schema ({@code OrderSummarySchema.INSTANCE})
   * @param <P> the projection record
   * @return a new scan of the projection; nothing is sent until it is run
   * @throws IllegalArgumentException if the scan reads an index that does not project every
   *     attribute of the projection
   * @throws IllegalStateException if this scan already has a projection
   */
  public <P> AsyncScan<P> project(ProjectionSchema<T, P> projection) {
    return new AsyncScan<>(client, projectedSpec(projection));
  }

  /**
   * A parallel scan: the table is read as {@code totalSegments} segments (DynamoDB's {@code
   * Segment} and {@code TotalSegments}), with up to {@value SegmentedRead#MAX_CONCURRENT_SEGMENTS}
   * requests in flight at once (more segments wait for one to end), and no thread of its own; see
   * {@link Scan#segments}. The client's connection pool should allow as many connections.
   *
   * <p>Read it with {@link #items()}, which merges the segments into one publisher in no
   * particular order, {@link #toList()}, {@link #first()}, or {@link #forEachSegment}. Pages and
   * cursors belong to one segment, so {@link #pages()}, {@link #firstPage()}, {@link #page} and
   * {@link #startingAfter} are for scans of one segment, as in the blocking scan; {@link #count()}
   * counts in one segment.
   *
   * @param totalSegments from 1 (a plain scan) to 1,000,000
   * @return a new scan read as that many segments
   * @throws IllegalArgumentException if {@code totalSegments} is out of that range
   */
  public AsyncScan<T> segments(int totalSegments) {
    return withSegments(totalSegments);
  }

  /**
   * Reads every segment of a parallel scan and gives each segment's items to its own consumer,
   * without a thread of its own: a segment's consumer is called from the completion of that
   * segment's requests only, one item after the other, and the segment's next page is requested
   * once it has taken the last one (so a slow consumer holds back its own segment, and no more
   * than a page per segment is held). Consumers need no locking as long as they share nothing; as
   * they run on the SDK's threads, they should be short. If a segment's request or consumer
   * fails, the other segments are stopped (their requests in flight cancelled) and the future
   * fails with that failure. The {@link #limit} holds across segments. See {@link
   * Scan#forEachSegment}.
   *
   * <pre>{@code
   * orders.scan().segments(4).forEachSegment(segment -> order -> counts[segment]++)
   *     .thenRun(() -> ...);
   * }</pre>
   *
   * @param consumers gives the consumer of each segment, from 0 to {@code totalSegments - 1};
   *     called on the calling thread, once per segment, before any request
   * @return a future completed when every segment is read (or the limit reached), failed with
   *     the first failure; either way once no consumer runs any more. Cancelling it stops the
   *     requests (a consumer running at that moment still finishes its item).
   * @throws IllegalStateException if a scan of several segments was given a cursor, at once
   * @throws InvalidCursorException if the cursor of a scan of one segment cannot be used, at once
   */
  public CompletableFuture<Void> forEachSegment(
      IntFunction<? extends Consumer<? super T>> consumers) {
    Objects.requireNonNull(consumers, "consumers");
    SegmentedRead<T> read = segmentedRead("forEachSegment()");
    // Asked for on the caller's thread, so that the factory need not be thread-safe.
    List<Consumer<? super T>> perSegment = new ArrayList<>(read.totalSegments());
    for (int i = 0; i < read.totalSegments(); i++) {
      perSegment.add(Objects.requireNonNull(consumers.apply(i), "the consumer of segment " + i));
    }
    return SegmentConsumers.run(client, read, perSegment);
  }

  /**
   * The index this scan reads, if it reads one.
   *
   * @return the index name, or empty for a scan of the table
   */
  public Optional<String> indexName() {
    return spec().indexName();
  }

  /**
   * The items, in the table's order, as a publisher with backpressure: pages are requested as the
   * subscriber asks for items, and exactly the {@link #limit} of items at most are published.
   *
   * <p>For a {@link #segments parallel scan}, the items of every segment in the order their
   * pages arrive: while the subscriber wants more items than the pages in hand hold, idle
   * segments' next pages are requested (one request per item still wanted at most, up to {@value
   * SegmentedRead#MAX_CONCURRENT_SEGMENTS} in flight), so a slow subscriber holds few pages. A
   * failure of any segment cancels the others and goes to {@code onError}.
   *
   * @return a cold publisher: each subscription runs the scan
   * @throws IllegalStateException if a scan of several segments was given a cursor, at once
   */
  public Flow.Publisher<T> items() {
    if (totalSegments() > 1) {
      return new SegmentPublisher<>(client, segmentedRead("items()"));
    }
    return PagePublisher.items(client, this::plan);
  }

  /**
   * The items as a publisher of pages, one per request, each requested when the subscriber asks
   * for it.
   *
   * @return a cold publisher: each subscription runs the scan
   * @throws IllegalStateException if this is a parallel scan
   */
  public Flow.Publisher<Page<T>> pages() {
    requireOneSegment("pages()");
    return PagePublisher.pages(client, this::plan);
  }

  /**
   * The first page alone, in one request.
   *
   * @return the first page, with the cursor to the next if DynamoDB has more; failed with an
   *     {@link InvalidCursorException} if the cursor cannot be used
   * @throws IllegalStateException if this is a parallel scan
   */
  public CompletableFuture<Page<T>> firstPage() {
    return PageFutures.first(pages());
  }

  /**
   * One page of at most {@code request.size()} items, starting after the request's cursor: pages
   * are read until that many items have been returned or none are left. As {@link Scan#page}.
   *
   * @param request the page size and the cursor to start after; not null
   * @return a page of at most {@code request.size()} items, with the cursor to the next if more
   *     may follow
   * @throws IllegalStateException if this is a parallel scan
   */
  public CompletableFuture<Page<T>> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    requireOneSegment("page(PageRequest)");
    return PageFutures.joined(startingAfter(request.cursor()).limit(request.size()).pages());
  }

  /**
   * Every item the scan returns, read page after page into one list: for reads known to be
   * small, or bounded by {@link #limit}; for others, {@link #items()} holds one page at a time.
   *
   * @return the items, in the order {@link #items()} publishes them
   */
  public CompletableFuture<List<T>> toList() {
    if (totalSegments() > 1) {
      return PageFutures.collect(items());
    }
    return PageFutures.items(pages());
  }

  /**
   * The first item the scan returns, if any: the scan with a {@link #limit} of 1, whose pages are
   * read until one item passes the filter or none are left.
   *
   * @return the first item, or empty if the scan returns none
   */
  public CompletableFuture<Optional<T>> first() {
    if (totalSegments() > 1) {
      return PageFutures.collect(limit(1).items())
          .thenApply(items -> items.stream().findFirst());
    }
    return PageFutures.firstItem(limit(1).pages());
  }

  /**
   * How many items the table holds that pass the filter, counted by DynamoDB ({@code
   * Select=COUNT}): every item is read (and consumes capacity), none is returned. The {@link
   * #limit} and {@link #startingAfter cursor} do not apply.
   *
   * @return the number of items that pass the filter
   */
  public CompletableFuture<Long> count() {
    return PageFutures.count(PagePublisher.pages(client, this::countPlan));
  }

  private void requireOneSegment(String method) {
    if (totalSegments() > 1) {
      throw new IllegalStateException(
          method
              + " reads one segment; a scan of "
              + totalSegments()
              + " segments is read with items(), toList() or forEachSegment()");
    }
  }
}
