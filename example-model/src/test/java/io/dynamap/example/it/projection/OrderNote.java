package io.dynamap.example.it.projection;

import io.dynamap.annotations.Projection;
import io.dynamap.example.Order;
import io.dynamap.example.OrderLine;
import java.time.Instant;
import java.util.List;

/** Attributes the index byStatus does not hold (note, lines), and a list of documents. */
@Projection(Order.class)
public record OrderNote(String customerId, Instant placedAt, String note, List<OrderLine> lines) {}
