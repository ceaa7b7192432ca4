package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Flatten;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;

// tag::flatten-entity[]
/** Stored as customerId, deliveryId, ship_street, ship_city, ship_floor, name, phone, status. */
@Table(name = "Deliveries")
public record Delivery(
    @PartitionKey String customerId,
    @SortKey String deliveryId,
    @Flatten(prefix = "ship_") Place shipping,
    @Flatten Recipient recipient,
    String status) {}
// end::flatten-entity[]
