package io.dynamap.runtime.core;

import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Adds a projection's {@code ProjectionExpression} to read requests, and builds the projected
 * {@code GetItem}. Its {@code #p…} placeholders never clash with a key condition's ({@code #k…})
 * or a filter's ({@code #a…}), so the names merge into one map.
 */
public final class Projections {
  private Projections() {}

  /**
   * The query request reading only the projection's attributes.
   *
   * @param request the request of the read
   * @param projection the projection, or {@code null} to read whole items
   * @return the request with the projection, or {@code request} itself without one
   */
  public static QueryRequest apply(QueryRequest request, Expression projection) {
    if (projection == null) {
      return request;
    }
    return request.toBuilder()
        .projectionExpression(projection.text())
        .expressionAttributeNames(merged(request.expressionAttributeNames(), projection))
        .build();
  }

  /**
   * The scan request reading only the projection's attributes.
   *
   * @param request the request of the read
   * @param projection the projection, or {@code null} to read whole items
   * @return the request with the projection, or {@code request} itself without one
   */
  public static ScanRequest apply(ScanRequest request, Expression projection) {
    if (projection == null) {
      return request;
    }
    return request.toBuilder()
        .projectionExpression(projection.text())
        .expressionAttributeNames(merged(request.expressionAttributeNames(), projection))
        .build();
  }

  /**
   * A read of the projected attributes of one item by its encoded primary key.
   *
   * @param tableName the table
   * @param key the item's primary key attributes, as stored; not null
   * @param consistentRead whether to read with {@code ConsistentRead=true}
   * @param projection the projection to decode the item with; not null
   * @param <P> the projection record
   * @return the call; its result is the decoded record, or empty if there is no item
   */
  public static <P> Call<GetItemRequest, GetItemResponse, Optional<P>> get(
      String tableName,
      Map<String, AttributeValue> key,
      boolean consistentRead,
      ProjectionSchema<?, P> projection) {
    Objects.requireNonNull(projection, "projection");
    Expression expression = projection.projection();
    GetItemRequest.Builder request =
        GetItemRequest.builder()
            .tableName(tableName)
            .key(Objects.requireNonNull(key, "key"))
            .projectionExpression(expression.text())
            .expressionAttributeNames(expression.names());
    if (consistentRead) {
      request.consistentRead(true);
    }
    return Call.of(
        "GetItem",
        tableName,
        request.build(),
        (GetItemResponse response) -> {
          if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
          }
          try {
            return Optional.of(projection.fromItem(response.item()));
          } catch (ItemMappingException e) {
            throw e.inItem(tableName, key);
          }
        },
        failure -> {
          throw DynamapErrors.translate(failure, "GetItem", tableName);
        });
  }

  /**
   * The attributes a projection names, in its order, for messages.
   *
   * @param projection the projection
   * @return the stored names, such as {@code [customerId, placedAt, total]}
   */
  public static String describe(Expression projection) {
    List<String> names = new ArrayList<>();
    for (String placeholder : projection.text().split(", ")) {
      names.add(projection.names().get(placeholder));
    }
    return names.toString();
  }

  private static Map<String, String> merged(Map<String, String> names, Expression projection) {
    Map<String, String> all = new LinkedHashMap<>(names);
    all.putAll(projection.names());
    return all;
  }
}
