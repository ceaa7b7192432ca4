package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an entity's access patterns as an interface whose abstract methods are named after
 * what they read; the processor checks each against the entity's keys and indexes at compile time
 * and writes the implementation, {@code OrderStoreImpl} beside {@code OrderStore}.
 *
 * <pre>{@code
 * @Repository
 * interface OrderStore {
 *   Stream<Order> findByCustomerId(String customerId);
 *   List<Order> findByCustomerIdAndPlacedAtBetween(String customerId, Instant from, Instant to);
 *   Optional<Order> findByCustomerIdAndPlacedAt(String customerId, Instant placedAt);
 *   Stream<Order> findTop10ByCustomerIdOrderByPlacedAtDesc(String customerId);
 *   Page<Order> findByStatus(OrderStatus status, PageRequest page);  // through index byStatus
 *   long countByCustomerId(String customerId);
 *   void deleteByCustomerIdAndPlacedAt(String customerId, Instant placedAt);
 * }
 *
 * OrderStore orders = new OrderStoreImpl(client);
 * }</pre>
 *
 * <p>A method name is a verb ({@code find}, {@code count}, {@code exists}, {@code delete} or
 * {@code scan}), then {@code By} and properties joined by {@code And}, each with an optional
 * operator, then an optional {@code OrderBy} on the sort key. A query must have an equality on the
 * partition key of the table or of an index; the processor picks the index (or use {@link
 * UsingIndex}). Default and static methods are left as they are. Every form is listed in the
 * repository documentation (docs/repository-interfaces.md).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
  /**
   * The {@code @Table} entity the methods read. Optional when the methods' return types name it
   * ({@code Stream<Order>}, {@code Optional<Order>}, …).
   *
   * @return the entity class; {@code void.class} (the default) means the one the return types name
   */
  Class<?> value() default void.class;
}
