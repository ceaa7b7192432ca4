package io.dynamap.example;

import io.dynamap.annotations.Projection;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Three attributes of an order, read alone: queries, scans and gets of it send a {@code
 * ProjectionExpression} naming only these, decoded by the generated {@code OrderSummarySchema}.
 *
 * @param customerId the customer, the order's partition key
 * @param placedAt when it was placed, its sort key
 * @param total its total
 */
// tag::projection[]
@Projection(Order.class)
public record OrderSummary(String customerId, Instant placedAt, BigDecimal total) {}
// end::projection[]
