package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a table that several entity types share (single-table design): its name and its
 * physical key attributes, once. Put it on an otherwise empty interface; entities point to it with
 * {@link Item#table()} and say how their fields compose these keys.
 *
 * <pre>{@code
 * @SingleTable(name = "Shop", indexes = @SingleTable.GlobalIndex(name = "gsi1"))
 * public interface ShopTable {}
 * }</pre>
 *
 * <p>Every key attribute is a string. Each item also stores its entity type in {@link
 * #typeAttribute()}, so that it is always read as the type it was written as.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SingleTable {
  /**
   * The table name.
   *
   * @return 3 to 255 characters among {@code a-z A-Z 0-9 _ - .}
   */
  String name();

  /**
   * The partition key attribute, a string holding the composed partition key.
   *
   * @return the attribute name; {@code pk} by default
   */
  String partitionKey() default "pk";

  /**
   * The sort key attribute, a string holding the composed sort key.
   *
   * @return the attribute name; {@code sk} by default
   */
  String sortKey() default "sk";

  /**
   * The attribute holding each item's entity type ({@link Item#type()}).
   *
   * @return the attribute name; {@code _type} by default
   */
  String typeAttribute() default "_type";

  /**
   * Whether text fields ({@code String}, enum, UUID) are percent-escaped in composed keys ({@code
   * #} as {@code %23}, also {@code %} and control characters), so that any value can be read back.
   * Tables written by other code usually hold text as it is: {@code false} writes it so for every
   * entity of the table, and refuses, before anything is sent, a value containing the literal
   * text that follows it in a template (its separator). {@link KeyFormat#escape()} turns escaping
   * off for one field.
   *
   * @return {@code true} (the default) to escape
   */
  boolean escapeKeys() default true;

  /**
   * The global secondary indexes, each with its own string key attributes.
   *
   * @return the indexes; none by default
   */
  GlobalIndex[] indexes() default {};

  /**
   * A global secondary index of the table, projecting every attribute, whose keys entities
   * compose with {@link IndexKeys}. Several entity types can use one index for different access
   * patterns (an overloaded index).
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface GlobalIndex {
    /**
     * The index name.
     *
     * @return 3 to 255 characters among {@code a-z A-Z 0-9 _ - .}
     */
    String name();

    /**
     * The index's partition key attribute.
     *
     * @return the attribute name; {@code ""} (the default) means the index name followed by
     *     {@code pk}
     */
    String partitionKey() default "";

    /**
     * The index's sort key attribute.
     *
     * @return the attribute name; {@code ""} (the default) means the index name followed by
     *     {@code sk}
     */
    String sortKey() default "";
  }
}
