package io.dynamap.runtime.expr;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a binary ({@code byte[]}, {@code ByteBuffer}, …): adds {@code
 * begins_with}, {@code contains} (a byte sequence) and {@code size} (the length in bytes).
 *
 * @param <T> the entity type
 * @param <V> the attribute's Java type
 */
public abstract class BinaryAttribute<T, V> extends ComparableAttribute<T, V> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected BinaryAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected BinaryAttribute(String name) {
    super(name);
  }

  /**
   * {@code begins_with(path, :prefix)}.
   *
   * @param prefix the leading bytes to test for; copied
   * @return a new condition
   * @throws NullPointerException if the prefix is null
   */
  public final Condition<T> beginsWith(byte[] prefix) {
    return new Condition.Function<>(
        "begins_with",
        path(),
        AttributeValue.fromB(SdkBytes.fromByteArray(requireValue(prefix, "beginsWith(null)"))));
  }

  /**
   * {@code contains(path, :bytes)}.
   *
   * @param bytes the bytes to look for; copied
   * @return a new condition
   * @throws NullPointerException if the bytes are null
   */
  public final Condition<T> contains(byte[] bytes) {
    return new Condition.Function<>(
        "contains",
        path(),
        AttributeValue.fromB(SdkBytes.fromByteArray(requireValue(bytes, "contains(null)"))));
  }

  /**
   * {@code size(path)}: the length in bytes.
   *
   * @return an operand to compare with a number
   */
  public final SizeOperand<T> size() {
    return sizeOperand();
  }
}
