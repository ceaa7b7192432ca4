package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an {@link Item} entity composes the keys of one of its table's global indexes: the same
 * template language as {@link Item#partition()}. Items whose index fields are null are left out
 * of the index (a sparse index).
 *
 * <pre>{@code
 * @IndexKeys(index = "gsi1", partition = "STATUS#{status}", sort = "ORDER#{placedAt}")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexKeys.List.class)
public @interface IndexKeys {
  /**
   * The index whose keys this annotation composes.
   *
   * @return the index name, as declared by {@link SingleTable#indexes()}
   */
  String index();

  /**
   * The index partition key template.
   *
   * @return literal text and {@code {field}} placeholders, such as {@code STATUS#{status}}
   */
  String partition();

  /**
   * The index sort key template.
   *
   * @return literal text and {@code {field}} placeholders, such as {@code ORDER#{placedAt}}
   */
  String sort();

  /** Holds repeated {@code @IndexKeys}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The repeated annotations, in source order.
     *
     * @return the {@code @IndexKeys} annotations on the class
     */
    IndexKeys[] value();
  }
}
