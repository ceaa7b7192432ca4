package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key conditions for queries on {@link ShipmentDetails}: {@link #partition} reads a whole item collection of index {@code GSI1}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentDetailsKeys {
    private ShipmentDetailsKeys() {
    }

    /**
     * Every item of the partition {@code sh#&#123;shipmentId&#125;} of index {@code GSI1} composed from these fields, of every member type, in sort key order.
     *
     * @param shipmentId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String shipmentId) {
        return new Partition(ShipmentSchema.composeGSI1PartitionKey(shipmentId));
    }

    /**
     * A whole partition of index {@code GSI1}: every member's items.
     */
    public static final class Partition extends KeyCondition<ShipmentDetails> {
        private Partition(String key) {
            super("GSI1", "GSI1-PK", AttributeValue.fromS(key));
        }
    }
}
