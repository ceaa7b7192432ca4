package io.dynamap.example.onlineshop;

import io.dynamap.annotations.ItemCollection;

/**
 * Get shipment detail for a given shipmentId: the shipment ({@code GSI1-SK = sh#…}) and its items
 * ({@code GSI1-SK = p#…}) in one query on {@code GSI1}.
 */
// tag::index-collection[]
@ItemCollection(value = OnlineShop.class, index = "GSI1")
public sealed interface ShipmentDetails permits Shipment, ShipmentItem {}
// end::index-collection[]
