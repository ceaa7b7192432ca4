package io.dynamap.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute whose values can be tested for equality: {@link #eq} and {@link #ne}. Its {@link
 * #encode} stores a value as the entity's schema does.
 *
 * @param <T> the entity type
 * @param <V> the attribute's Java type
 */
public abstract class ValueAttribute<T, V> extends Attribute<T> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected ValueAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected ValueAttribute(String name) {
    super(name);
  }

  /**
   * The value as the entity's schema stores it. Never called with {@code null}.
   *
   * @param value the Java value
   * @return the stored value
   */
  protected abstract AttributeValue encode(V value);

  /**
   * {@code path = :value}.
   *
   * @param value the value to compare with; not null
   * @return a new condition
   * @throws NullPointerException if the value is null (use {@link #notExists()} or {@link
   *     #attributeType})
   */
  public final Condition<T> eq(V value) {
    return compare("=", value, "eq");
  }

  /**
   * {@code path <> :value}; also true when the item lacks the attribute.
   *
   * @param value the value to compare with; not null
   * @return a new condition
   * @throws NullPointerException if the value is null
   */
  public final Condition<T> ne(V value) {
    return compare("<>", value, "ne");
  }

  final Condition<T> compare(String operator, V value, String operation) {
    return new Condition.Comparison<>(operand(), operator, encoded(value, operation));
  }

  final AttributeValue encoded(V value, String operation) {
    return requireEncoded(encode(requireValue(value, operation + "(null)")), operation);
  }
}
