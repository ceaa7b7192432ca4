package io.dynamap.runtime.page;

import io.dynamap.runtime.core.Projections;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import io.dynamap.runtime.core.ReadRequests;
import io.dynamap.runtime.core.SegmentedRead;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The options that queries and scans share, written once for the blocking {@link Query} and
 * {@link Scan} and their non-blocking counterparts in {@code dynamap-async}: each option returns a
 * new read of the same kind ({@code R}), so that options chain on any of them.
 *
 * <p>Why a self-typed base: a read is an immutable description ({@link Spec}) plus the way it is
 * run. The description and its validation are the same whichever way it runs; only the running
 * differs (a {@code Stream} on the calling thread, or a {@code Flow.Publisher} fed by the SDK's
 * non-blocking client). So the options live here, once, with their documentation; each subclass
 * adds only how it is run ({@code stream()}, {@code pages()}, …) and turns its description into a
 * {@link ReadPlan} of the request core ({@link io.dynamap.runtime.core}), which builds every
 * request and maps every response for both.
 *
 * @param <T> the entity type
 * @param <R> the type of the read itself, which every option returns
 */
public abstract class AbstractRead<T, R extends AbstractRead<T, R>> {
  private final Spec<T> spec;

  /**
   * For Dynamap's queries and scans, blocking and non-blocking.
   *
   * @param spec the description of the read; not null
   */
  protected AbstractRead(Spec<T> spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /**
   * A read of the same kind, on the same client, with another description.
   *
   * @param spec the new description
   * @return a new read
   */
  protected abstract R with(Spec<T> spec);

  /**
   * The description of this read.
   *
   * @return the description, immutable
   */
  protected final Spec<T> spec() {
    return spec;
  }

  /**
   * The description of a query with default options: all matching items, in ascending sort key
   * order, eventually consistent, in pages of up to 1 MB. A condition with a {@link
   * KeyCondition#typeFilter() type filter} starts the query's filter with it, so that only items
   * of the condition's entity type are returned.
   *
   * @param tableName the table to query (the condition names the index, if any)
   * @param condition the key condition
   * @param globalIndex whether the condition names a global secondary index
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return the description
   */
  protected static <T> Spec<T> querySpec(
      String tableName,
      KeyCondition<T> condition,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder) {
    Objects.requireNonNull(condition, "condition");
    return new Spec<>(
        true,
        Objects.requireNonNull(tableName, "tableName"),
        condition,
        condition.indexName().orElse(null),
        globalIndex,
        Objects.requireNonNull(decoder, "decoder"),
        ReadOptions.DEFAULTS,
        condition.typeFilter().orElse(null),
        null);
  }

  /**
   * The description of a scan with default options: every item, eventually consistent, in pages
   * of up to 1 MB.
   *
   * @param tableName the table to scan
   * @param indexName the index to scan, or {@code null} for the table
   * @param globalIndex whether the index is a global secondary index
   * @param decoder turns a stored item into an entity
   * @param <T> the entity type
   * @return the description
   */
  protected static <T> Spec<T> scanSpec(
      String tableName,
      String indexName,
      boolean globalIndex,
      Function<Map<String, AttributeValue>, T> decoder) {
    return new Spec<>(
        false,
        Objects.requireNonNull(tableName, "tableName"),
        null,
        indexName,
        globalIndex,
        Objects.requireNonNull(decoder, "decoder"),
        ReadOptions.DEFAULTS,
        null,
        null);
  }

  /**
   * Only the items for which {@code condition} holds are returned (DynamoDB's {@code
   * FilterExpression}); calling it again adds another condition, ANDed. The filter runs on the
   * server after items are read: capacity is consumed, and {@link #pageSize} counted, for the items
   * read before filtering, so pages may be short or even empty and not be the last. {@link #limit}
   * counts the items returned, so it stays exact. DynamoDB refuses a query's filter on the primary
   * key attributes (an {@link io.dynamap.runtime.error.InvalidRequestException}): the key condition
   * selects on those.
   *
   * <pre>{@code
   * orders.query(OrderKeys.partition("c-1")).filter(OrderAttrs.total.gt(new BigDecimal("100")))
   * }</pre>
   *
   * @param condition the condition an item must meet; not null
   * @return a new read with the filter added
   */
  public R filter(Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return with(spec.withFilter(spec.filter == null ? condition : spec.filter.and(condition)));
  }

  /**
   * At most {@code n} items read per request (DynamoDB's {@code Limit}). Pages still end at 1 MB.
   * Smaller pages mean more requests for the same items; use it to bound the size of a page shown
   * to a user, or the work between two requests. In a parallel scan, per request of each segment.
   *
   * @param n the most items one request reads, at least 1
   * @return a new read with that page size
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public R pageSize(int n) {
    return with(spec.withOptions(spec.options.withPageSize(n)));
  }

  /**
   * Exactly {@code n} items, or all if fewer match, reading only the pages needed: each request
   * asks for no more items than are still missing, and none is sent once {@code n} have been
   * read. (DynamoDB's own {@code Limit} bounds the items read per request, not the items a read
   * returns.) {@code limit(0)} sends nothing. In a parallel scan, {@code n} items in all, from
   * whichever segments deliver first; segments may read a little ahead.
   *
   * @param n the most items returned in all, 0 or more
   * @return a new read with that limit
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public R limit(long n) {
    return with(spec.withOptions(spec.options.withLimit(n)));
  }

  /**
   * Items that cannot be mapped to the entity are left out and handed to {@code skipped}, each
   * with its key and the error, and the read goes on: for tables that other services write to as
   * well. By default such an item stops the read with an {@link
   * io.dynamap.runtime.error.ItemMappingException}.
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
   * @param skipped receives each item left out; not null. It is called on the thread that consumes
   *     a stream, on the threads of a parallel scan's segments (so it must then be thread-safe), or
   *     on the thread that completes a non-blocking read's request
   * @return a new read that skips unmappable items
   */
  public R skipUnmappable(Consumer<? super UnmappableItem> skipped) {
    return with(spec.withOptions(spec.options.withUnmappable(skipped)));
  }

  /**
   * Strongly consistent reads ({@code ConsistentRead=true}): every write that succeeded before the
   * read is seen. They cost twice the capacity, and global secondary indexes refuse them.
   *
   * @return a new read with strongly consistent reads
   * @throws IllegalStateException on a global secondary index, before any request
   */
  public R consistentRead() {
    if (spec.globalIndex) {
      String kind = spec.query ? "Query" : "Scan";
      throw new IllegalStateException(
          kind
              + " of index "
              + (spec.indexName == null ? "?" : spec.indexName)
              + " on table "
              + spec.tableName
              + ": a global secondary index cannot be read with consistentRead(); DynamoDB"
              + " refuses it. "
              + kind
              + " the table, or a local index, to read consistently");
    }
    return with(spec.withOptions(spec.options.withConsistentRead()));
  }

  /**
   * Asks DynamoDB for the capacity each page consumes, {@code TOTAL} or per {@code INDEXES}; it
   * is then in {@link Page#consumedCapacity()}.
   *
   * @param level {@code TOTAL}, {@code INDEXES} or {@code NONE}; not null
   * @return a new read asking for the consumed capacity
   */
  public R returnConsumedCapacity(ReturnConsumedCapacity level) {
    return with(spec.withOptions(spec.options.withCapacity(level)));
  }

  /**
   * Resumes after the page whose {@link Page#cursor()} this is: the read returns the items that
   * follow it, in the same order. Give a query the same condition and order as the query that made
   * the cursor. The cursor is checked when the read runs, before any request. Only for scans of
   * one segment.
   *
   * @param cursor a cursor from a page of a read of the same kind, table and index, or {@code
   *     null} to start at the beginning (convenient for a web request's optional parameter)
   * @return a new read starting after that page
   */
  public R startingAfter(String cursor) {
    return with(spec.withOptions(spec.options.withCursor(cursor)));
  }

  /**
   * How cursors are written and checked; default {@link CursorCodec#checksummed()}.
   *
   * @param codec the codec that writes and checks cursors; not null
   * @return a new read using that codec
   */
  public R cursorCodec(CursorCodec codec) {
    return with(spec.withOptions(spec.options.withCodec(Objects.requireNonNull(codec, "codec"))));
  }

  /**
   * The description of this read returning a projection: the same table, condition, filter and
   * options, with the projection's {@code ProjectionExpression} on every request and its decoding.
   * Subclasses make their {@code project} method of it, returning a read of their own kind.
   *
   * @param projection the projection of the entity; not null
   * @param <P> the projection record
   * @return the description
   * @throws IllegalArgumentException if the read is of an index that does not project every
   *     attribute the projection reads, before any request
   * @throws IllegalStateException if the read already has a projection
   */
  protected final <P> Spec<P> projectedSpec(ProjectionSchema<T, P> projection) {
    return spec.project(projection);
  }

  /**
   * The table this read reads.
   *
   * @return the table name given to the factory that made the read
   */
  public String tableName() {
    return spec.tableName;
  }

  /**
   * The filter, if any.
   *
   * @return the filter: a query's key condition's type filter, if any, and the conditions given to
   *     {@link #filter(Condition)}, ANDed; empty when there is none
   */
  public Optional<Condition<T>> filter() {
    return Optional.ofNullable(spec.filter);
  }

  /**
   * The plan of one run of this read: its request, decoding, cursors and start.
   *
   * @return the plan
   * @throws InvalidCursorException if the cursor given to {@link #startingAfter} cannot be used
   */
  protected final ReadPlan<T> plan() {
    return spec.plan();
  }

  /**
   * The same read as {@code totalSegments} segments read in parallel (DynamoDB's {@code Segment}
   * and {@code TotalSegments}); scans make their {@code segments} method of it.
   *
   * @param totalSegments from 1 (one segment, the whole table) to 1,000,000
   * @return a new read of that many segments
   * @throws IllegalArgumentException if {@code totalSegments} is out of that range
   */
  protected final R withSegments(int totalSegments) {
    return with(spec.withOptions(spec.options.withSegments(totalSegments)));
  }

  /**
   * How many segments this read is read as.
   *
   * @return 1 unless {@link #withSegments} said more
   */
  protected final int totalSegments() {
    return spec.options.segments();
  }

  /**
   * The run of this read as parallel segments: each segment's plan, every request asking for no
   * more items than the whole read returns, and the limit kept across segments. With one segment,
   * it starts after the read's cursor.
   *
   * @param method the method running it, named when a cursor is refused ({@code "stream()"})
   * @return the segmented read
   * @throws IllegalStateException if the read has several segments and a cursor: a cursor
   *     resumes a scan of one segment
   * @throws InvalidCursorException if the cursor of a read of one segment cannot be used
   */
  protected final SegmentedRead<T> segmentedRead(String method) {
    int total = spec.options.segments();
    if (total > 1 && spec.options.cursor() != null) {
      throw new IllegalStateException(
          "a cursor resumes a scan of one segment; this scan has "
              + total
              + " segments, so "
              + method
              + " cannot start after it");
    }
    long limit = spec.options.limit();
    // No request needs more items than the whole read returns.
    Integer fixed =
        ReadPosition.requestLimit(spec.options.pageSize(), limit != ReadOptions.UNLIMITED, limit);
    int requestLimit = fixed == null ? 0 : fixed;
    Map<String, AttributeValue> startKey =
        total == 1 && spec.options.cursor() != null
            ? spec.options.codec().decode(spec.options.cursor(), spec.scope())
            : null;
    return new SegmentedRead<>(
        spec.tableName,
        total,
        segment -> spec.segmentPlan(segment, total, startKey, requestLimit),
        limit);
  }

  /**
   * The plan of a count of the items this read selects ({@code Select=COUNT}): every page, from
   * the beginning, whatever the read's limit, page size and cursor.
   *
   * @return the plan; its pages have counts and no items
   */
  protected final ReadPlan<T> countPlan() {
    return spec.countPlan();
  }

  /**
   * {@code Query[Orders: customerId = "c-1", filter total > 100, limit=10, descending]}, {@code
   * Scan[Orders, filter total > 100, segments=4, limit=100]}.
   */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + spec.describe() + "]";
  }

