package io.dynamap.example.it.projection;

import io.dynamap.annotations.Projection;
import io.dynamap.example.Order;
import java.math.BigDecimal;
import java.time.Instant;

// tag::projection[]
@Projection(Order.class)
public record OrderSummary(String customerId, Instant placedAt, BigDecimal total) {}
// end::projection[]
