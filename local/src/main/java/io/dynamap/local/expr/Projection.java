package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.Map;
import java.util.Set;

/** A parsed {@code ProjectionExpression} (or {@code AttributesToGet}). */
public interface Projection {
  /** The projected item: only the paths named, nested ones with their parents. */
  Map<String, Value> apply(Map<String, Value> item);

  /** The top-level attribute names the projection reads (for index projections). */
  Set<String> topLevelAttributes();

  /**
   * The top-level attributes projected below (as in {@code a.b} or {@code a[0]}), for DynamoDB's
   * refusal of nested paths into key attributes.
   */
  default Set<String> nestedAttributes() {
    return Set.of();
  }
}
