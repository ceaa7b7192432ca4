package io.dynamap.runtime.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * One page of a query or scan: what one {@code Query} or {@code Scan} call returned.
 *
 * <p>A page holds at most the read's {@linkplain Query#pageSize page size} of items and at most
 * 1 MB of data read. It may hold fewer items than asked for, or none, and still not be the last:
 * DynamoDB stops a page at 1 MB, and when a page ends exactly at the last item, it only learns on
 * the next call that nothing follows (that call returns an empty last page).
 *
 * @param items the entities of this page, in the order DynamoDB returned them
 * @param count how many items DynamoDB returned ({@code Count}): the size of {@code items}, plus
 *     the items a read that {@linkplain Query#skipUnmappable skips unmappable items} left out
 * @param scannedCount how many items DynamoDB read for this page ({@code ScannedCount}), which
 *     consumed capacity counts
 * @param consumedCapacity the capacity this page consumed, when the read asked for it with {@link
 *     Query#returnConsumedCapacity} (or the client asks for it for its listeners)
 * @param lastEvaluatedKey the key of the last item read, which the next page starts after; empty
 *     when DynamoDB has no more items for the read
 * @param cursor {@link #lastEvaluatedKey} as an opaque URL-safe string, which {@link
 *     Query#startingAfter} and {@link Scan#startingAfter} resume from; empty when DynamoDB has
 *     no more items for the read
 * @param requestId DynamoDB's id of the request that returned this page ({@code
 *     x-amzn-RequestId}; of the last one, for a page joined from several to meet an exact limit),
 *     if the answer had one; empty for a page no request returned
 * @param <T> the entity type
 */
public record Page<T>(
    List<T> items,
    int count,
    int scannedCount,
    Optional<ConsumedCapacity> consumedCapacity,
    Map<String, AttributeValue> lastEvaluatedKey,
    Optional<String> cursor,
    Optional<String> requestId) {

  /**
   * Copies the items and the key, so that the page is immutable.
   *
   * @param items the page's entities; copied
   * @param count DynamoDB's {@code Count}
   * @param scannedCount DynamoDB's {@code ScannedCount}
   * @param consumedCapacity the capacity consumed, or empty
   * @param lastEvaluatedKey the key to resume after, empty on the last page; copied
   * @param cursor the key as a cursor; present exactly when {@code lastEvaluatedKey} is not empty
   * @param requestId the id of the request that returned the page, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor is present but the last evaluated key empty, or
   *     the other way round
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(consumedCapacity, "consumedCapacity");
    Objects.requireNonNull(requestId, "requestId");
    lastEvaluatedKey = Map.copyOf(lastEvaluatedKey);
    Objects.requireNonNull(cursor, "cursor");
    if (cursor.isPresent() == lastEvaluatedKey.isEmpty()) {
      throw new IllegalArgumentException("a page has a cursor exactly when it has a last evaluated key");
    }
  }

  /**
   * A page without a request id.
   *
   * @param items the page's entities; copied
   * @param count DynamoDB's {@code Count}
   * @param scannedCount DynamoDB's {@code ScannedCount}
   * @param consumedCapacity the capacity consumed, or empty
   * @param lastEvaluatedKey the key to resume after, empty on the last page; copied
   * @param cursor the key as a cursor; present exactly when {@code lastEvaluatedKey} is not empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor is present but the last evaluated key empty, or
   *     the other way round
   */
  public Page(
      List<T> items,
      int count,
      int scannedCount,
      Optional<ConsumedCapacity> consumedCapacity,
      Map<String, AttributeValue> lastEvaluatedKey,
      Optional<String> cursor) {
    this(items, count, scannedCount, consumedCapacity, lastEvaluatedKey, cursor, Optional.empty());
  }

  /**
   * Whether DynamoDB may have more items after this page: the page has a {@link #cursor}. A read
   * stopped by its {@linkplain Query#limit limit} ends on a page that may still have more.
   *
   * @return {@code true} if the page has a cursor
   */
  public boolean hasMore() {
    return cursor.isPresent();
  }
}
