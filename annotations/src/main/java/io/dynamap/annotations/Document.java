package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class stored as a nested DynamoDB map ({@code M}) inside an entity or another document:
 * an address inside a customer, the lines of an order. The same construction rules as for
 * {@link Table} apply (record, immutable class, or bean); documents have no keys.
 *
 * <p>Documents may contain documents, lists, maps and sets, to any depth, and may be recursive (a
 * {@code Category} with {@code List<Category> children}). For a document {@code Address}, the
 * processor writes {@code AddressSchema} into the same package.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {
  /**
   * Whether null attributes are stored as DynamoDB {@code NULL} rather than left out.
   *
   * @return {@code true} to store nulls as {@code NULL}; {@code false} (the default) leaves them
   *     out of the map
   */
  boolean storeNulls() default false;
}
