package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that is a global secondary index's sort key. Repeat it for an attribute that keys several indexes. The
 * attribute's type must be stored as a DynamoDB string, number or binary.
 *
 * <p>Goes on a record component, a field, or the field's getter. See {@link Index} to choose
 * what the index projects.
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
