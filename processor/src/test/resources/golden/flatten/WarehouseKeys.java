package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.AttributeCodecs;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Warehouse}: start with {@link #partition}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class WarehouseKeys {
    private static final String ENTITY_NAME = "Warehouse";

    private WarehouseKeys() {
    }

    /**
     * The items whose partition key {@code id} equals the given value.
     *
     * @param id the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(String id) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.<String>requireKey(id, ENTITY_NAME, "id")));
    }

    /**
     * A condition on the partition key {@code id}.
     */
    public static final class Partition extends KeyCondition<Warehouse> {
        private Partition(AttributeValue value) {
            super(null, "id", value);
        }
    }
}
