package io.dynamap.example.it.projection;

import io.dynamap.annotations.Repository;
import io.dynamap.example.Order;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.OrderSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

// tag::projection-repository[]
@Repository(Order.class)
public interface OrderSummaries {
  List<OrderSummary> findByCustomerId(String customerId);

  Optional<OrderSummary> findByCustomerIdAndPlacedAt(String customerId, Instant placedAt);

  Stream<StatusSummary> findByStatus(OrderStatus status);
}
// end::projection-repository[]
