package io.dynamap.example.it.single;

import io.dynamap.annotations.Convert;
import io.dynamap.annotations.Item;

/** Stock of a product in a warehouse row: the product through its converter in the sort key. */
@Item(table = AdoptedTable.class, type = "stock", partition = "WAREHOUSE#{warehouse}#ROW#{row}",
    sort = "SKU#{sku}")
record Stock(String warehouse, int row, @Convert(SkuConverter.class) Sku sku, int count) {}
