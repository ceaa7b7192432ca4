package io.dynamap.runtime.expr;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A rendered DynamoDB expression: its text and the placeholders it uses. Attribute names appear
 * in the text only as {@code #k0, #k1, …} and values only as {@code :v0, :v1, …}, so that
 * reserved words ({@code name}, {@code status}, {@code year}, …) work as attribute names and no
 * user value is ever concatenated into the text.
 *
 * @param text the expression, for example {@code #k0 = :v0 AND #k1 BETWEEN :v1 AND :v2}
 * @param names the name placeholders and the attribute names they stand for
 * @param values the value placeholders and the values they stand for
 */
public record Expression(
    String text, Map<String, String> names, Map<String, AttributeValue> values) {

  /**
   * Copies the maps.
   *
   * @param text the expression
   * @param names the name placeholders; copied
   * @param values the value placeholders; copied
   */
  public Expression {
    names = Map.copyOf(names);
    values = Map.copyOf(values);
  }
}
