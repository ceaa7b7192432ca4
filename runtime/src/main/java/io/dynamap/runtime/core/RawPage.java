package io.dynamap.runtime.core;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What one {@code Query} or {@code Scan} response returned, before its items are decoded: the same
 * for both operations, so that one {@link ReadPlan#receive} handles either.
 *
 * @param items the stored items, in DynamoDB's order
 * @param count DynamoDB's {@code Count} (the items returned, or counted with {@code Select=COUNT})
 * @param scannedCount DynamoDB's {@code ScannedCount} (the items read before filtering)
 * @param consumedCapacity the capacity consumed, or {@code null} when none was asked for
 * @param lastEvaluatedKey the key to resume after, or {@code null} on the last page
 */
public record RawPage(
    List<Map<String, AttributeValue>> items,
    int count,
    int scannedCount,
    ConsumedCapacity consumedCapacity,
    Map<String, AttributeValue> lastEvaluatedKey) {

  /**
   * The page of a {@code Query} response.
   *
   * @param response the response; not null
   * @return its items, counts, capacity and last evaluated key (null when absent or empty)
   */
  public static RawPage of(QueryResponse response) {
    return new RawPage(
        response.items(),
        response.count() == null ? response.items().size() : response.count(),
        response.scannedCount() == null ? response.items().size() : response.scannedCount(),
        response.consumedCapacity(),
        lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()));
  }

  /**
   * The page of a {@code Scan} response.
   *
   * @param response the response; not null
   * @return its items, counts, capacity and last evaluated key (null when absent or empty)
   */
  public static RawPage of(ScanResponse response) {
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
