package io.dynamap.example.docs.repository;

import io.dynamap.annotations.Repository;
import io.dynamap.example.Order;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

// tag::order-store[]
@Repository
public interface OrderStore {
  Stream<Order> findByCustomerId(String customerId);
  List<Order> findByCustomerIdAndPlacedAtBetween(String customerId, Instant from, Instant to);
  Optional<Order> findByCustomerIdAndPlacedAt(String customerId, Instant placedAt);     // GetItem
  Stream<Order> findByCustomerIdAndPlacedAtStartingWith(String customerId, String prefix);
  Stream<Order> findTop10ByCustomerIdOrderByPlacedAtDesc(String customerId);           // Limit 10
  Optional<Order> findFirstByCustomerIdOrderByPlacedAtDesc(String customerId);
  Page<Order> findByStatus(OrderStatus status, PageRequest page);            // global index byStatus
  Stream<Order> findByCustomerIdOrderByTotalDesc(String customerId);         // local index byTotal
  Stream<Order> findByCustomerIdAndItemCountGreaterThanEqual(String customerId, int min); // filter
  long countByCustomerId(String customerId);                                 // Select=COUNT
  boolean existsByCustomerIdAndPlacedAt(String customerId, Instant placedAt);
  void deleteByCustomerIdAndPlacedAt(String customerId, Instant placedAt);   // DeleteItem
  long deleteByCustomerIdAndPlacedAtBefore(String customerId, Instant before); // query + batch deletes
  Stream<Order> scanByGiftWrappedTrue();                                     // Scan with a filter
  default Stream<Order> recent(String customerId) { return findTop10ByCustomerIdOrderByPlacedAtDesc(customerId); }
}
// end::order-store[]
