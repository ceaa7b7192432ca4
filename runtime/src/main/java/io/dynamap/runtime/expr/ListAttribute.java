package io.dynamap.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a list ({@code L}): {@code size}, {@code contains} an element, and the
 * element at an index as an attribute of its own, for conditions on it ({@code
 * lines.at(0).sku.eq("A-1")} is {@code lines[0].sku = :a0}).
 *
 * <p>Generated code implements {@link #encode} for whole elements and {@link #element} to make
 * the attribute of an element at a path:
 *
 * <pre>{@code
 * public static final ListAttribute<Order, OrderLine, LineAttributes> lines =
 *     new ListAttribute<>("lines") {
 *       protected AttributeValue encode(OrderLine line) {
 *         return AttributeValue.fromM(OrderLineSchema.INSTANCE.toMap(line));
 *       }
 *       protected LineAttributes element(AttributePath path) {
 *         return new LineAttributes(path);
 *       }
 *     };
 * }</pre>
 *
 * @param <T> the entity type
 * @param <E> the Java type of an element
 * @param <A> the attribute type of an element
 */
public abstract class ListAttribute<T, E, A extends Attribute<T>> extends Attribute<T> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected ListAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected ListAttribute(String name) {
    super(name);
  }

  /**
   * One element as the list stores it. Never called with {@code null}.
   *
   * @param element the element; not null
   * @return the stored form of the element
   */
  protected abstract AttributeValue encode(E element);

  /**
   * The attribute of the element at {@code path} (which ends with a list index).
   *
   * @param path the element's path, ending with a list index
   * @return the element's attribute, typed for its conditions
   */
  protected abstract A element(AttributePath path);

  /**
   * The element at {@code index}, {@code path[index]}. Conditions on an element the list does not
   * have are false ({@code exists()} tests for it).
   *
   * @param index the list position, from 0
   * @return the element's attribute
   * @throws IllegalArgumentException if the index is negative
   */
  public final A at(int index) {
    return element(path().index(index));
  }

  /**
   * {@code contains(path, :element)}: an element equal to this one, compared as stored.
   *
   * @param element the element; not null
   * @return a new condition
   * @throws NullPointerException if the element is null
   */
  public final Condition<T> contains(E element) {
    AttributeValue encoded =
        requireEncoded(encode(requireValue(element, "contains(null)")), "contains");
    return new Condition.Function<>("contains", path(), encoded);
  }

  /**
   * {@code size(path)}: the number of elements.
   *
   * @return an operand to compare with a number
   */
  public final SizeOperand<T> size() {
    return sizeOperand();
  }
}
