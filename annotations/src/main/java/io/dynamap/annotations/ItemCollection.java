package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sealed interface whose permitted {@link Item} entities share a partition: one query reads
 * them all, each item decoded as its own type.
 *
 * <pre>{@code
 * @ItemCollection(ShopTable.class)
 * public sealed interface CustomerItem permits Customer, Order, Address {}
 *
 * new CustomerItemRepository(client).query(CustomerItemKeys.partition("c-42")).stream()
 *     .forEach(item -> switch (item) {
 *       case Customer c -> ...;
 *       case Order o -> ...;
 *       case Address a -> ...;
 *     });
 * }</pre>
 *
 * <p>The members must compose the partition key from the same template, and no member's sort key
 * prefix may start another's, so that each type's items can also be read alone.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ItemCollection {
  /**
   * The table the members are stored in.
   *
   * @return the interface annotated {@link SingleTable}
   */
  Class<?> value();
}
