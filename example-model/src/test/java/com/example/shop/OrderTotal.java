package com.example.shop;

import io.dynamap.annotations.Projection;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order's key and total, read alone.
 *
 * @param customerId the partition key
 * @param placedAt the sort key
 * @param total the order's total
 */
@Projection(Order.class)
public record OrderTotal(String customerId, Instant placedAt, BigDecimal total) {
  /** The projection of a whole order, to compare with what is read. */
  public static OrderTotal of(Order order) {
    return new OrderTotal(order.customerId(), order.placedAt(), order.total());
  }
}
