package io.dynamap.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a string, number or binary set: {@code contains} a member and {@code
 * size}. {@link #encode} stores one member as a scalar ({@code S}, {@code N} or {@code B}).
 *
 * @param <T> the entity type
 * @param <E> the Java type of a member
 */
public abstract class SetAttribute<T, E> extends Attribute<T> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected SetAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected SetAttribute(String name) {
    super(name);
  }

  /**
   * One member as the set stores it: a scalar {@code S}, {@code N} or {@code B}, not a set.
   * Never called with {@code null}.
   *
   * @param member the member; not null
   * @return the stored form of the member
   */
  protected abstract AttributeValue encode(E member);

  /**
   * {@code contains(path, :member)}.
   *
   * @param member the member; not null
   * @return a new condition
   * @throws NullPointerException if the member is null
   */
  public final Condition<T> contains(E member) {
    AttributeValue encoded =
        requireEncoded(encode(requireValue(member, "contains(null)")), "contains");
    return new Condition.Function<>("contains", path(), encoded);
  }

  /**
   * {@code size(path)}: the number of members.
   *
   * @return an operand to compare with a number
   */
  public final SizeOperand<T> size() {
    return sizeOperand();
  }
}
