package com.example.shop;

import io.dynamap.annotations.Repository;
import java.time.Instant;
import java.util.List;

@Repository
public interface OrderStore {
  List<Order> findByCustomerIdAndPlacedAtBetween(String customerId, Instant from, Instant to);

  long countByCustomerId(String customerId);
}
