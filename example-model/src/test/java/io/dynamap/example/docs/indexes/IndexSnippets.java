package io.dynamap.example.docs.indexes;

import io.dynamap.example.OrderStatus;
import java.math.BigDecimal;

class IndexSnippets {
  void query(OrderRepository orders, BigDecimal low, BigDecimal high) {
    // tag::index-queries[]
    orders.query(OrderKeys.byStatus(OrderStatus.SHIPPED).total().ge(new BigDecimal("100"))).stream();   // global index
    orders.query(OrderKeys.byTotal("c-001").total().between(low, high)).stream();                       // local index
    // end::index-queries[]
  }
}
