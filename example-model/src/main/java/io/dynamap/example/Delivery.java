package io.dynamap.example;

import io.dynamap.annotations.AtomicCounter;
import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.AutoUuid;
import io.dynamap.annotations.IndexPartitionKey;
import io.dynamap.annotations.IndexSortKey;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A delivery of an order. Dynamap generates its id, its creation time and its count of attempts;
 * the global index {@code byCarrierAndRegion} is keyed by two attributes on each side: a carrier
 * and a region, then a day and a time slot.
 */
@Table(name = "Deliveries")
public record Delivery(
    @PartitionKey @AutoUuid UUID deliveryId,
    String orderRef,
    @IndexPartitionKey(value = "byCarrierAndRegion", order = 1) String carrier,
    @IndexPartitionKey(value = "byCarrierAndRegion", order = 2) String region,
    @IndexSortKey(value = "byCarrierAndRegion", order = 1) LocalDate day,
    @IndexSortKey(value = "byCarrierAndRegion", order = 2) int slot,
    @AutoTimestamp(on = AutoTimestamp.When.CREATE) Instant createdAt,
    @AtomicCounter long attempts) {}
