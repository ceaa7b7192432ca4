package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;

/**
 * A product's stock in a warehouse: a product's inventory in every warehouse ({@code PK = p#…},
 * {@code SK begins_with w#}), and a warehouse's inventory of every product ({@code GSI2-PK = w#…},
 * {@code GSI2-SK begins_with p#}).
 */
@Item(table = OnlineShop.class, type = "warehouseItem", partition = "p#{productId}", sort = "w#{warehouseId}",
    storeKeyFields = false)
@IndexKeys(index = "GSI2", name = "byWarehouse", partition = "w#{warehouseId}", sort = "p#{productId}")
public record WarehouseItem(
    String productId, String warehouseId, @Attribute(name = "Quantity") String quantity)
    implements WarehouseActivity {}
