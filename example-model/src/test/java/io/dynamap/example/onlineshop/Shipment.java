package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Convert;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.time.LocalDateTime;

/**
 * A shipment of an order: in the order's partition ({@code SK = sh#…}); with its items by
 * shipment id ({@code GSI1-PK = GSI1-SK = sh#98765}); a warehouse's shipments ({@code GSI2}).
 */
@Item(table = OnlineShop.class, type = "shipment", partition = "o#{orderId}", sort = "sh#{shipmentId}",
    storeKeyFields = false)
@IndexKeys(index = "GSI1", name = "byShipment", partition = "sh#{shipmentId}", sort = "sh#{shipmentId}")
@IndexKeys(index = "GSI2", name = "byWarehouse", partition = "w#{warehouseId}", sort = "sh#{shipmentId}")
public record Shipment(
    String orderId,
    String shipmentId,
    String warehouseId,
    @Attribute(name = "Address") Address address,
    @Attribute(name = "Type") String type,
    @Attribute(name = "Date") @Convert(PublishedDateTime.class) LocalDateTime date)
    implements OrderDetails, ShipmentDetails, WarehouseActivity {}
