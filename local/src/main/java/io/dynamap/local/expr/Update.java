package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.Map;
import java.util.Set;

/** A parsed {@code UpdateExpression}. */
public interface Update {
  /**
   * Applies the update to an item (empty where there is none) and returns the new item; the given
   * one is not changed. Throws a {@link io.dynamap.local.api.DynamoException} where DynamoDB
   * fails at run time (an operand of the wrong type, an invalid document path, ...).
   */
  Map<String, Value> apply(Map<String, Value> item);

  /** The top-level attribute names the update writes or removes (for the key check). */
  Set<String> topLevelAttributes();
}
