package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity stored in a {@link SingleTable} beside other entity types, with keys composed from
 * its fields by templates: literal text and {@code {field}} placeholders.
 *
 * <pre>{@code
 * @Item(table = ShopTable.class, type = "ORDER",
 *     partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}")
 * public record Order(String customerId, Instant placedAt, OrderStatus status, ...) {}
 * }</pre>
 *
 * <p>Fields are written into keys so that string order is their order: integers fixed-width
 * (negative ones too), times as fixed-width ISO-8601, text with {@code #} and {@code %} escaped.
 * Placeholders may name {@code String}, enum, {@code UUID}, {@code int}, {@code long}, {@code
 * short}, {@code byte} (or their boxes), {@code Instant}, {@code LocalDate} and {@code
 * LocalDateTime} fields, and fields with a {@link Convert} converter; {@link KeyFormat} changes how
 * a field is written. Every field is also stored as an attribute of its own unless {@link
 * #storeKeyFields()} says otherwise; a field an item lacks is read back from its keys.
 *
 * <p>The last field of the sort template gets typed conditions ({@code placedAt().between(a, b)});
 * it must end the template, and fields before it must be fixed-width, so that key order is field
 * order. A last field whose key order is not known to be its order (a converter's output, a
 * {@link KeyFormat} pattern that is not fixed-width) gets no conditions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Item {
  /**
   * The table the entity is stored in.
   *
   * @return the interface annotated {@link SingleTable} that declares the table
   */
  Class<?> table();

  /**
   * The entity type stored in the table's type attribute of each item.
   *
   * @return the type name; {@code ""} (the default) means the class's simple name
   */
  String type() default "";

  /**
   * The partition key template.
   *
   * @return literal text and {@code {field}} placeholders, such as {@code CUSTOMER#{customerId}}
   */
  String partition();

  /**
   * The sort key template.
   *
   * @return literal text and {@code {field}} placeholders, such as {@code ORDER#{placedAt}}, or
   *     constant text ({@code PROFILE})
   */
  String sort();

  /**
   * Whether the fields of the key templates ({@link #partition()}, {@link #sort()} and {@link
   * IndexKeys}) are also stored as attributes of their own. With {@code false} the item holds
   * them only in its composed keys, as many existing tables do, and they are read back from the
   * keys; they are then no attributes: the generated metamodel has no constant for them, so
   * filters, conditions and updates cannot name them (change one with a put). Either way, a
   * template field missing from an item (written by other code) is read back from the keys.
   *
   * @return {@code true} (the default) to store them as attributes too
   */
  boolean storeKeyFields() default true;
}
