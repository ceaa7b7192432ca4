package io.dynamap.runtime.core;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
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
 * @param requestId DynamoDB's id of the request, or {@code null} when the response had none
 */
public record RawPage(
    List<Map<String, AttributeValue>> items,
    int count,
    int scannedCount,
    ConsumedCapacity consumedCapacity,
    Map<String, AttributeValue> lastEvaluatedKey,
    String requestId) {

  /**
   * A page without a request id.
   *
   * @param items the stored items, in DynamoDB's order
   * @param count DynamoDB's {@code Count}
   * @param scannedCount DynamoDB's {@code ScannedCount}
   * @param consumedCapacity the capacity consumed, or {@code null}
   * @param lastEvaluatedKey the key to resume after, or {@code null} on the last page
   */
  public RawPage(
      List<Map<String, AttributeValue>> items,
      int count,
      int scannedCount,
      ConsumedCapacity consumedCapacity,
      Map<String, AttributeValue> lastEvaluatedKey) {
    this(items, count, scannedCount, consumedCapacity, lastEvaluatedKey, null);
  }

  /**
   * The page of a {@code Query} response.
   *
   * @param response the response; not null
   * @return its items, counts, capacity, last evaluated key (null when absent or empty) and
   *     request id
   */
  public static RawPage of(QueryResponse response) {
    return new RawPage(
        response.items(),
        response.count() == null ? response.items().size() : response.count(),
        response.scannedCount() == null ? response.items().size() : response.scannedCount(),
        response.consumedCapacity(),
        lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()),
        requestId(response));
  }

  /**
   * The page of a {@code Scan} response.
   *
   * @param response the response; not null
   * @return its items, counts, capacity, last evaluated key (null when absent or empty) and
   *     request id
   */
  public static RawPage of(ScanResponse response) {
    return new RawPage(
        response.items(),
        response.count() == null ? response.items().size() : response.count(),
        response.scannedCount() == null ? response.items().size() : response.scannedCount(),
        response.consumedCapacity(),
        lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey()),
        requestId(response));
  }

  private static String requestId(DynamoDbResponse response) {
    return response.responseMetadata() == null
        ? null
        : Call.requestId(response.responseMetadata().requestId()).orElse(null);
  }

  private static Map<String, AttributeValue> lastKey(
      boolean present, Map<String, AttributeValue> key) {
    return present && !key.isEmpty() ? key : null;
  }
}
