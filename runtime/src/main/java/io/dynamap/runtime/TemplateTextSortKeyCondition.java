package io.dynamap.runtime;

/**
 * Conditions on the last field of a composed sort key stored as text (a {@code String}, enum,
 * UUID, {@code Instant}, {@code LocalDate} or {@code LocalDateTime}): those of {@link
 * TemplateSortKeyCondition} plus {@link #beginsWith}.
 *
 * @param <T> the entity type
 * @param <V> the field's Java type
 */
public abstract class TemplateTextSortKeyCondition<T, V> extends TemplateSortKeyCondition<T, V> {
  protected TemplateTextSortKeyCondition(
      TemplatePartition<T> partition, String prefix, String field) {
    super(partition, prefix, field);
  }

  /**
   * The field's text starting with {@code start}: {@code "2026-03"} selects March 2026 of an
   * {@code Instant}, {@code "Ly"} the cities starting with Ly.
   */
  public final KeyCondition<T> beginsWith(String start) {
    return startingWith(start);
  }
}
