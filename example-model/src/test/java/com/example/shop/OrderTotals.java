package com.example.shop;

import io.dynamap.annotations.Repository;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

// tag::async-projections[]
@Repository(Order.class)
public interface OrderTotals {
  Flow.Publisher<OrderTotal> findByCustomerId(String customerId);
  CompletableFuture<List<OrderTotal>> findByCustomerIdAndPlacedAtAfter(String id, Instant after);
  CompletableFuture<Optional<OrderTotal>> findByCustomerIdAndPlacedAt(String id, Instant at);
  CompletableFuture<OrderTotal> getByCustomerIdAndPlacedAt(String id, Instant at); // or null
  CompletableFuture<Page<OrderTotal>> findByCustomerIdAndGiftWrappedTrue(String id, PageRequest p);
  Flow.Publisher<OrderTotal> scanByItemCountGreaterThan(int items);
}
// end::async-projections[]
