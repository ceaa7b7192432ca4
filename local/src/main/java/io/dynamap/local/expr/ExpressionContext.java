package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.Map;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request,
 * shared by all its expressions, recording which placeholders they used so that unused ones are
 * refused as DynamoDB refuses them.
 */
public final class ExpressionContext {
  // TODO(expr): implemented by the expression package.
  public ExpressionContext(Map<String, String> names, Map<String, Value> values) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Refuses placeholders no expression of the request used, with DynamoDB's message ({@code
   * Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}}).
   */
  public void checkAllUsed() {
    throw new UnsupportedOperationException("not yet");
  }
}
