package io.dynamap.local.api;

import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.Value;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a read returns of an item: all of it, the paths of a {@code ProjectionExpression}, or the
 * top-level attributes of the legacy {@code AttributesToGet}. Built with DynamoDB's checks of
 * those parameters.
 */
final class ItemProjection {
  static final ItemProjection ALL = new ItemProjection(null, null);

  private final Projection expression;
  private final List<String> attributesToGet;

  private ItemProjection(Projection expression, List<String> attributesToGet) {
    this.expression = expression;
    this.attributesToGet = attributesToGet;
  }

  /**
   * The projection of a read, refusing as DynamoDB does an expression together with {@code
   * AttributesToGet}, names without an expression, duplicate attribute names, an invalid
   * expression and unused names.
   *
   * @param attributesToGet null where the operation has no such parameter or it was not given
   */
  static ItemProjection of(String projectionExpression, Map<String, String> names,
      List<String> attributesToGet) {
    if (projectionExpression != null && attributesToGet != null) {
      throw DynamoException.validation("Can not use both expression and non-expression parameters"
          + " in the same request: Non-expression parameters: {AttributesToGet} Expression"
          + " parameters: {ProjectionExpression}");
    }
    if (names != null && projectionExpression == null) {
      throw DynamoException.validation(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    if (attributesToGet != null) {
      Set<String> seen = new HashSet<>();
      for (String name : attributesToGet) {
        if (!seen.add(name)) {
          throw DynamoException.validation("One or more parameter values were invalid: Duplicate"
              + " value in attribute name: " + name);
        }
      }
      return new ItemProjection(null, List.copyOf(attributesToGet));
    }
    if (projectionExpression == null) {
      return ALL;
    }
    ExpressionParameters.check(names, null);
    Requests.checkNotEmpty(projectionExpression, "ProjectionExpression");
    ExpressionContext context = new ExpressionContext(names, null);
    Projection projection = Expressions.projection(projectionExpression, context);
    context.checkAllUsed();
    return new ItemProjection(projection, null);
  }

  /** The part of {@code item} the read returns. */
  Map<String, Value> apply(Map<String, Value> item) {
    if (expression != null) {
      return expression.apply(item);
    }
    if (attributesToGet != null) {
      Map<String, Value> projected = new LinkedHashMap<>();
      for (String name : attributesToGet) {
        Value value = item.get(name);
        if (value != null) {
          projected.put(name, value);
        }
      }
      return projected;
    }
    return item;
  }
}
