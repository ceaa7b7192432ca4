package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Item;

/** Get warehouse for a given warehouseId: {@code PK = SK = w#12345}. */
@Item(table = OnlineShop.class, type = "warehouse", partition = "w#{warehouseId}", sort = "w#{warehouseId}",
    storeKeyFields = false)
public record Warehouse(String warehouseId, @Attribute(name = "Address") Address address) {}
