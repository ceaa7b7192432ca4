package io.dynamap.example;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Index;
import io.dynamap.annotations.IndexPartitionKey;
import io.dynamap.annotations.IndexSortKey;
import io.dynamap.annotations.LocalIndexSortKey;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order, stored under its customer: all orders of one customer share a partition and are
 * sorted by the time they were placed, so "this customer's orders in March" is one query. The
 * global index {@code byStatus} finds every customer's orders in one status by total; the local
 * index {@code byTotal} sorts one customer's orders by total.
 *
 * @param customerId the customer who placed it
 * @param placedAt when it was placed
 * @param orderId a globally unique id
 * @param status where it is in its life (stored as {@code status}, a DynamoDB reserved word)
 * @param total the amount to pay, exact
 * @param itemCount how many items it holds
 * @param giftWrapped whether it is wrapped as a gift
 * @param note an optional note from the customer
 * @param lines what was ordered: a list of documents
 */
@Table(name = "Orders")
@Index(name = "byStatus", projection = Index.Projection.INCLUDE, include = {"orderId", "itemCount"})
public record Order(
    @PartitionKey String customerId,
    @SortKey Instant placedAt,
    UUID orderId,
    @Attribute(name = "status") @IndexPartitionKey("byStatus") OrderStatus status,
    @IndexSortKey("byStatus") @LocalIndexSortKey("byTotal") BigDecimal total,
    int itemCount,
    boolean giftWrapped,
    String note,
    List<OrderLine> lines) {

  /** An order without lines, as before lines were recorded. */
  public Order(
      String customerId,
      Instant placedAt,
      UUID orderId,
      OrderStatus status,
      BigDecimal total,
      int itemCount,
      boolean giftWrapped,
      String note) {
    this(customerId, placedAt, orderId, status, total, itemCount, giftWrapped, note, List.of());
  }
}
