package io.dynamap.runtime.key;

import java.util.List;
import java.util.Objects;

/**
 * Conditions on the last field of a composed sort key ({@code ORDER#{placedAt}}), typed by that
 * field: each value is encoded as the key stores it and put after the key's prefix, and every
 * range stays within the prefix, so that a condition never reads items of another type sharing
 * the partition. {@code gt(v)} is {@code BETWEEN "ORDER#"+v+"\u0001" AND "ORDER#"+U+10FFFF}, and
 * so on: one {@code BETWEEN} or {@code =} per condition.
 *
 * @param <T> the entity type
 * @param <V> the field's Java type
 */
public abstract class TemplateSortKeyCondition<T, V> {
  private final KeyCondition<T> partition;
  private final String sortKeyName;
  private final String prefix;
  private final String field;

  /**
   * For generated key builders.
   *
   * @param partition the partition this condition narrows
   * @param prefix the sort key up to the field: the template's text and any fields before it,
   *     composed
   * @param field the field's name, for messages
   */
  protected TemplateSortKeyCondition(TemplatePartition<T> partition, String prefix, String field) {
    this(
        Objects.requireNonNull(partition, "partition").partitionCondition(),
        partition.sortKeyName(),
        prefix,
        field);
  }

  /**
   * For generated key builders of an item collection, whose partition is a key condition by
   * itself (every member's items) and whose members share one sort key format.
   *
   * @param partition the partition this condition narrows, with its type filter if any
   * @param sortKeyName the physical sort key attribute ({@code gsi1sk})
   * @param prefix the sort key up to the field: the template's text and any fields before it,
   *     composed
   * @param field the field's name, for messages
   */
  protected TemplateSortKeyCondition(
      KeyCondition<T> partition, String sortKeyName, String prefix, String field) {
    this.partition = Objects.requireNonNull(partition, "partition");
    this.sortKeyName = Objects.requireNonNull(sortKeyName, "sortKeyName");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.field = Objects.requireNonNull(field, "field");
  }

  private KeyCondition<T> condition(SortOperator operator, List<String> values) {
    return partition.withSortKeyTexts(operator, sortKeyName, values);
  }

  /**
   * Encodes a value as the composed key holds it ({@link KeyParts}).
   *
   * @param value the field value; not null
   * @return the encoded field, as it appears in the key
   */
  protected abstract String encode(V value);

  /**
   * The field equal to {@code value}.
   *
   * @param value the field value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> eq(V value) {
    return condition(SortOperator.EQ, List.of(key(value, "value")));
  }

  /**
   * The field less than {@code value}.
   *
   * @param value the field value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> lt(V value) {
    String key = key(value, "value");
    if (key.length() == prefix.length()) {
      // Nothing sorts below the empty value: a condition no item meets.
      return condition(SortOperator.EQ, List.of(prefix + KeyParts.MAX));
    }
    return condition(SortOperator.BETWEEN, List.of(prefix, below(key)));
  }

  /**
   * The field less than or equal to {@code value}.
   *
   * @param value the field value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> le(V value) {
    return condition(SortOperator.BETWEEN, List.of(prefix, key(value, "value")));
  }

  /**
   * The field greater than {@code value}.
   *
   * @param value the field value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> gt(V value) {
    return condition(
        SortOperator.BETWEEN, List.of(key(value, "value") + KeyParts.MIN, prefix + KeyParts.MAX));
  }

  /**
   * The field greater than or equal to {@code value}.
   *
   * @param value the field value to compare with; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> ge(V value) {
    return condition(
        SortOperator.BETWEEN, List.of(key(value, "value"), prefix + KeyParts.MAX));
  }

  /**
   * The field between {@code low} and {@code high}, both included.
   *
   * @param low the lowest value included; not null
   * @param high the highest value included; not null
   * @return a new key condition on this partition
   * @throws IllegalArgumentException if {@code low} sorts after {@code high}, which DynamoDB
   *     refuses
   */
  public final KeyCondition<T> between(V low, V high) {
    String from = key(low, "low");
    String to = key(high, "high");
    if (compareAsDynamoDb(from, to) > 0) {
      throw new IllegalArgumentException(
          "between on '" + field + "': low " + low + " sorts after high " + high);
    }
    return condition(SortOperator.BETWEEN, List.of(from, to));
  }

  /**
   * The field's stored text starting with {@code start}; for subclasses whose fields are text.
   *
   * @param start the text the field starts with, before escaping; not null
   * @return a new key condition on this partition
   */
  protected final KeyCondition<T> startingWith(String start) {
    Objects.requireNonNull(start, () -> "prefix for '" + field + "'");
    return condition(SortOperator.BEGINS_WITH, List.of(prefix + encodeStart(start)));
  }

  /**
   * Encodes the start of the field's text as the key holds it: escaped ({@link KeyParts#text}),
   * unless the field is written as it is ({@code @KeyFormat}), whose builders override this.
   *
   * @param start the text the field starts with; not null
   * @return the text as it appears in the key
   */
  protected String encodeStart(String start) {
    return KeyParts.text(start);
  }

  private String key(V value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(
          "the " + what + " of a condition on '" + field + "' is null");
    }
    return prefix + encode(value);
  }

  /**
   * The greatest key that sorts before {@code key}, as far as composed keys go: its last code
   * point lowered by one, then {@link KeyParts#MAX}, above anything an encoded value continues with.
   */
  static String below(String key) {
    int last = key.codePointBefore(key.length());
    int lowered = last - 1;
    if (lowered >= Character.MIN_SURROGATE && lowered <= Character.MAX_SURROGATE) {
      lowered = Character.MIN_SURROGATE - 1;
    }
    return key.substring(0, key.length() - Character.charCount(last))
        + new String(Character.toChars(lowered))
        + KeyParts.MAX;
  }

  /** DynamoDB compares strings by their UTF-8 bytes, which is code point order. */
  static int compareAsDynamoDb(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
