package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an attribute through a user converter: a class implementing the runtime's {@code
 * io.dynamap.runtime.schema.AttributeConverter<T>}, where {@code T} is the attribute's type, with a
 * public no-arg constructor. Generated code creates it once and calls it directly.
 *
 * <pre>{@code
 * @Convert(MoneyConverter.class) Money total;
 * }</pre>
 *
 * <p>Goes on a record component, a field, or the field's getter. Not allowed on the keys of a
 * {@code @Table}; a field of an {@link Item}'s key templates may have one: the key then holds the
 * string ({@code S}) it writes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Convert {
  /**
   * The converter class.
   *
   * @return a class implementing {@code AttributeConverter<T>} for the annotated attribute's type
   *     {@code T}, with a public no-arg constructor; the processor reports any other class
   */
  Class<?> value();
}
