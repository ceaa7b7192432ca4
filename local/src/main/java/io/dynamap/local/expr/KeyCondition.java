package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.List;

/**
 * A parsed key condition ({@code KeyConditionExpression} or legacy {@code KeyConditions}):
 * equality on every partition key attribute, and on the sort key attributes a prefix of them in
 * key schema order, each with equality but the last given, which may have any sort operator. A
 * single-attribute sort key is the case of an empty prefix.
 *
 * @param partitionValues the partition key attributes' values, in key schema order
 * @param sortPrefix the values the sort attributes before the last one given must equal, in order
 * @param sortOperator the operator on the last sort attribute given, or null where none is given
 * @param sortValues the operand(s) of that operator: one, or two for {@code BETWEEN}
 */
public record KeyCondition(List<Value> partitionValues, List<Value> sortPrefix,
    SortOperator sortOperator, List<Value> sortValues) {
  /** The operators a key condition may apply to the sort key. */
  public enum SortOperator {
    EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH
  }

  public KeyCondition {
    partitionValues = List.copyOf(partitionValues);
    sortPrefix = sortPrefix == null ? List.of() : List.copyOf(sortPrefix);
    sortValues = sortValues == null ? List.of() : List.copyOf(sortValues);
  }

  /** A condition on a single-attribute key. */
  public KeyCondition(Value partitionValue, SortOperator sortOperator, List<Value> sortValues) {
    this(List.of(partitionValue), List.of(), sortOperator, sortValues);
  }

  /** The partition key's value, for a single-attribute partition key. */
  public Value partitionValue() {
    if (partitionValues.size() != 1) {
      throw new IllegalStateException("a multi-attribute partition key has several values");
    }
    return partitionValues.get(0);
  }

  /** Whether a single-attribute sort key value satisfies the sort condition. */
  public boolean matchesSort(Value sortKeyValue) {
    return matchesSortValues(java.util.Collections.singletonList(sortKeyValue));
  }

  /**
   * Whether sort key values (in key schema order; null for a missing one) satisfy the sort
   * condition: the prefix equal, then the last attribute given by its operator (true where the
   * condition has no sort part).
   */
  public boolean matchesSortValues(List<Value> sortKeyValues) {
    if (sortOperator == null) {
      return true;
    }
    for (int i = 0; i < sortPrefix.size(); i++) {
      if (!sortPrefix.get(i).equals(sortKeyValues.get(i))) {
        return false;
      }
    }
    Value sortKeyValue = sortKeyValues.get(sortPrefix.size());
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
