package io.dynamap.example;

import io.dynamap.annotations.Repository;
import io.dynamap.annotations.UsingIndex;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ways the shop reads orders, declared by name; the processor checks each against {@link
 * Order}'s keys and indexes and writes {@code OrderStoreImpl}. A method that DynamoDB could not
 * answer with a query, such as {@code findByTotal(BigDecimal)}, does not compile.
 */
@Repository
public interface OrderStore {
  /** A customer's orders, oldest first. */
  Stream<Order> findByCustomerId(String customerId);

  /** A customer's orders placed in {@code [from, to]}. */
  List<Order> findByCustomerIdAndPlacedAtBetween(String customerId, Instant from, Instant to);

  /** One order, by its primary key. */
  Optional<Order> findByCustomerIdAndPlacedAt(String customerId, Instant placedAt);

  /** One order, by its primary key, or null if there is none. */
  Order getByCustomerIdAndPlacedAt(String customerId, Instant placedAt);

  /** A customer's orders whose stored time starts with a prefix, such as {@code "2026-03"}. */
  Stream<Order> findByCustomerIdAndPlacedAtStartingWith(String customerId, String prefix);

  /** A customer's ten latest orders. */
  Stream<Order> findTop10ByCustomerIdOrderByPlacedAtDesc(String customerId);

  /** A customer's latest order, if any. */
  Optional<Order> findFirstByCustomerIdOrderByPlacedAtDesc(String customerId);

  /** A page of every customer's orders in one status, by total: through the index byStatus. */
  Page<Order> findByStatus(OrderStatus status, PageRequest page);

  /** A customer's orders by total, largest first: through the local index byTotal. */
  Stream<Order> findByCustomerIdOrderByTotalDesc(String customerId);

  /** A customer's orders above an amount: a key condition on the local index byTotal. */
  Stream<Order> findByCustomerIdAndTotalGreaterThan(String customerId, BigDecimal min);

  /** A customer's orders of many items: {@code itemCount} is no key, so it is a filter. */
  Stream<Order> findByCustomerIdAndItemCountGreaterThanEqual(String customerId, int minItems);

  /** A customer's orders in one of some statuses, with a note: two filters. */
  List<Order> findByCustomerIdAndStatusInAndNoteExists(
      String customerId, Collection<OrderStatus> statuses);

  /** How many orders a customer placed. */
  long countByCustomerId(String customerId);

  /** Whether this order exists. */
  boolean existsByCustomerIdAndPlacedAt(String customerId, Instant placedAt);

  /** Deletes one order. */
  void deleteByCustomerIdAndPlacedAt(String customerId, Instant placedAt);

  /** Deletes a customer's orders placed before a time; returns how many. */
  long deleteByCustomerIdAndPlacedAtBefore(String customerId, Instant before);

  /**
   * Orders in a status for one customer, through the global index: {@code status} is its key,
   * {@code customerId} a filter. Without {@code @UsingIndex} the table's key would be chosen.
   */
  @UsingIndex("byStatus")
  Stream<Order> findByStatusAndCustomerId(OrderStatus status, String customerId);

  /** Every gift-wrapped order of every customer: a scan of the whole table. */
  Stream<Order> scanByGiftWrappedTrue();

  /** A customer's ten latest orders. */
  default Stream<Order> recent(String customerId) {
    return findTop10ByCustomerIdOrderByPlacedAtDesc(customerId);
  }
}
