package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.ExpressionParameters;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.Value;
import java.util.List;
import java.util.Map;

/**
 * What a read returns of an item: all of it, the paths of a {@code ProjectionExpression}, or the
 * top-level attributes of the legacy {@code AttributesToGet}. Built with DynamoDB's checks of
 * those parameters.
 */
final class ItemProjection {
  static final ItemProjection ALL = new ItemProjection(null);

  /** Null for the whole item. */
  private final Projection projection;

  private ItemProjection(Projection projection) {
    this.projection = projection;
  }

  /**
   * The projection a read asks for, refusing as DynamoDB does an expression together with {@code
   * AttributesToGet}, names without an expression, duplicate attribute names, invalid names, an
   * invalid expression and unused names.
   *
   * @param parameters the read's members (a BatchGetItem table entry, a TransactGetItems Get),
   *     type-checked already
   * @param attributesToGet the legacy {@code AttributesToGet}, or null where not given or where
   *     the read has no such member
   */
  static ItemProjection of(ObjectNode parameters, List<String> attributesToGet) {
    ExpressionParameters.check(parameters, List.of("ProjectionExpression"),
        attributesToGet == null ? List.of() : List.of("AttributesToGet"));
    if (attributesToGet != null) {
      return new ItemProjection(Expressions.attributesToGet(attributesToGet));
    }
    String expression = parameters.hasNonNull("ProjectionExpression")
        ? parameters.get("ProjectionExpression").textValue() : null;
    if (expression == null) {
      return ALL;
    }
    ExpressionContext context =
        ExpressionContext.read(parameters.get("ExpressionAttributeNames"), null);
    Projection projection = Expressions.projection(expression, context);
    context.checkAllUsed();
    return new ItemProjection(projection);
  }

  /** The part of {@code item} the read returns. */
  Map<String, Value> apply(Map<String, Value> item) {
    return projection == null ? item : projection.apply(item);
  }
}
