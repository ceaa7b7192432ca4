package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an item stored in a DynamoDB table.
 *
 * <p>The class may be a record, an immutable class (a constructor whose parameters match the
 * attributes by name), or a mutable bean (a no-arg constructor plus setters). It must be a
 * top-level or static nested, non-abstract class. Exactly one attribute is annotated with
 * {@link PartitionKey}; at most one with {@link SortKey}.
 *
 * <p>For an entity {@code Order}, the annotation processor writes {@code OrderSchema},
 * {@code OrderKeys} and {@code OrderRepository} into the same package.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * The table's name: 3 to 255 characters among {@code a-z A-Z 0-9 _ - .}. Empty (the default)
   * means the class's simple name. A repository can override it at run time, for example per
   * environment.
   *
   * @return the table name, or {@code ""} for the class's simple name
   */
  String name() default "";

  /**
   * Whether null attributes (and empty {@code Optional}s) are stored as DynamoDB {@code NULL}
   * rather than left out of the item. Left out by default: it saves space and write capacity, and
   * reads the same. {@link Attribute#storeNull()} sets it for one attribute.
   *
   * @return {@code true} to store nulls as {@code NULL}; {@code false} (the default) leaves them
   *     out
   */
  boolean storeNulls() default false;
}
