package io.dynamap.runtime.core;

import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.expr.ExpressionContext;
import io.dynamap.runtime.key.KeyCondition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Builds the {@code Query} and {@code Scan} requests of paged reads: once per read, a template
 * with everything but the paging ({@link #query}, {@link #scan}), then for each page the template
 * with the position's start key and {@code Limit} ({@link #next}). Options left at their defaults
 * stay out of the requests, as DynamoDB's defaults match them.
 */
public final class ReadRequests {
  private ReadRequests() {}

  /**
   * The request of a query, without start key or {@code Limit}.
   *
   * @param tableName the table (the condition names the index, if any)
   * @param condition the key condition
   * @param filter the filter, or {@code null} for none
   * @param descending whether to read in descending sort key order
   * @param consistentRead whether reads are strongly consistent
   * @param capacity the consumed capacity to ask for, or {@code null} to leave it unset
   * @param countOnly whether to count the items ({@code Select=COUNT}) rather than return them
   * @param <T> the entity type
   * @return the template request
   */
  public static <T> QueryRequest query(
      String tableName,
      KeyCondition<T> condition,
      Condition<T> filter,
      boolean descending,
      boolean consistentRead,
      ReturnConsumedCapacity capacity,
      boolean countOnly) {
    Objects.requireNonNull(tableName, "tableName");
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
    if (descending) {
      request.scanIndexForward(false);
    }
    if (consistentRead) {
      request.consistentRead(true);
    }
    if (capacity != null) {
      request.returnConsumedCapacity(capacity);
    }
    if (countOnly) {
      request.select(Select.COUNT);
    }
    return request.build();
  }

  /**
   * The request of a scan, or of one segment of a parallel scan, without start key or {@code
   * Limit}.
   *
   * @param tableName the table
   * @param indexName the index to scan, or {@code null} for the table
   * @param filter the filter, or {@code null} for none
   * @param segment the segment, from 0; ignored for a scan of one segment
   * @param totalSegments how many segments the scan has; 1 for a plain scan
   * @param consistentRead whether reads are strongly consistent
   * @param capacity the consumed capacity to ask for, or {@code null} to leave it unset
   * @param countOnly whether to count the items ({@code Select=COUNT}) rather than return them
   * @param <T> the entity type
   * @return the template request
   */
  public static <T> ScanRequest scan(
      String tableName,
      String indexName,
      Condition<T> filter,
      int segment,
      int totalSegments,
      boolean consistentRead,
      ReturnConsumedCapacity capacity,
      boolean countOnly) {
    Objects.requireNonNull(tableName, "tableName");
    ScanRequest.Builder request = ScanRequest.builder().tableName(tableName).indexName(indexName);
    if (countOnly) {
      request.select(Select.COUNT);
    }
    if (filter != null) {
      Expression expression = filter.toExpression();
      request
          .filterExpression(expression.text())
          .expressionAttributeNames(expression.names())
          .expressionAttributeValues(expression.values().isEmpty() ? null : expression.values());
    }
    if (totalSegments > 1) {
      request.segment(segment).totalSegments(totalSegments);
    }
    if (consistentRead) {
      request.consistentRead(true);
    }
    if (capacity != null) {
      request.returnConsumedCapacity(capacity);
    }
    return request.build();
  }

  /**
   * The query request of the page at {@code position}.
   *
   * @param template the read's request, from {@link #query}
   * @param position where the read stands; not finished
   * @return the template with the position's start key and {@code Limit}
   */
  public static QueryRequest next(QueryRequest template, ReadPosition position) {
    QueryRequest.Builder next = template.toBuilder();
    if (position.exclusiveStartKey() != null) {
      next.exclusiveStartKey(position.exclusiveStartKey());
    }
    Integer limit = position.requestLimit();
    if (limit != null) {
      next.limit(limit);
    }
    return next.build();
  }

  /**
   * The scan request of the page at {@code position}.
   *
   * @param template the read's request, from {@link #scan}
   * @param position where the read stands; not finished
   * @return the template with the position's start key and {@code Limit}
   */
  public static ScanRequest next(ScanRequest template, ReadPosition position) {
    ScanRequest.Builder next = template.toBuilder();
    if (position.exclusiveStartKey() != null) {
      next.exclusiveStartKey(position.exclusiveStartKey());
    }
    Integer limit = position.requestLimit();
    if (limit != null) {
      next.limit(limit);
    }
    return next.build();
  }
}
