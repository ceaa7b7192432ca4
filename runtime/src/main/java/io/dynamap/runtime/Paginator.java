package io.dynamap.runtime;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Turns paged reads (Query, Scan) into lazy streams: a page is requested only when the stream
 * has used the items of the page before, following {@code LastEvaluatedKey} until it is empty.
 */
final class Paginator {
  private Paginator() {}

  /** One page: its raw items and the key to resume from, or {@code null} after the last page. */
  record RawPage(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey) {}

  static RawPage page(QueryResponse response) {
    return new RawPage(response.items(), lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()));
  }

  static RawPage page(ScanResponse response) {
    return new RawPage(response.items(), lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()));
  }

  private static Map<String, AttributeValue> lastKey(boolean present, Map<String, AttributeValue> key) {
    return present && !key.isEmpty() ? key : null;
  }

  /**
   * A lazy stream of decoded items.
   *
   * @param fetch reads the page that starts after the given key ({@code null} for the first page)
   * @param decode turns a raw item into an entity
   */
  static <T> Stream<T> items(
      Function<Map<String, AttributeValue>, RawPage> fetch,
      Function<Map<String, AttributeValue>, T> decode) {
    return StreamSupport.stream(new PageSpliterator<>(fetch, decode), false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final Function<Map<String, AttributeValue>, RawPage> fetch;
    private final Function<Map<String, AttributeValue>, T> decode;
    private List<Map<String, AttributeValue>> items = List.of();
    private int next;
    private Map<String, AttributeValue> resumeKey;
    private boolean fetchedLast;

    PageSpliterator(
        Function<Map<String, AttributeValue>, RawPage> fetch,
        Function<Map<String, AttributeValue>, T> decode) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.fetch = fetch;
      this.decode = decode;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      // A page may be empty while more follow (a filtered scan), so keep fetching until an item
      // turns up or the last page has been read.
      while (next >= items.size()) {
        if (fetchedLast) {
          return false;
        }
        RawPage page = fetch.apply(resumeKey);
        items = page.items();
        next = 0;
        resumeKey = page.lastEvaluatedKey();
        fetchedLast = resumeKey == null;
      }
      Map<String, AttributeValue> item = items.get(next++);
      if (item == null) {
        throw new NoSuchElementException("DynamoDB returned a null item");
      }
      action.accept(decode.apply(item));
      return true;
    }
  }
}
