package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.List;

/**
 * A parsed {@code KeyConditionExpression}: equality on the partition key and at most one condition
 * on the sort key.
 *
 * @param partitionValue the partition key's value
 * @param sortOperator the sort key's operator, or null where the expression has none
 * @param sortValues the operand(s) of the sort condition: one, or two for {@code BETWEEN}
 */
public record KeyCondition(Value partitionValue, SortOperator sortOperator, List<Value> sortValues) {
  /** The operators a key condition may apply to the sort key. */
  public enum SortOperator {
    EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH
  }

  public KeyCondition {
    sortValues = sortValues == null ? List.of() : List.copyOf(sortValues);
  }

  /** Whether a sort key value satisfies the sort condition (true where there is none). */
  public boolean matchesSort(Value sortKeyValue) {
    if (sortOperator == null) {
      return true;
    }
    if (sortKeyValue == null) {
      return false;
    }
    Value first = sortValues.get(0);
    switch (sortOperator) {
      case EQ:
        return sortKeyValue.equals(first);
      case BEGINS_WITH:
        return Evaluator.beginsWith(sortKeyValue, first);
      case BETWEEN: {
        Integer fromLower = Values.compare(sortKeyValue, first);
        Integer toUpper = Values.compare(sortKeyValue, sortValues.get(1));
        return fromLower != null && toUpper != null && fromLower >= 0 && toUpper <= 0;
      }
      default:
        return Evaluator.compare(
            Ast.Comparator.valueOf(sortOperator.name()), sortKeyValue, first);
    }
  }
}