  /**
   * What a read is, apart from how it runs: the table, the key condition or the index, the filter
   * and the options. Immutable; it validates each option once, for every kind of read, and makes
   * the {@link ReadPlan}s that executors run.
   *
   * @param <T> the entity type
   */
  protected static final class Spec<T> {
    final boolean query;
    final String tableName;
    /** The key condition of a query; null for a scan. */
    final KeyCondition<T> condition;
    /** The index read, or null for the table. */
    final String indexName;
    /** Whether the index is a global one, which refuses consistent reads. */
    final boolean globalIndex;
    final Function<Map<String, AttributeValue>, T> decoder;
    final ReadOptions options;
    final Condition<T> filter;
    /** The ProjectionExpression and its names, or null to read whole items. */
    final Expression projection;

    private Spec(
        boolean query,
        String tableName,
        KeyCondition<T> condition,
        String indexName,
        boolean globalIndex,
        Function<Map<String, AttributeValue>, T> decoder,
        ReadOptions options,
        Condition<T> filter,
        Expression projection) {
      this.query = query;
      this.tableName = tableName;
      this.condition = condition;
      this.indexName = indexName;
      this.globalIndex = globalIndex;
      this.decoder = decoder;
      this.options = options;
      this.filter = filter;
      this.projection = projection;
    }

