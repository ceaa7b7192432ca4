package io.dynamap.example.onlineshop;

import io.dynamap.annotations.ItemCollection;

/** A warehouse's shipments ({@code GSI2-SK = sh#…}) and inventory ({@code p#…}) in one query on GSI2. */
@ItemCollection(value = OnlineShop.class, index = "GSI2")
public sealed interface WarehouseActivity permits Shipment, WarehouseItem {}
