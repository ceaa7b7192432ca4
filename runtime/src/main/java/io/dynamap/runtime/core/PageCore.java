package io.dynamap.runtime.core;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.UnmappableItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/** The pure functions of paging that both executors share: decoding and joining pages. */
public final class PageCore {
  private PageCore() {}

  /**
   * The page of a read that returned nothing: no items, no cursor.
   *
   * @param <T> the entity type
   * @return an empty last page
   */
  public static <T> Page<T> emptyPage() {
    return new Page<>(List.of(), 0, 0, Optional.empty(), Map.of(), Optional.empty());
  }

  /**
   * The entities of a page's items. An item that cannot be mapped stops the read, unless {@code
   * unmappable} is given: then it is left out and handed to it.
   *
   * @param items the stored items
   * @param decoder turns a stored item into an entity
   * @param unmappable receives the items left out, or {@code null} to throw
   * @param <T> the entity type
   * @return the entities, in the items' order
   * @throws ItemMappingException if an item cannot be mapped and {@code unmappable} is null
   */
  public static <T> List<T> decode(
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
   * its last item, and its request id.
   *
   * @param pages the pages, in order
   * @param <T> the entity type
   * @return the joined page; {@link #emptyPage()} when there are none
   */
  public static <T> Page<T> concatenate(Iterable<Page<T>> pages) {
    List<T> items = new ArrayList<>();
    int count = 0;
    int scannedCount = 0;
    ConsumedCapacity capacity = null;
    Page<T> last = null;
    for (Page<T> page : pages) {
      items.addAll(page.items());
      count += page.count();
      scannedCount += page.scannedCount();
      capacity = add(capacity, page.consumedCapacity().orElse(null));
      last = page;
    }
    if (last == null) {
      return emptyPage();
    }
    return new Page<>(
        items,
        count,
        scannedCount,
        Optional.ofNullable(capacity),
        last.lastEvaluatedKey(),
        last.cursor(),
        last.requestId());
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
}