    Spec<T> withOptions(ReadOptions newOptions) {
      return new Spec<>(
          query, tableName, condition, indexName, globalIndex, decoder, newOptions, filter, projection);
    }

    Spec<T> withFilter(Condition<T> newFilter) {
      return new Spec<>(
          query, tableName, condition, indexName, globalIndex, decoder, options, newFilter, projection);
    }

    /**
     * The same read decoded by {@code projection}. Key conditions and filters are typed by the
     * entity only to be checked at compile time; they render the same whatever the read returns,
     * so they carry over as they are.
     */
    @SuppressWarnings("unchecked")
    <P> Spec<P> project(ProjectionSchema<T, P> schema) {
      Objects.requireNonNull(schema, "projection");
      if (projection != null) {
        throw new IllegalStateException(
            "the read already has a projection; project(" + schema.projectionName() + ") once");
      }
      if (indexName != null && schema.uncoveredIndexes().contains(indexName)) {
        throw new IllegalArgumentException(
            "index "
                + indexName
                + " of table "
                + tableName
                + " does not project every attribute of "
                + schema.projectionName()
                + "; read the table, an index that projects them, or a projection of fewer"
                + " attributes");
      }
      return new Spec<>(
          query,
          tableName,
          (KeyCondition<P>) (KeyCondition<?>) condition,
          indexName,
          globalIndex,
          schema::fromItem,
          options,
          (Condition<P>) (Condition<?>) filter,
          schema.projection());
    }

