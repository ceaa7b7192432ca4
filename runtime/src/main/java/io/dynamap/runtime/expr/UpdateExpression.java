package io.dynamap.runtime.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A rendered {@link Update}: the {@code UpdateExpression}, the {@code ConditionExpression} if the
 * update has one, and the placeholders both share ({@code #a0…}, {@code :a0…}, the update's
 * first, then the condition's).
 *
 * @param update the {@code UpdateExpression} text, such as {@code SET #a0 = :a0 REMOVE #a1}, or
 *     {@code null} for an update with no actions, which writes just the key
 * @param condition the {@code ConditionExpression} text, or {@code null} without a condition
 * @param names the name placeholders, in order
 * @param values the value placeholders, in order; empty when only attributes are removed
 */
public record UpdateExpression(
    String update,
    String condition,
    Map<String, String> names,
    Map<String, AttributeValue> values) {

  /**
   * Copies the maps, keeping their order.
   *
   * @param update the {@code UpdateExpression} text; not null
   * @param condition the {@code ConditionExpression} text, or {@code null}
   * @param names the name placeholders; copied
   * @param values the value placeholders; copied
   */
  public UpdateExpression {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
