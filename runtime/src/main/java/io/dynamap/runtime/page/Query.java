package io.dynamap.runtime.page;

import io.dynamap.runtime.DynamapErrors;
import io.dynamap.runtime.Expression;
import io.dynamap.runtime.KeyCondition;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.ExpressionContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

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
 * <p>Failures are Dynamap's exceptions ({@link io.dynamap.runtime.DynamapException}), thrown from
 * the stream's operations: a missing table is a {@link io.dynamap.runtime.TableNotFoundException}
 * when the first page is read.
 *
 * @param <T> the entity type
 */
public final class Query<T> {
  private final DynamoDbClient client;
  private final String tableName;
  private final KeyCondition<T> condition;
  /** Whether the condition's index is a global one, which refuses consistent reads. */
  private final boolean globalIndex;
  private final Function<Map<String, AttributeValue>, T> decoder;
  private final ReadOptions options;
  private final Condition<T> filter;

  private Query(
      DynamoDbClient client,
      String tableName,
      KeyCondition<T> condition,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder,
      ReadOptions options,
      Condition<T> filter) {
    this.client = client;
    this.tableName = tableName;
    this.condition = condition;
    this.globalIndex = globalIndex;
    this.decoder = decoder;
    this.options = options;
    this.filter = filter;
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
        Objects.requireNonNull(tableName, "tableName"),
        Objects.requireNonNull(condition, "condition"),
        globalIndex,
        Objects.requireNonNull(decoder, "decoder"),
        ReadOptions.DEFAULTS,
        condition.typeFilter().orElse(null));
  }

  /**
   * Only the items for which {@code condition} holds are returned (DynamoDB's {@code
   * FilterExpression}); calling it again adds another condition, ANDed. The filter runs on the
   * server after items are read: capacity is consumed, and {@link #pageSize} counted, for the items
   * read before filtering, so pages may be short or even empty and not be the last. {@link #limit}
   * counts the items returned, so it stays exact. DynamoDB refuses a query's filter on the primary
   * key attributes (an {@link io.dynamap.runtime.InvalidRequestException}): the key condition
   * selects on those.
   *
   * <pre>{@code
   * orders.query(OrderKeys.partition("c-1")).filter(OrderAttrs.total.gt(new BigDecimal("100")))
   * }</pre>
   *
   * @param condition the condition an item must meet; not null
   * @return a new query with the filter added
   */
  public Query<T> filter(Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    Condition<T> combined = filter == null ? condition : filter.and(condition);
    return new Query<>(client, tableName, this.condition, globalIndex, decoder, options, combined);
  }

  /**
   * At most {@code n} items read per request (DynamoDB's {@code Limit}). Pages still end at 1 MB.
   * Smaller pages mean more requests for the same items; use it to bound the size of a page shown
   * to a user, or the work between two requests.
   *
   * @param n the most items one request reads, at least 1
   * @return a new query with that page size
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public Query<T> pageSize(int n) {
    return with(options.withPageSize(n));
  }

  /**
   * Exactly {@code n} items, or all if fewer match, reading only the pages needed: each request
   * asks for no more items than are still missing, and none is sent once {@code n} have been
   * read. (DynamoDB's own {@code Limit} bounds the items read per request, not the items a read
   * returns.) {@code limit(0)} sends nothing.
   *
   * @param n the most items returned in all, 0 or more
   * @return a new query with that limit
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Query<T> limit(long n) {
    return with(options.withLimit(n));
  }

  /**
   * Items that cannot be mapped to the entity are left out and handed to {@code skipped}, each
   * with its key and the error, and the read goes on: for tables that other services write to as
   * well. By default such an item stops the read with an {@link
   * io.dynamap.runtime.ItemMappingException}.
   *
   * <pre>{@code
   * List<UnmappableItem> foreign = new ArrayList<>();
   * List<Order> mine =
   *     orders.query(OrderKeys.partition("c-1")).skipUnmappable(foreign::add).stream().toList();
   * }</pre>
   *
   * <p>A skipped item is not among a page's {@link Page#items()}, but still in its {@link
   * Page#count()} (DynamoDB's own count); it does not count towards {@link #limit}, so a limited
   * read still returns that many items if as many map. Cursors are unaffected.
   *
   * @param skipped receives each item left out, on the thread that consumes the stream; not null
   * @return a new query that skips unmappable items
   */
  public Query<T> skipUnmappable(Consumer<? super UnmappableItem> skipped) {
    return with(options.withUnmappable(skipped));
  }

  /**
   * Reads in descending sort key order ({@code ScanIndexForward=false}); the default ascends.
   *
   * @return a new query reading in descending order
   */
  public Query<T> descending() {
    return with(options.withDescending());
  }

  /**
   * Strongly consistent reads ({@code ConsistentRead=true}): every write that succeeded before the
   * read is seen. They cost twice the capacity, and global secondary indexes refuse them.
   *
   * @return a new query with strongly consistent reads
   * @throws IllegalStateException on a global secondary index, before any request
   */
  public Query<T> consistentRead() {
    if (globalIndex) {
      throw new IllegalStateException(
          "Query of index "
              + condition.indexName().orElse("?")
              + " on table "
              + tableName
              + ": a global secondary index cannot be read with consistentRead(); DynamoDB"
              + " refuses it. Query the table, or a local index, to read consistently");
    }
    return with(options.withConsistentRead());
  }

  /**
   * Asks DynamoDB for the capacity each page consumes, {@code TOTAL} or per {@code INDEXES}; it
   * is then in {@link Page#consumedCapacity()}.
   *
   * @param level {@code TOTAL}, {@code INDEXES} or {@code NONE}; not null
   * @return a new query asking for the consumed capacity
   */
  public Query<T> returnConsumedCapacity(ReturnConsumedCapacity level) {
    return with(options.withCapacity(level));
  }

  /**
   * Resumes after the page whose {@link Page#cursor()} this is: the query returns the items that
   * follow it, in the same order. Give the same condition and order as the query that made the
   * cursor. The cursor is checked when the query runs, before any request.
   *
   * @param cursor a cursor from a page of a query on the same table and index, or {@code null} to
   *     start at the beginning (convenient for a web request's optional parameter)
   * @return a new query starting after that page
   */
  public Query<T> startingAfter(String cursor) {
    return with(options.withCursor(cursor));
  }

  /**
   * How cursors are written and checked; default {@link CursorCodec#checksummed()}.
   *
   * @param codec the codec that writes and checks cursors; not null
   * @return a new query using that codec
   */
  public Query<T> cursorCodec(CursorCodec codec) {
    return with(options.withCodec(Objects.requireNonNull(codec, "codec")));
  }

  /**
   * The matching items as a lazy stream, in sort key order; pages are requested as the stream is
   * consumed.
   *
   * @return a lazy stream, to be consumed once
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   */
  public Stream<T> stream() {
    Stream<T> items = pages().flatMap(page -> page.items().stream());
    return options.limited() ? items.limit(options.limit()) : items;
  }

  /**
   * The matching items as a lazy stream of pages, one per request. The last page has no cursor,
   * unless the query's {@link #limit} stopped it early.
   *
   * @return a stream of pages to consume once
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   */
  public Stream<Page<T>> pages() {
    CursorScope scope = scope();
    Map<String, AttributeValue> startKey =
        options.cursor() == null ? null : options.codec().decode(options.cursor(), scope);
    return Paginator.pages(
        source(),
        decoder,
        options.unmappable(),
        startKey,
        options.pageSize(),
        options.limit(),
        key -> options.codec().encode(scope, key));
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
      return pages.findFirst().orElseGet(Query::emptyPage);
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
    QueryRequest request = request().toBuilder().select(Select.COUNT).build();
    return Paginator.count(source(request), null);
  }

  /**
   * The table this query reads.
   *
   * @return the table name given to {@link #of}
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The key condition.
   *
   * @return the key condition given to {@link #of}
   */
  public KeyCondition<T> condition() {
    return condition;
  }

  /**
   * The filter, if any.
   *
   * @return the filter: the key condition's type filter, if any, and the conditions given to {@link
   *     #filter(Condition)}, ANDed; empty when there is none
   */
  public Optional<Condition<T>> filter() {
    return Optional.ofNullable(filter);
  }

  /** {@code Query[Orders: customerId = "c-1", filter total > 100, limit=10, descending]}. */
  @Override
  public String toString() {
    return "Query["
        + tableName
        + ": "
        + condition
        + (filter == null ? "" : ", filter " + filter)
        + options.describe()
        + "]";
  }

  static <T> Page<T> emptyPage() {
    return new Page<>(List.of(), 0, 0, Optional.empty(), Map.of(), Optional.empty());
  }

  private Query<T> with(ReadOptions newOptions) {
    return new Query<>(client, tableName, condition, globalIndex, decoder, newOptions, filter);
  }

  private CursorScope scope() {
    return new CursorScope(CursorScope.QUERY, tableName, condition.indexName().orElse(null));
  }

  private Paginator.PageSource source() {
    return source(request());
  }

  private QueryRequest request() {
    Expression expression = condition.toExpression();
    QueryRequest.Builder request =
        QueryRequest.builder().tableName(tableName).keyConditionExpression(expression.text());
    Map<String, String> names = new LinkedHashMap<>(expression.names());
    Map<String, AttributeValue> values = new LinkedHashMap<>(expression.values());
    if (filter != null) {
      // #a…/:a… placeholders, apart from the key condition's #k…/:v….
      ExpressionContext context = new ExpressionContext();
      request.filterExpression(filter.render(context));
      names.putAll(context.names());
      values.putAll(context.values());
    }
    request.expressionAttributeNames(names).expressionAttributeValues(values);
    condition.indexName().ifPresent(request::indexName);
    // Options left at their defaults stay out of the request, as DynamoDB's defaults match.
    if (options.descending()) {
      request.scanIndexForward(false);
    }
    if (options.consistentRead()) {
      request.consistentRead(true);
    }
    if (options.capacity() != null) {
      request.returnConsumedCapacity(options.capacity());
    }
    return request.build();
  }

  private Paginator.PageSource source(QueryRequest first) {
    return (startKey, limit) -> {
      QueryRequest.Builder next = first.toBuilder();
      if (startKey != null) {
        next.exclusiveStartKey(startKey);
      }
      if (limit != null) {
        next.limit(limit);
      }
      try {
        return Paginator.RawPage.of(client.query(next.build()));
      } catch (SdkException e) {
        throw DynamapErrors.translate(e, "Query", tableName);
      }
    };
  }
}
