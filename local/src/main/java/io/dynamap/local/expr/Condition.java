package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.Map;
import java.util.Set;

/** A parsed condition or filter expression. */
public interface Condition {
  /**
   * Evaluates the condition on an item (empty when there is no item). Throws a {@link
   * io.dynamap.local.api.DynamoException} where DynamoDB fails at evaluation time.
   */
  boolean test(Map<String, Value> item);

  /**
   * The top-level attributes the condition reads (for Query's refusal of key attributes in a
   * filter: {@code Filter Expression can only contain non-primary key attributes}).
   */
  default Set<String> topLevelAttributes() {
    return Set.of();
  }

  /**
   * The top-level attributes the condition reads below (as in {@code a.b} or {@code a[0]}), for
   * DynamoDB's refusal of nested paths into key attributes ({@code Key attributes must be
   * scalars; list random access '[]' and map lookup '.' are not allowed: Key: a}).
   */
  default Set<String> nestedAttributes() {
    return Set.of();
  }
}
