package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.Map;

/** A parsed condition or filter expression. */
public interface Condition {
  /**
   * Evaluates the condition on an item (empty when there is no item). Throws a {@link
   * io.dynamap.local.api.DynamoException} where DynamoDB fails at evaluation time.
   */
  boolean test(Map<String, Value> item);
}
