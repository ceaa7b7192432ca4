package io.dynamap.example.docs;

import static io.dynamap.example.OrderAttributes.*;
import static io.dynamap.example.OrderStatus.*;

import io.dynamap.example.CustomerAttributes;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

class ConditionSnippets {
  void filtersAndConditions(
      OrderRepository orders, CustomerRepository customers, Order order, Order paid) {
    // tag::conditions[]
    List<Order> big = orders.query(OrderKeys.partition("c-001"))
        .filter(total.gt(new BigDecimal("100")).and(status.in(PAID, SHIPPED)))
        .limit(20)                                      // still exactly 20 matching items
        .stream().toList();
    orders.scan().filter(note.contains("door").or(lines.at(0).sku.beginsWith("GIFT-"))).stream();
    customers.scan().filter(CustomerAttributes.shippingAddress.city.eq("Lyon")).stream();
    orders.scan().filter(lines.size().ge(3).and(note.exists().not())).stream();

    orders.put(paid, status.eq(PLACED));               // only if it is still PLACED
    orders.delete(order, total.lt(new BigDecimal("50")));
    boolean created = orders.putIfAbsent(order);       // false if an item with its key exists
    // end::conditions[]
  }

  void failedCondition(OrderRepository orders, Order shipped) {
    // tag::condition-failed[]
    try {
      orders.put(shipped, status.eq(PAID));
    } catch (ConditionFailedException e) {
      Optional<Order> current = e.item(orders.schema());   // empty if there is no item with that key
    }
    // end::condition-failed[]
  }
}
