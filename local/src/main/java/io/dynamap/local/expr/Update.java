package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.List;
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

  /**
   * As {@link #apply(Map)}, calling {@code check} with each value a {@code SET} gives a
   * top-level attribute as the action applies, so that an error it throws comes in the order
   * DynamoDB reports the actions' errors (for index key types known only from the item).
   */
  default Map<String, Value> apply(Map<String, Value> item, SetCheck check) {
    return apply(item);
  }

  /** A check of a value assigned to a top-level attribute. */
  @FunctionalInterface
  interface SetCheck {
    /** Throws a {@link io.dynamap.local.api.DynamoException} to refuse the value. */
    void check(String attribute, Value value);
  }

  /** The top-level attribute names the update writes or removes (for the key check). */
  Set<String> topLevelAttributes();

  /**
   * The document paths the update writes or removes, in the order written, for {@code
   * UPDATED_OLD} and {@code UPDATED_NEW}, which return only those; empty where only top-level
   * attributes are updated (legacy {@code AttributeUpdates}).
   */
  default List<Path> paths() {
    return List.of();
  }

  /**
   * The top-level attributes written below (as in {@code SET a.b = :v}), for DynamoDB's refusal
   * of nested paths into key attributes.
   */
  default Set<String> nestedAttributes() {
    return Set.of();
  }

  /**
   * The type each top-level attribute gets where the update fixes it before reading the item: a
   * value placeholder's type, {@code N} for {@code +}/{@code -}, {@code L} for {@code
   * list_append}, the default's type for {@code if_not_exists}, the value's type for {@code ADD}
   * and {@code DELETE}, or the legacy {@code Value}'s type. For DynamoDB's check of index key
   * types ({@code Type mismatch for Index Key a Expected: S Actual: N IndexName: i}).
   */
  default Map<String, Value.Type> topLevelTypes() {
    return Map.of();
  }
}
