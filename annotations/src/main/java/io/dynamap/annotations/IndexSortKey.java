package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that is a global secondary index's sort key, or one of its attributes (see
 * {@link #order()}). Repeat it for an attribute that keys several indexes. The
 * attribute's type must be stored as a DynamoDB string, number or binary.
 *
 * <p>Goes on a record component, a field, or the field's getter. See {@link Index} to choose
 * what the index projects.
 *
 * <p>A global index's sort key may be made of up to four attributes, each stored with its own
 * type (a multi-attribute key): give each its place in the key with {@link #order()}, from 1. The
 * generated key builder then takes every partition attribute, and the sort attributes left to
 * right, a range only on the last one given.
 *
 * <pre>{@code
 * @Table(name = "Orders")
 * public record Order(
 *     @PartitionKey String orderId,
 *     @IndexPartitionKey(value = "byRegionAndTier", order = 1) String region,
 *     @IndexPartitionKey(value = "byRegionAndTier", order = 2) int tier,
 *     @IndexSortKey(value = "byRegionAndTier", order = 1) Instant placedAt,
 *     @IndexSortKey(value = "byRegionAndTier", order = 2) long total) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(IndexSortKey.List.class)
public @interface IndexSortKey {
  /**
   * The index this attribute is a key of.
   *
   * @return the index name: 3 to 255 characters among {@code a-z A-Z 0-9 _ - .}
   */
  String value();

  /**
   * This attribute's place in a multi-attribute sort key of a global index: 1 for the first,
   * up to 4. Every attribute of such a key gives its place, each place once, without gaps.
   *
   * @return the place, from 1; 0 (the default) for the only sort key attribute of the index
   */
  int order() default 0;

  /** Holds repeated {@code @IndexSortKey} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
  @interface List {
    /**
     * The repeated annotations, in source order.
     *
     * @return the {@code @IndexSortKey} annotations on the attribute
     */
    IndexSortKey[] value();
  }
}
