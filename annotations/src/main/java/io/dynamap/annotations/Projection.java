package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a typed projection of an entity: a read returns only the attributes its
 * components name ({@code ProjectionExpression}), decoded into the record. An immutable class with
 * one constructor (not private) works as well: its parameters are the components.
 *
 * <pre>{@code
 * @Projection(Order.class)
 * public record OrderSummary(String customerId, Instant placedAt, BigDecimal total) {}
 *
 * List<OrderSummary> summaries =
 *     orders.query(OrderKeys.partition("c-1")).project(OrderSummarySchema.INSTANCE).stream().toList();
 * }</pre>
 *
 * <p>Each component names an attribute of the entity by its Java name and has the attribute's
 * Java type; the processor checks both at compile time. The stored names follow the entity's
 * mapping ({@link Attribute} renames included); a {@link Document} attribute is read whole. An
 * attribute the item lacks reads as it does for the entity: {@code null}, zero, {@code false}, or
 * an empty set or optional. For a projection {@code OrderSummary}, the processor writes {@code
 * OrderSummarySchema} into the same package.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Projection {
  /**
   * The entity whose attributes the projection reads.
   *
   * @return a {@link Table} or {@link Item} class
   */
  Class<?> value();
}
