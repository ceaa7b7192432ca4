package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures how one attribute is stored. Every non-static, non-transient field (or record
 * component) is an attribute already; this annotation is needed only to change its stored name or
 * how a null value is stored.
 *
 * <p>Goes on a record component, a field, or the field's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Attribute {
  /**
   * The attribute's name in the stored item. Leave it out to store the attribute under its Java
   * property name; {@code name = ""} written out is a compile error. Stored names must be unique
   * within an entity.
   *
   * @return the stored attribute name, or {@code ""} (the default) for the Java property name
   */
  String name() default "";

  /**
   * Whether a null value of this attribute is stored as DynamoDB {@code NULL} rather than left
   * out, whatever the entity's {@code storeNulls} says.
   *
   * @return {@code true} to store a null as {@code NULL}; {@code false} (the default) follows the
   *     entity's {@code storeNulls}
   */
  boolean storeNull() default false;
}
