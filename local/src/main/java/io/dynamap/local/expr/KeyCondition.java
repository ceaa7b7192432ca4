package io.dynamap.local.expr;

import io.dynamap.local.value.Value;

/**
 * A parsed {@code KeyConditionExpression}: equality on the partition key and at most one condition
 * on the sort key.
 *
 * @param partitionValue the partition key's value
 * @param sortOperator the sort key's operator, or null where the expression has none
 * @param sortValues the operand(s) of the sort condition: one, or two for {@code BETWEEN}
 */
public record KeyCondition(Value partitionValue, SortOperator sortOperator, java.util.List<Value> sortValues) {
  /** The operators a key condition may apply to the sort key. */
  public enum SortOperator {
    EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH
  }

  /** Whether a sort key value satisfies the sort condition (true where there is none). */
  public boolean matchesSort(Value sortKeyValue) {
    throw new UnsupportedOperationException("not yet"); // TODO(expr)
  }
}
