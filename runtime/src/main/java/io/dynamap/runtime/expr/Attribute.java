package io.dynamap.runtime.expr;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute of entity type {@code T}, at a path, in typed conditions. The subclasses add the
 * conditions that fit how the attribute is stored: {@link ComparableAttribute} for numbers and
 * strings, {@link StringAttribute}, {@link BinaryAttribute}, {@link BooleanAttribute}, {@link
 * SetAttribute}, {@link ListAttribute} and {@link MapAttribute}.
 *
 * <p>Generated metamodels create them as static fields, as anonymous subclasses that encode
 * values the way the entity's schema stores them:
 *
 * <pre>{@code
 * public static final ComparableAttribute<Order, BigDecimal> total =
 *     new ComparableAttribute<>("total") {
 *       protected AttributeValue encode(BigDecimal value) {
 *         return AttributeCodecs.fromBigDecimal(value, "total");
 *       }
 *     };
 * }</pre>
 *
 * <p>Attributes are immutable and thread-safe.
 *
 * @param <T> the entity type
 */
public abstract class Attribute<T> {
  private final AttributePath path;

  /**
   * An attribute at a path, for nested attributes: {@code
   * AttributePath.of("shipTo").child("city")}.
   *
   * @param path the attribute's path in the item; not null
   */
  protected Attribute(AttributePath path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected Attribute(String name) {
    this(AttributePath.of(name));
  }

  /**
   * Where the attribute is in the item.
   *
   * @return the path given to the constructor
   */
  public final AttributePath path() {
    return path;
  }

  /**
   * The item has the attribute ({@code attribute_exists}); a stored NULL counts as present.
   *
   * @return a new condition
   */
  public final Condition<T> exists() {
    return new Condition.Function<>("attribute_exists", path, null);
  }

  /**
   * The item lacks the attribute ({@code attribute_not_exists}).
   *
   * @return a new condition
   */
  public final Condition<T> notExists() {
    return new Condition.Function<>("attribute_not_exists", path, null);
  }

  /**
   * The attribute is stored with this type ({@code attribute_type}), such as {@link
   * AttributeType#NULL}.
   *
   * @param type the DynamoDB type to test for; not null
   * @return a new condition
   */
  public final Condition<T> attributeType(AttributeType type) {
    Objects.requireNonNull(type, "type");
    return new Condition.Function<>(
        "attribute_type", path, AttributeValue.fromS(type.name()));
  }

  /** The path, as {@code lines[0].sku}. */
  @Override
  public String toString() {
    return path.toString();
  }

  final Condition.Operand operand() {
    return new Condition.Operand(path, false);
  }

  /** {@code size(path)}, for the subclasses whose values have a size. */
  final SizeOperand<T> sizeOperand() {
    return new SizeOperand<>(path);
  }

  /** Fails clearly on a null comparison value. */
  final <V> V requireValue(V value, String operation) {
    if (value == null) {
      throw new NullPointerException(
          path
              + "."
              + operation
              + ": the value must not be null; to test for a missing or NULL attribute use"
              + " notExists() or attributeType(AttributeType.NULL)");
    }
    return value;
  }

  /** Fails clearly when an encoder returns null. */
  final AttributeValue requireEncoded(AttributeValue encoded, String operation) {
    if (encoded == null) {
      throw new IllegalStateException(path + "." + operation + ": the value encoded as null");
    }
    return encoded;
  }
}
