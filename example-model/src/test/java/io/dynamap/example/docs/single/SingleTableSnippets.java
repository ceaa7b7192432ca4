package io.dynamap.example.docs.single;

import static io.dynamap.example.OrderStatus.SHIPPED;

import io.dynamap.example.OrderStatus;
import java.time.Instant;

class SingleTableSnippets {
  void typedQueries(
      OrderRepository orders, CustomerRepository customers, Instant from, Instant to, Instant since) {
    // tag::single-table-queries[]
    orders.query(OrderKeys.partition("c-1").all());                          // begins_with(sk, "ORDER#")
    orders.query(OrderKeys.partition("c-1").placedAt().between(from, to));   // sk BETWEEN "ORDER#<from>" AND "ORDER#<to>"
    orders.query(OrderKeys.partition("c-1").placedAt().ge(since));           // sk BETWEEN "ORDER#<since>" AND "ORDER#" + U+10FFFF
    orders.query(OrderKeys.partition("c-1").placedAt().beginsWith("2026-03"));
    orders.query(OrderKeys.gsi1(OrderStatus.SHIPPED).all());                 // the overloaded index, for orders
    customers.query(CustomerKeys.gsi1("ada@example.com").all());             // the same index, for customers
    // end::single-table-queries[]
  }

  void updates(OrderRepository orders, Order order, Instant later) {
    // tag::single-table-updates[]
    orders.update(order).set(OrderAttributes.status, SHIPPED).execute();  // SET status, gsi1pk = "STATUS#SHIPPED", gsi1sk
    orders.update(order).set(OrderAttributes.placedAt, later);            // IllegalArgumentException: the primary key
    // end::single-table-updates[]
  }

  void collection(CustomerItemRepository items) {
    // tag::item-collection[]
    for (CustomerItem item : items.query(CustomerItemKeys.partition("c-1")).stream().toList()) {
      if (item instanceof Order o) {
        System.out.println("order of " + o.total());
      } else if (item instanceof Address a) {
        System.out.println("address in " + a.city());
      } else if (item instanceof Customer c) {
        System.out.println("profile of " + c.name());
      }
    }   // on Java 21: switch (item) { case Order o -> …; case Address a -> …; case Customer c -> …; }
    // end::item-collection[]
  }
}
