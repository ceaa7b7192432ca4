package io.dynamap.async;

import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.page.AbstractQuery;
import io.dynamap.runtime.page.InvalidCursorException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.page.Query;
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
 * A query run without blocking a thread: the items a {@link KeyCondition} selects, as a {@link
 * Flow.Publisher} of items or of pages, or a {@link CompletableFuture} of one page. It has the
 * options of the blocking {@link Query} (they are the same methods, from {@link AbstractQuery}),
 * and reads the same pages with the same cursors: a cursor from one resumes the other.
 *
 * <pre>{@code
 * // Every order of March, with backpressure, to any Flow.Subscriber; in Reactor,
 * // JdkFlowAdapter.flowPublisherToFlux(march); elsewhere, org.reactivestreams.FlowAdapters.
 * Flow.Publisher<Order> march =
 *     orders.query(OrderKeys.partition("c-1").placedAt().beginsWith("2026-03")).items();
 *
 * // The ten latest orders, then the next ten from where the first page ended.
 * orders.query(OrderKeys.partition("c-1")).descending().page(PageRequest.first(10))
 *     .thenAccept(page -> render(page.items(), page.cursor()));
 * }</pre>
 *
 * <p>A query is immutable: each option returns a new query, and a query can be run any number of
 * times; each subscription runs it anew. Nothing is sent until a publisher is subscribed to (and
 * the subscriber requests) or a future method is called.
 *
 * <p><b>Backpressure.</b> A page is requested from DynamoDB only when the subscriber has asked for
 * more than the page in hand holds, so a subscription holds at most one page, whatever the
 * subscriber's pace. {@link #limit} is exact, as in the blocking query. Cancelling the
 * subscription (or a returned future) stops the read: nothing more is requested, and the answer
 * to the request in flight, if any, is dropped. (The SDK lets that call run to its end, within
 * the client's call timeout: cancelling its future does not abort the HTTP request.)
 *
 * <p><b>Threads.</b> No method blocks. Signals and completions come on the SDK's threads (or on
 * the subscriber's own thread when it requests items of a page already in hand): keep the work
 * done there short, or hand it to an executor of your own.
 *
 * <p><b>Failures</b> are Dynamap's exceptions, as the blocking query throws them, given to {@code
 * onError} or failing the future: a missing table is a {@link
 * io.dynamap.runtime.error.TableNotFoundException}, a cursor that cannot be used an {@link
 * InvalidCursorException}.
 *
 * @param <T> the entity type
 */
public final class AsyncQuery<T> extends AbstractQuery<T, AsyncQuery<T>> {
  private final DynamoDbAsyncClient client;

  private AsyncQuery(DynamoDbAsyncClient client, Spec<T> spec) {
    super(spec);
    this.client = client;
  }

  /**
   * A query with default options: all matching items, in ascending sort key order, eventually
   * consistent, in pages of up to 1 MB. The async repository calls this from {@code query(…)},
   * as the blocking one calls {@link Query#of(software.amazon.awssdk.services.dynamodb.DynamoDbClient,
   * String, KeyCondition, boolean, Function)}.
   *
   * <p>A condition with a {@link KeyCondition#typeFilter() type filter} starts the query's filter
   * with it, so that only items of the condition's entity type are returned.
   *
   * @param client the async client to call, usually from {@link DynamapAsyncClients}
   * @param tableName the table to query (the condition names the index, if any)
   * @param condition the key condition
   * @param globalIndex whether the condition names a global secondary index, so that {@link
   *     #consistentRead()} is refused before any request
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return a new query; nothing is sent until it is run
   */
  public static <T> AsyncQuery<T> of(
      DynamoDbAsyncClient client,
      String tableName,
      KeyCondition<T> condition,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder) {
    return new AsyncQuery<>(
        Objects.requireNonNull(client, "client"),
        querySpec(tableName, condition, globalIndex, decoder));
  }

  @Override
  protected AsyncQuery<T> with(Spec<T> spec) {
    return new AsyncQuery<>(client, spec);
  }

  /**
   * The same query returning a projection, as {@link Query#project}: every request carries
   * the projection's {@code ProjectionExpression}, and each item is decoded into the record.
   *
   * @param projection the projection's generated schema ({@code OrderSummarySchema.INSTANCE})
   * @param <P> the projection record
   * @return a new query of the projection; nothing is sent until it is run
   * @throws IllegalArgumentException if the query reads an index that does not project every
   *     attribute of the projection
   * @throws IllegalStateException if this query already has a projection
   */
  public <P> AsyncQuery<P> project(ProjectionSchema<T, P> projection) {
    return new AsyncQuery<>(client, projectedSpec(projection));
  }

  /**
   * The matching items, in sort key order, as a publisher with backpressure: pages are requested
   * as the subscriber asks for items, and exactly the {@link #limit} of items at most are
   * published. An invalid cursor goes to {@code onError} before any request.
   *
   * @return a cold publisher: each subscription runs the query
   */
  public Flow.Publisher<T> items() {
    return PagePublisher.items(client, this::plan);
  }

  /**
   * The matching items as a publisher of pages, one per request, each requested when the
   * subscriber asks for it. The last page has no cursor, unless the query's {@link #limit} stopped
   * it early.
   *
   * @return a cold publisher: each subscription runs the query
   */
  public Flow.Publisher<Page<T>> pages() {
    return PagePublisher.pages(client, this::plan);
  }

  /**
   * The first page alone, in one request: for a page of results and the cursor to the next. It
   * may be empty and still have a cursor; {@link #limit} lowers the request's {@code Limit}.
   *
   * @return the first page, with the cursor to the next if DynamoDB has more; failed with an
   *     {@link InvalidCursorException} if the cursor cannot be used
   */
  public CompletableFuture<Page<T>> firstPage() {
    return PageFutures.first(pages());
  }

  /**
   * One page of at most {@code request.size()} items, starting after the request's cursor: pages
   * are read until that many items have been returned or none are left, so a filter never makes
   * the page short unless the read ends. Its {@link Page#cursor()} resumes after its last item;
   * pass it on with {@link PageRequest#next}. As {@link Query#page}.
   *
   * @param request the page size and the cursor to start after; not null
   * @return a page of at most {@code request.size()} items, with the cursor to the next if more
   *     may follow; failed with an {@link InvalidCursorException} if the cursor cannot be used
   */
  public CompletableFuture<Page<T>> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    return PageFutures.joined(startingAfter(request.cursor()).limit(request.size()).pages());
  }

  /**
   * Every item the query returns, read page after page into one list: for reads known to be
   * small, or bounded by {@link #limit}; for others, {@link #items()} holds one page at a time.
   *
   * @return the items, in the order {@link #items()} publishes them
   */
  public CompletableFuture<List<T>> toList() {
    return PageFutures.items(pages());
  }

  /**
   * The first item the query returns, if any: the query with a {@link #limit} of 1, whose pages are
   * read until one item passes the filter or none are left.
   *
   * @return the first item, or empty if the query returns none
   */
  public CompletableFuture<Optional<T>> first() {
    return PageFutures.firstItem(limit(1).pages());
  }

  /**
   * How many items match the key condition and filter, counted by DynamoDB ({@code
   * Select=COUNT}): every page is read, but no item is returned. The {@link #limit} and {@link
   * #startingAfter cursor} do not apply.
   *
   * @return the number of matching items, across all pages
   */
  public CompletableFuture<Long> count() {
    return PageFutures.count(PagePublisher.pages(client, this::countPlan));
  }
}
