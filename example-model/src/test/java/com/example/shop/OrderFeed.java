package com.example.shop;

import io.dynamap.annotations.Repository;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

// tag::order-feed[]
@Repository
public interface OrderFeed {
  Flow.Publisher<Order> findByCustomerId(String customerId);                 // pages on demand
  CompletableFuture<List<Order>> findByCustomerIdAndPlacedAtBetween(
      String customerId, Instant from, Instant to);
  CompletableFuture<Optional<Order>> findByCustomerIdAndPlacedAt(String customerId, Instant at);
  CompletableFuture<Order> getByCustomerIdAndPlacedAt(String customerId, Instant at); // or null
  CompletableFuture<Optional<Order>> findFirstByCustomerIdOrderByPlacedAtDesc(String customerId);
  CompletableFuture<Page<Order>> findByCustomerIdAndGiftWrappedTrue(String id, PageRequest page);
  CompletableFuture<Long> countByCustomerId(String customerId);
  CompletableFuture<Boolean> existsByCustomerIdAndPlacedAt(String customerId, Instant at);
  CompletableFuture<Void> deleteByCustomerIdAndPlacedAt(String customerId, Instant at);
  Flow.Publisher<Order> scanByItemCountGreaterThan(int items);
  long deleteByCustomerIdAndPlacedAtBefore(String customerId, Instant before); // blocking
}
// end::order-feed[]
