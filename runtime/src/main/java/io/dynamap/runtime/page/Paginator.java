package io.dynamap.runtime.page;

import io.dynamap.runtime.ItemMappingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Turns paged reads (Query, Scan) into lazy streams of pages: a page is requested only when the
 * stream needs it, following {@code LastEvaluatedKey} until it is empty or the read's limit is
 * reached.
 */
final class Paginator {
  private Paginator() {}

  /** One response, before its items are decoded. {@code lastEvaluatedKey} is null on the last. */
  record RawPage(
      List<Map<String, AttributeValue>> items,
      int count,
      int scannedCount,
      ConsumedCapacity consumedCapacity,
      Map<String, AttributeValue> lastEvaluatedKey) {

    static RawPage of(QueryResponse response) {
      return new RawPage(
          response.items(),
          response.count() == null ? response.items().size() : response.count(),
          response.scannedCount() == null ? response.items().size() : response.scannedCount(),
          response.consumedCapacity(),
          lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()));
    }

    static RawPage of(ScanResponse response) {
      return new RawPage(
          response.items(),
          response.count() == null ? response.items().size() : response.count(),
          response.scannedCount() == null ? response.items().size() : response.scannedCount(),
          response.consumedCapacity(),
          lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()));
    }

    private static Map<String, AttributeValue> lastKey(
        boolean present, Map<String, AttributeValue> key) {
      return present && !key.isEmpty() ? key : null;
    }
  }

  /** Makes one request; translates the SDK's exceptions into Dynamap's. */
  @FunctionalInterface
  interface PageSource {
    /**
     * @param exclusiveStartKey the key to start after, or {@code null} for the first page
     * @param limit the request's {@code Limit}, or {@code null} for none
     */
    RawPage fetch(Map<String, AttributeValue> exclusiveStartKey, Integer limit);
  }

  /** The {@code Limit} of the next request: the page size, lowered to what the limit leaves. */
  static Integer requestLimit(int pageSize, boolean limited, long remaining) {
    if (!limited) {
      return pageSize > 0 ? pageSize : null;
    }
    long cap = pageSize > 0 ? pageSize : Integer.MAX_VALUE;
    return (int) Math.min(cap, remaining);
  }

  /**
   * The entities of a page's items. An item that cannot be mapped stops the read, unless {@code
   * unmappable} is given: then it is left out and handed to it.
   */
  static <T> List<T> decode(
      List<Map<String, AttributeValue>> items,
      Function<Map<String, AttributeValue>, T> decoder,
      Consumer<? super UnmappableItem> unmappable) {
    List<T> decoded = new ArrayList<>(items.size());
    for (Map<String, AttributeValue> item : items) {
      try {
        decoded.add(decoder.apply(item));
      } catch (ItemMappingException e) {
        if (unmappable == null) {
          throw e;
        }
        unmappable.accept(new UnmappableItem(e.itemKey(), item, e));
      }
    }
    return decoded;
  }

  /**
   * One page made of the pages a read returned until its limit: their items in order, their
   * counts and consumed capacity added up, and the last one's key and cursor, which resume after
   * its last item.
   */
  static <T> Page<T> concatenate(Stream<Page<T>> pages) {
    List<T> items = new ArrayList<>();
    int count = 0;
    int scannedCount = 0;
    ConsumedCapacity capacity = null;
    Page<T> last = null;
    for (Page<T> page : (Iterable<Page<T>>) pages::iterator) {
      items.addAll(page.items());
      count += page.count();
      scannedCount += page.scannedCount();
      capacity = add(capacity, page.consumedCapacity().orElse(null));
      last = page;
    }
    if (last == null) {
      return Query.emptyPage();
    }
    return new Page<>(
        items,
        count,
        scannedCount,
        Optional.ofNullable(capacity),
        last.lastEvaluatedKey(),
        last.cursor());
  }

  private static ConsumedCapacity add(ConsumedCapacity sum, ConsumedCapacity next) {
    if (sum == null || next == null) {
      return sum == null ? next : sum;
    }
    // The total only: per-index figures of several pages are in the pages' own capacities.
    return ConsumedCapacity.builder()
        .tableName(sum.tableName())
        .capacityUnits(units(sum.capacityUnits()) + units(next.capacityUnits()))
        .build();
  }

  private static double units(Double units) {
    return units == null ? 0 : units;
  }

  /**
   * The items a read selects, counted by DynamoDB ({@code Select=COUNT}) across every page
   * without returning them.
   */
  static long count(PageSource source, Map<String, AttributeValue> startKey) {
    long count = 0;
    Map<String, AttributeValue> next = startKey;
    do {
      RawPage page = source.fetch(next, null);
      count += page.count();
      next = page.lastEvaluatedKey();
    } while (next != null);
    return count;
  }

  /**
   * A lazy stream of pages.
   *
   * @param startKey the key to start after, or {@code null}
   * @param cursorOf writes the cursor of a last evaluated key
   */
  static <T> Stream<Page<T>> pages(
      PageSource source,
      Function<Map<String, AttributeValue>, T> decoder,
      Consumer<? super UnmappableItem> unmappable,
      Map<String, AttributeValue> startKey,
      int pageSize,
      long limit,
      Function<Map<String, AttributeValue>, String> cursorOf) {
    return StreamSupport.stream(
        new PageSpliterator<>(source, decoder, unmappable, startKey, pageSize, limit, cursorOf),
        false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<Page<T>> {
    private final PageSource source;
    private final Function<Map<String, AttributeValue>, T> decoder;
    private final Consumer<? super UnmappableItem> unmappable;
    private final int pageSize;
    private final boolean limited;
    private final Function<Map<String, AttributeValue>, String> cursorOf;
    private Map<String, AttributeValue> startKey;
    private long remaining;
    private boolean finished;

    PageSpliterator(
        PageSource source,
        Function<Map<String, AttributeValue>, T> decoder,
        Consumer<? super UnmappableItem> unmappable,
        Map<String, AttributeValue> startKey,
        int pageSize,
        long limit,
        Function<Map<String, AttributeValue>, String> cursorOf) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.source = source;
      this.decoder = decoder;
      this.unmappable = unmappable;
      this.startKey = startKey;
      this.pageSize = pageSize;
      this.limited = limit != ReadOptions.UNLIMITED;
      this.remaining = limit;
      this.cursorOf = cursorOf;
      this.finished = limited && limit == 0;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Page<T>> action) {
      if (finished) {
        return false;
      }
      RawPage raw = source.fetch(startKey, requestLimit(pageSize, limited, remaining));
      // Skipped items do not count towards the limit: the next request asks for more.
      List<T> items = decode(raw.items(), decoder, unmappable);
      startKey = raw.lastEvaluatedKey();
      if (limited) {
        remaining -= items.size();
      }
      // Stop at the limit without another request: the page's cursor still resumes after it.
      finished = startKey == null || (limited && remaining <= 0);
      action.accept(
          new Page<>(
              items,
              raw.count(),
              raw.scannedCount(),
              Optional.ofNullable(raw.consumedCapacity()),
              startKey == null ? Map.of() : startKey,
              startKey == null ? Optional.empty() : Optional.of(cursorOf.apply(startKey))));
      return true;
    }
  }
}
