package io.dynamap.local.expr;

import io.dynamap.local.value.Value;

/**
 * Parses DynamoDB's expressions, refusing what DynamoDB refuses with its messages (syntax errors,
 * reserved words, undefined placeholders, overlapping paths, ...). Each call marks the
 * placeholders its expression uses in {@code context}.
 */
public final class Expressions {
  private Expressions() {}

  /**
   * A {@code ConditionExpression} or {@code FilterExpression}.
   *
   * @param parameter the request parameter, for messages ("Invalid ConditionExpression: …")
   */
  public static Condition condition(String expression, ExpressionContext context, String parameter) {
    throw new UnsupportedOperationException("not yet"); // TODO(expr)
  }

  /**
   * A {@code KeyConditionExpression} against a table's or index's key schema.
   *
   * @param sortKey null where the table or index has no sort key
   * @param sortKeyType null where the table or index has no sort key
   */
  public static KeyCondition keyCondition(
      String expression,
      ExpressionContext context,
      String partitionKey,
      Value.Type partitionKeyType,
      String sortKey,
      Value.Type sortKeyType) {
    throw new UnsupportedOperationException("not yet"); // TODO(expr)
  }

  /** An {@code UpdateExpression}. */
  public static Update update(String expression, ExpressionContext context) {
    throw new UnsupportedOperationException("not yet"); // TODO(expr)
  }

  /** A {@code ProjectionExpression}. */
  public static Projection projection(String expression, ExpressionContext context) {
    throw new UnsupportedOperationException("not yet"); // TODO(expr)
  }
}
