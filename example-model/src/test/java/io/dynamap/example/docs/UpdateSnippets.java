package io.dynamap.example.docs;

import static io.dynamap.example.OrderAttributes.*;
import static io.dynamap.example.OrderStatus.*;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerAttributes;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.Order;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import java.util.Set;

class UpdateSnippets {
  Order update(
      OrderRepository orders, CustomerRepository customers, Order order, Customer customer,
      OrderLine extraLine) {
    // tag::update[]
    Order paid = orders.update(order)
        .set(status, PAID)                              // SET #a0 = :a0
        .remove(note)                                   // REMOVE
        .increment(itemCount, 1)                        // SET x = if_not_exists(x, 0) + 1
        .setIfNotExists(giftWrapped, false)             // SET x = if_not_exists(x, :v)
        .append(lines, extraLine)                       // SET x = list_append(if_not_exists(x, []), :v)
        .when(status.eq(PLACED))                        // ConditionExpression, same placeholders
        .execute();                                     // ALL_NEW: the item after the update
    customers.update(customer).add(CustomerAttributes.tags, Set.of("vip"))   // ADD to a set
        .delete(CustomerAttributes.tags, Set.of("new"))                      // DELETE from a set
        .whenExists().executeWithoutResult();
    // end::update[]
    return paid;
  }
}
