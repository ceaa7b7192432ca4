package io.dynamap.example.it.async;

import com.example.shop.Order;
import io.dynamap.annotations.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Async {@code @Repository} methods that delete what a query reads and return projections: the
 * async forms of the blocking repository's {@code deleteBy…} and projected reads.
 */
// tag::async-cleanup[]
@Repository(Order.class)
interface OrderCleanup {
  CompletableFuture<Long> deleteByCustomerIdAndPlacedAtBefore(String customerId, Instant before);

  CompletableFuture<Void> deleteByCustomerId(String customerId);

  CompletableFuture<Optional<OrderTotal>> readTotalByCustomerIdAndPlacedAt(
      String customerId, Instant placedAt);

  CompletableFuture<List<OrderTotal>> findTotalsByCustomerId(String customerId);

  Flow.Publisher<OrderTotal> scanTotalsByItemCountGreaterThan(int items);
}
// end::async-cleanup[]
