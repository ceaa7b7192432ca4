package com.example.shop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Table(name = "Orders")
public record Order(
    @PartitionKey String customerId,
    @SortKey Instant placedAt,
    UUID orderId,
    @Attribute(name = "status") OrderStatus status,
    BigDecimal total,
    int itemCount,
    boolean giftWrapped,
    String note) {}