    /**
     * The index read.
     *
     * @return the index name, or empty for the table
     */
    public Optional<String> indexName() {
      return Optional.ofNullable(indexName);
    }

    CursorScope scope() {
      return new CursorScope(query ? CursorScope.QUERY : CursorScope.SCAN, tableName, indexName);
    }

    /** The plan of the read, from its cursor, with its limit and page size. */
    ReadPlan<T> plan() {
      CursorScope scope = scope();
      Map<String, AttributeValue> startKey =
          options.cursor() == null ? null : options.codec().decode(options.cursor(), scope);
      return plan(0, 1, false, ReadPosition.start(startKey, options.pageSize(), options.limit()));
    }

    /** The plan of a count: from the beginning, every page, no Limit. */
    ReadPlan<T> countPlan() {
      return plan(0, 1, true, ReadPosition.start(null, 0, ReadPosition.UNLIMITED));
    }

    /**
     * The plan of one segment of a parallel scan: its start key (only for one segment), and every
     * request asking for {@code requestLimit} items (0 for DynamoDB's default), the limit being
     * kept across segments by the merge.
     */
    ReadPlan<T> segmentPlan(
        int segment, int totalSegments, Map<String, AttributeValue> startKey, int requestLimit) {
      return plan(
          segment,
          totalSegments,
          false,
          ReadPosition.start(startKey, requestLimit, ReadPosition.UNLIMITED));
    }

    private ReadPlan<T> plan(
        int segment, int totalSegments, boolean countOnly, ReadPosition start) {
      CursorScope scope = scope();
      Function<Map<String, AttributeValue>, String> cursorOf =
          key -> options.codec().encode(scope, key);
      // A count returns no attributes: DynamoDB refuses a ProjectionExpression with Select=COUNT.
      Expression projected = countOnly ? null : projection;
      if (query) {
        return ReadPlan.query(
            Projections.apply(
                ReadRequests.query(
                    tableName,
                    condition,
                    filter,
                    options.descending(),
                    options.consistentRead(),
                    options.capacity(),
                    countOnly),
                projected),
            decoder,
            options.unmappable(),
            cursorOf,
            start);
      }
      return ReadPlan.scan(
          Projections.apply(
              ReadRequests.scan(
                  tableName,
                  indexName,
                  filter,
                  segment,
                  totalSegments,
                  options.consistentRead(),
                  options.capacity(),
                  countOnly),
              projected),
          decoder,
          options.unmappable(),
          cursorOf,
          start);
    }

    /** {@code Orders: customerId = "c-1", filter total > 100, limit=10}, as toString shows it. */
    String describe() {
      String target =
          query
              ? tableName + ": " + condition
              : tableName + (indexName == null ? "" : ", index " + indexName);
      return target
          + (filter == null ? "" : ", filter " + filter)
          + (projection == null ? "" : ", projection " + Projections.describe(projection))
          + options.describe();
    }
  }
}
