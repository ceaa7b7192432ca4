package io.dynamap.runtime.page;

import io.dynamap.runtime.core.PageCore;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A query: the items a {@link KeyCondition} selects, with options, run as a lazy stream of items
 * or of pages. Repositories make them:
 *
 * <pre>{@code
 * List<Order> march = orders.query(OrderKeys.partition("c-1").placedAt().beginsWith("2026-03"))
 *     .stream().toList();
 *
 * // The ten latest orders, then the next ten from where the first page ended.
 * Page<Order> latest = orders.query(OrderKeys.partition("c-1")).descending().limit(10).firstPage();
 * Page<Order> next = orders.query(OrderKeys.partition("c-1")).descending().limit(10)
 *     .startingAfter(latest.cursor().orElseThrow()).firstPage();
 * }</pre>
 *
 * <p>A query is immutable: each option returns a new query, and a query can be run any number of
 * times. Nothing is sent until {@link #stream()}, {@link #pages()} or {@link #firstPage()} is
 * called and consumed; each page is then requested only when the stream needs it.
 *
 * <p>Its options ({@link #filter}, {@link #limit}, {@link #descending}, …) are those of {@link
 * AbstractQuery} and {@link AbstractRead}, which the non-blocking query of {@code dynamap-async}
 * shares.
 *
 * <p>Failures are Dynamap's exceptions ({@link io.dynamap.runtime.error.DynamapException}), thrown
 * from the stream's operations: a missing table is a {@link
 * io.dynamap.runtime.error.TableNotFoundException} when the first page is read.
 *
 * @param <T> the entity type
 */
public final class Query<T> extends AbstractQuery<T, Query<T>> {
  private final DynamoDbClient client;

  private Query(DynamoDbClient client, Spec<T> spec) {
    super(spec);
    this.client = client;
  }

  /**
   * A query with default options: all matching items, in ascending sort key order, eventually
   * consistent, in pages of up to 1 MB. Repositories call this from {@code query(…)}.
   *
   * <p>A condition with a {@link KeyCondition#typeFilter() type filter} starts the query's filter
   * with it, so that only items of the condition's entity type are returned.
   *
   * @param <T> the entity type
   * @param client the client to call
   * @param tableName the table to query (the condition names the index, if any)
   * @param condition the key condition
   * @param decoder turns a stored item into an entity
   * @return a new query; nothing is sent until it is run
   */
  public static <T> Query<T> of(
      DynamoDbClient client,
      String tableName,
      KeyCondition<T> condition,
      Function<Map<String, AttributeValue>, T> decoder) {
    return of(client, tableName, condition, false, decoder);
  }

  /**
   * A query with default options, as {@link #of(DynamoDbClient, String, KeyCondition, Function)},
   * that knows whether the condition's index is a global one, so that {@link #consistentRead()}
   * is refused before any request.
   *
   * @param client the client to call
   * @param tableName the table to query (the condition names the index, if any)
   * @param condition the key condition
   * @param globalIndex whether the condition names a global secondary index
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return the query
   */
  public static <T> Query<T> of(
      DynamoDbClient client,
      String tableName,
      KeyCondition<T> condition,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder) {
    return new Query<>(
        Objects.requireNonNull(client, "client"),
        querySpec(tableName, condition, globalIndex, decoder));
  }

  @Override
  protected Query<T> with(Spec<T> spec) {
    return new Query<>(client, spec);
  }

  /**
   * The same query returning a projection: every request carries its {@code
   * ProjectionExpression}, so only the attributes the record names are read and sent back, and
   * each item is decoded into the record. Options set before or after it apply; add filters
   * before it, as they name the entity's attributes.
   *
   * <pre>{@code
   * List<OrderSummary> summaries = orders.query(OrderKeys.partition("c-1")).project(OrderSummarySchema.INSTANCE).stream().toList();
   * }</pre>
   *
   * <p>Capacity is consumed for whole items all the same: a projection saves the bytes sent, not
   * the reads.
   *
   * @param projection the projection's generated schema ({@code OrderSummarySchema.INSTANCE})
   * @param <P> the projection record
   * @return a new query of the projection; nothing is sent until it is run
   * @throws IllegalArgumentException if the query reads an index that does not project every
   *     attribute of the projection
   * @throws IllegalStateException if this query already has a projection
   */
  public <P> Query<P> project(ProjectionSchema<T, P> projection) {
    return new Query<>(client, projectedSpec(projection));
  }

  /**
   * The matching items as a lazy stream, in sort key order; pages are requested as the stream is
   * consumed.
   *
   * @return a lazy stream, to be consumed once
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   */
  public Stream<T> stream() {
    ReadPlan<T> plan = plan();
    Stream<T> items = Paginator.pages(plan, new BlockingPages(client)).flatMap(page -> page.items().stream());
    return plan.start().limited() ? items.limit(plan.start().remaining()) : items;
  }

  /**
   * The matching items as a lazy stream of pages, one per request. The last page has no cursor,
   * unless the query's {@link #limit} stopped it early.
   *
   * @return a stream of pages to consume once
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   */
  public Stream<Page<T>> pages() {
    return Paginator.pages(plan(), new BlockingPages(client));
  }

  /**
   * The first page alone, in one request: for a page of results and the cursor to the next. It
   * may be empty and still have a cursor; {@link #limit} lowers the request's {@code Limit}.
   *
   * @return the first page, with the cursor to the next if DynamoDB has more
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   */
  public Page<T> firstPage() {
    try (Stream<Page<T>> pages = pages()) {
      return pages.findFirst().orElseGet(PageCore::emptyPage);
    }
  }

  /**
   * One page of at most {@code request.size()} items, starting after the request's cursor: pages
   * are read until that many items have been returned or none are left, so a filter never makes
   * the page short unless the read ends. Its {@link Page#cursor()} resumes after its last item;
   * pass it on with {@link PageRequest#next}.
   *
   * @param request the page size and the cursor to start after; not null
   * @return a page of at most {@code request.size()} items, with the cursor to the next if more may
   *     follow
   * @throws InvalidCursorException if the request's cursor cannot be used for this query
   */
  public Page<T> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    try (Stream<Page<T>> pages = startingAfter(request.cursor()).limit(request.size()).pages()) {
      return Paginator.concatenate(pages);
    }
  }

  /**
   * How many items match the key condition and filter, counted by DynamoDB ({@code
   * Select=COUNT}): every page is read, but no item is returned. Capacity is consumed for the
   * items read, as for {@link #stream()}. The {@link #limit} and {@link #startingAfter cursor} do
   * not apply; the count is of all matching items.
   *
   * @return the number of matching items, across all pages
   */
  public long count() {
    return Paginator.count(countPlan(), new BlockingPages(client));
  }

  /** The page of a read that returned nothing; see {@link PageCore#emptyPage()}. */
  static <T> Page<T> emptyPage() {
    return PageCore.emptyPage();
  }
}
