package io.dynamap.example.it.projection;

import io.dynamap.annotations.Projection;
import io.dynamap.example.Order;
import io.dynamap.example.OrderStatus;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the index byStatus holds: its keys (status is stored as "status", a reserved word), and
 * the attributes it includes; itemCount is a primitive.
 */
@Projection(Order.class)
public record StatusSummary(OrderStatus status, BigDecimal total, UUID orderId, int itemCount) {}
