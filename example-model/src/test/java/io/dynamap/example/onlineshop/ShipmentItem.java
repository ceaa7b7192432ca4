package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;

/** A product in a shipment: in the order's partition ({@code SK = shp#…}), under its shipment on GSI1. */
@Item(table = OnlineShop.class, type = "shipmentItem", partition = "o#{orderId}", sort = "shp#{shipmentItemId}",
    storeKeyFields = false)
@IndexKeys(index = "GSI1", name = "byShipment", partition = "sh#{shipmentId}", sort = "p#{productId}")
public record ShipmentItem(
    String orderId,
    String shipmentItemId,
    String shipmentId,
    String productId,
    @Attribute(name = "Quantity") String quantity)
    implements OrderDetails, ShipmentDetails {}
