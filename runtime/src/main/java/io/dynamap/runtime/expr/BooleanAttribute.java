package io.dynamap.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a DynamoDB boolean ({@code BOOL}): {@link #eq} and {@link #ne}.
 *
 * @param <T> the entity type
 */
public class BooleanAttribute<T> extends ValueAttribute<T, Boolean> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  public BooleanAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  public BooleanAttribute(String name) {
    super(name);
  }

  /** {@code BOOL}. */
  @Override
  protected AttributeValue encode(Boolean value) {
    return AttributeValue.fromBool(value);
  }
}
