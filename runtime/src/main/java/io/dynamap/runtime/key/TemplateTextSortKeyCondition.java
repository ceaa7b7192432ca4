package io.dynamap.runtime.key;

/**
 * Conditions on the last field of a composed sort key stored as text (a {@code String}, enum,
 * UUID, {@code Instant}, {@code LocalDate} or {@code LocalDateTime}): those of {@link
 * TemplateSortKeyCondition} plus {@link #beginsWith}.
 *
 * @param <T> the entity type
 * @param <V> the field's Java type
 */
public abstract class TemplateTextSortKeyCondition<T, V> extends TemplateSortKeyCondition<T, V> {
  /**
   * For generated key builders.
   *
   * @param partition the partition this condition narrows
   * @param prefix the sort key up to the field: the template's text and any fields before it,
   *     composed
   * @param field the field's name, for messages
   */
  protected TemplateTextSortKeyCondition(
      TemplatePartition<T> partition, String prefix, String field) {
    super(partition, prefix, field);
  }

  /**
   * For generated key builders of an item collection, whose partition is a key condition by
   * itself and whose members share one sort key format.
   *
   * @param partition the partition this condition narrows, with its type filter if any
   * @param sortKeyName the physical sort key attribute ({@code gsi1sk})
   * @param prefix the sort key up to the field: the template's text and any fields before it,
   *     composed
   * @param field the field's name, for messages
   */
  protected TemplateTextSortKeyCondition(
      KeyCondition<T> partition, String sortKeyName, String prefix, String field) {
    super(partition, sortKeyName, prefix, field);
  }

  /**
   * The field's text starting with {@code start}: {@code "2026-03"} selects March 2026 of an
   * {@code Instant}, {@code "Ly"} the cities starting with Ly.
   *
   * @param start the text the field starts with, before escaping; not null
   * @return a new key condition on this partition
   */
  public final KeyCondition<T> beginsWith(String start) {
    return startingWith(start);
  }
}
