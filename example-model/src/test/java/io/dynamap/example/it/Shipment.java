package io.dynamap.example.it;

import io.dynamap.annotations.IndexPartitionKey;
import io.dynamap.annotations.IndexSortKey;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.time.Instant;

/** An entity with a global index whose partition and sort keys have two attributes each. */
// tag::multi-attribute-entity[]
@Table(name = "Shipments")
public record Shipment(
    @PartitionKey String shipmentId,
    @IndexPartitionKey(value = "byRegionAndTier", order = 1) String region,
    @IndexPartitionKey(value = "byRegionAndTier", order = 2) int tier,
    @IndexSortKey(value = "byRegionAndTier", order = 1) Instant placedAt,
    @IndexSortKey(value = "byRegionAndTier", order = 2) long weight,
    boolean fragile) {}
// end::multi-attribute-entity[]
