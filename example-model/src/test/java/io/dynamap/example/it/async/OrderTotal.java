package io.dynamap.example.it.async;

import com.example.shop.Order;
import io.dynamap.annotations.Projection;
import java.math.BigDecimal;
import java.time.Instant;

/** The key and total of an order, for the async repository methods that return a projection. */
@Projection(Order.class)
public record OrderTotal(String customerId, Instant placedAt, BigDecimal total) {}
