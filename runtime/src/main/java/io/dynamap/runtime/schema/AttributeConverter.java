package io.dynamap.runtime.schema;

import io.dynamap.runtime.error.ItemMappingException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts a Java type that Dynamap does not map by itself, chosen with {@code @Convert} on an
 * attribute. Implementations need a public no-arg constructor; generated code creates one
 * instance per attribute and calls it directly. They must be thread-safe.
 *
 * <pre>{@code
 * public final class MoneyConverter implements AttributeConverter<Money> {
 *   public AttributeValue toAttributeValue(Money money) {
 *     return AttributeValue.fromS(money.currency() + " " + money.amount().toPlainString());
 *   }
 *   public Money fromAttributeValue(AttributeValue value) { ... }
 * }
 * }</pre>
 *
 * @param <T> the attribute's Java type
 */
public interface AttributeConverter<T> {

  /**
   * The stored form of a non-null value.
   *
   * @param value the Java value; never null (nulls are stored without calling the converter)
   * @return the stored value; not null
   */
  AttributeValue toAttributeValue(T value);

  /**
   * The value of a stored, non-{@code NULL} attribute. Throw {@link ItemMappingException} (or any
   * runtime exception, which is wrapped into one naming the attribute) if it cannot be read.
   *
   * @param value the stored value; neither null nor {@code NULL}
   * @return the Java value
   */
  T fromAttributeValue(AttributeValue value);
}
