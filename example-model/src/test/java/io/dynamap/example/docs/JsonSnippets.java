package io.dynamap.example.docs;

import io.dynamap.example.Order;
import io.dynamap.example.OrderSchema;

class JsonSnippets {
  Order roundTrip(Order order) {
    // tag::json-entity[]
    String json = OrderSchema.INSTANCE.toJson(order);      // {"customerId":"c-001","placedAt":…,"lines":[{"sku":…}]}
    Order again = OrderSchema.INSTANCE.fromJson(json);
    // end::json-entity[]
    return again;
  }
}
