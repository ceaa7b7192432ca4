package io.dynamap.example.it.async;

import com.example.shop.Order;
import io.dynamap.annotations.Repository;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Async {@code @Repository} methods that delete what a query reads: the async forms of the
 * blocking repository's {@code deleteBy…}, run by {@code OrderAsyncRepository.deleteAll}.
 */
// tag::async-cleanup[]
@Repository(Order.class)
interface OrderCleanup {
  CompletableFuture<Long> deleteByCustomerIdAndPlacedAtBefore(String customerId, Instant before);

  CompletableFuture<Void> deleteByCustomerId(String customerId);
}
// end::async-cleanup[]
