package com.example.legacy;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.TemplatePartition;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Stock} in its single table: start with {@link #partition}, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code stock} items.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class StockKeys {
    private static final String ENTITY_NAME = "Stock";

    private StockKeys() {
    }

    /**
     * The {@code stock} items in the partition composed from these fields; read them with {@link Partition#all()}.
     *
     * @param warehouse a field of the partition key
     * @param row a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String warehouse, String row) {
        return new Partition(StockSchema.composePartitionKey(warehouse, row));
    }

    /**
     * A partition seen from {@link Stock}: {@link #all()} reads its {@code stock} items.
     */
    public static final class Partition extends TemplatePartition<Stock> {
        private Partition(String key) {
            super(null, "PK", key, "SK", "STOCK#", false);
        }
    }
}
