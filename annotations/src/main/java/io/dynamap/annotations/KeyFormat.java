package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a field of an {@link Item} is written into the composed keys whose templates name it, when
 * the keys must match what other code already writes: a date-time pattern instead of Dynamap's
 * fixed-width ISO-8601, or text without Dynamap's percent-escaping. It changes the keys only; a
 * field stored as an attribute of its own keeps its usual form there.
 *
 * <pre>{@code
 * @Item(table = ShopTable.class, type = "order", partition = "CUSTOMER#{customerId}",
 *     sort = "ORDER#{placedAt}")
 * record Order(
 *     @KeyFormat(escape = false) String customerId,
 *     @KeyFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime placedAt) {}
 * }</pre>
 *
 * <p>A field with a {@code @Convert} converter is written into keys as the converter's string
 * ({@code S}) output, as it is: no escaping, no pattern.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface KeyFormat {
  /**
   * A {@code java.time.format.DateTimeFormatter} pattern for an {@code Instant} (written in UTC),
   * {@code LocalDate} or {@code LocalDateTime} field, such as {@code yyyy-MM-dd'T'HH:mm:ss}.
   * A value the pattern cannot write exactly (a time with nanoseconds when the pattern has
   * seconds) is refused before anything is sent, so a key never silently changes a value. Only a
   * pattern of fixed-width numeric fields from the largest unit down ({@code yyyy MM dd HH mm ss
   * S…}) sorts like the values: others cannot come before the sort key's last field, and as that
   * last field get no typed sort conditions.
   *
   * @return the pattern; {@code ""} (the default) keeps Dynamap's fixed-width ISO-8601 form
   */
  String pattern() default "";

  /**
   * Whether text ({@code String}, enum, UUID) is percent-escaped in keys ({@code #} as {@code
   * %23}), as by default. {@code false} writes it as it is, as most hand-written single-table code
   * does; then a value containing the literal text that follows it in a template (its separator)
   * is refused before anything is sent, since it could not be read back from the key.
   *
   * @return {@code true} (the default) to escape unless the table says {@link
   *     SingleTable#escapeKeys()} {@code = false}; {@code false} never to escape this field
   */
  boolean escape() default true;
}
