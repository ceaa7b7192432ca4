package io.dynamap.async;

import io.dynamap.runtime.page.AbstractRead;
import io.dynamap.runtime.page.InvalidCursorException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.page.Scan;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scan run without blocking a thread: every item of a table or index, as a {@link
 * Flow.Publisher} of items or of pages, or a {@link CompletableFuture} of one page. It has the
 * options of the blocking {@link Scan} but {@link Scan#segments parallel segments} (the same
 * methods, from {@link AbstractRead}), and reads the same pages with the same cursors.
 *
 * <pre>{@code
 * Flow.Publisher<Order> all = orders.scan().filter(OrderAttrs.total.gt(hundred)).items();
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
   * @return a cold publisher: each subscription runs the scan
   */
  public Flow.Publisher<T> items() {
    return PagePublisher.items(client, this::plan);
  }

  /**
   * The items as a publisher of pages, one per request, each requested when the subscriber asks
   * for it.
   *
   * @return a cold publisher: each subscription runs the scan
   */
  public Flow.Publisher<Page<T>> pages() {
    return PagePublisher.pages(client, this::plan);
  }

  /**
   * The first page alone, in one request.
   *
   * @return the first page, with the cursor to the next if DynamoDB has more; failed with an
   *     {@link InvalidCursorException} if the cursor cannot be used
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
   */
  public CompletableFuture<Page<T>> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    return PageFutures.joined(startingAfter(request.cursor()).limit(request.size()).pages());
  }

  /**
   * Every item the scan returns, read page after page into one list: for reads known to be
   * small, or bounded by {@link #limit}; for others, {@link #items()} holds one page at a time.
   *
   * @return the items, in the order {@link #items()} publishes them
   */
  public CompletableFuture<List<T>> toList() {
    return PageFutures.items(pages());
  }

  /**
   * The first item the scan returns, if any: the scan with a {@link #limit} of 1, whose pages are
   * read until one item passes the filter or none are left.
   *
   * @return the first item, or empty if the scan returns none
   */
  public CompletableFuture<Optional<T>> first() {
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
}
