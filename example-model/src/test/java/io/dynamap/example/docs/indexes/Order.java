package io.dynamap.example.docs.indexes;

import io.dynamap.annotations.Index;
import io.dynamap.annotations.IndexPartitionKey;
import io.dynamap.annotations.IndexSortKey;
import io.dynamap.annotations.LocalIndexSortKey;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;
import io.dynamap.example.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

// tag::indexed-order[]
@Table(name = "Orders")
@Index(name = "byStatus", projection = Index.Projection.INCLUDE, include = {"orderId", "itemCount"})
public record Order(
    @PartitionKey String customerId,
    @SortKey Instant placedAt,
    UUID orderId,
    @IndexPartitionKey("byStatus") OrderStatus status,
    @IndexSortKey("byStatus") @LocalIndexSortKey("byTotal") BigDecimal total,
    int itemCount) {}
// end::indexed-order[]
