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
 *
 * <p><b>On an index.</b> With {@link #index()}, the collection is a partition of one of the table's
 * global indexes: the members compose that index's keys ({@link IndexKeys}) from one partition
 * template, and one query on the index returns every member, each decoded as its own type. An
 * entity may belong to several collections, of the table and of indexes (a sealed interface is
 * one of the interfaces a record implements):
 *
 * <pre>{@code
 * @IndexKeys(index = "GSI1", partition = "sh#{shipmentId}", sort = "sh#{shipmentId}")
 * record Shipment(...) implements OrderDetail, ShipmentDetail {}
 * @IndexKeys(index = "GSI1", partition = "sh#{shipmentId}", sort = "p#{productId}")
 * record ShipmentItem(...) implements OrderDetail, ShipmentDetail {}
 *
 * @ItemCollection(value = OnlineShop.class, index = "GSI1")
 * sealed interface ShipmentDetail permits Shipment, ShipmentItem {}
 *
 * shipmentDetails.query(ShipmentDetailKeys.partition("98765"))   // the shipment and its items
 * }</pre>
 *
 * <p>An index is often overloaded: members may share one sort key format, such as invoices and
 * order items both by {@code {date}}, so that one range reads both types. Their sort keys then
 * overlap, which the processor refuses unless the collection says it filters on the type
 * attribute ({@link #typeFilter()}); such a collection's keys also offer ranges over the shared
 * format's last field ({@code CustomerActivityKeys.partition(c).date().between(from, to)}).
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

  /**
   * The global index whose partition the members share, or {@code ""} (the default) for the
   * table's own partition. Every member composes this index's keys with {@link IndexKeys}.
   *
   * @return an index declared by {@link SingleTable#indexes()}, or {@code ""}
   */
  String index() default "";

  /**
   * Whether every query of the collection also filters on the table's type attribute, keeping
   * the members' types ({@code EntityType IN ("invoice", "orderItem")}): required where members'
   * sort keys overlap on an index (a shared format, such as a date), and useful wherever other
   * types may share the partition, which then are skipped instead of failing the read. As with
   * any filter, capacity is consumed for every item read, and a request may return fewer items
   * than it read. On the table's own partition, members' sort key prefixes must still be apart,
   * since each member's own queries select by them.
   *
   * @return {@code false} by default
   */
  boolean typeFilter() default false;
}
