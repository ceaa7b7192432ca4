package io.dynamap.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a string ({@code String}, enums, {@code Instant}, {@code UUID}, …): adds
 * {@code begins_with}, substring {@code contains} and {@code size} (the length in UTF-8 bytes).
 * Prefixes and substrings are plain strings of the stored form, so {@code placedAt.beginsWith
 * ("2026-03")} selects a month of instants.
 *
 * @param <T> the entity type
 * @param <V> the attribute's Java type
 */
public abstract class StringAttribute<T, V> extends ComparableAttribute<T, V> {

  /**
   * An attribute at a path.
   *
   * @param path the attribute's path in the item; not null
   */
  protected StringAttribute(AttributePath path) {
    super(path);
  }

  /**
   * A top-level attribute, by its stored name.
   *
   * @param name the stored attribute name, taken literally; not null
   */
  protected StringAttribute(String name) {
    super(name);
  }

  /**
   * {@code begins_with(path, :prefix)}.
   *
   * @param prefix the leading text to test for
   * @return a new condition
   * @throws NullPointerException if the prefix is null
   */
  public final Condition<T> beginsWith(String prefix) {
    return new Condition.Function<>(
        "begins_with", path(), AttributeValue.fromS(requireValue(prefix, "beginsWith(null)")));
  }

  /**
   * {@code contains(path, :substring)}.
   *
   * @param substring the text to look for
   * @return a new condition
   * @throws NullPointerException if it is null
   */
  public final Condition<T> contains(String substring) {
    return new Condition.Function<>(
        "contains", path(), AttributeValue.fromS(requireValue(substring, "contains(null)")));
  }

  /**
   * {@code size(path)}: the stored string's length in UTF-8 bytes.
   *
   * @return an operand to compare with a number
   */
  public final SizeOperand<T> size() {
    return sizeOperand();
  }
}
