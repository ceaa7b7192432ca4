package io.dynamap.runtime.expr;

/**
 * An attribute stored as a map ({@code M}): a {@code @Document} or a {@code Map}. Generated code
 * subclasses it for documents, with a field per document attribute at a child path:
 *
 * <pre>{@code
 * public static final class LineAttributes extends MapAttribute<Order> {
 *   public final StringAttribute<Order, String> sku;
 *
 *   LineAttributes(AttributePath path) {
 *     super(path);
 *     sku = new StringAttribute<>(path.child("sku")) {
 *       protected AttributeValue encode(String value) { return AttributeValue.fromS(value); }
 *     };
 *   }
 * }
 * }</pre>
 *
 * @param <T> the entity type
 */
public abstract class MapAttribute<T> extends Attribute<T> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected MapAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected MapAttribute(String name) {
    super(name);
  }

  /**
   * {@code size(path)}: the number of entries.
   *
   * @return an operand to compare with a number
   */
  public final SizeOperand<T> size() {
    return sizeOperand();
  }
}
