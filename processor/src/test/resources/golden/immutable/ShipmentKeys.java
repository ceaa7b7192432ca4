package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.ScalarSortKeys;
import io.dynamap.runtime.key.SortKeyCondition;
import io.dynamap.runtime.schema.AttributeCodecs;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Shipment}: start with {@link #partition}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentKeys {
    private static final String ENTITY_NAME = "Shipment";

    private ShipmentKeys() {
    }

    /**
     * The items whose partition key {@code shipmentId} equals the given value, in sort key order; narrow it with {@link Partition#leg()}.
     *
     * @param shipmentId the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(UUID shipmentId) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.<UUID>requireKey(shipmentId, ENTITY_NAME, "shipmentId").toString()));
    }

    /**
     * A condition on the partition key {@code shipmentId}, usable as it is or narrowed by the sort key.
     */
    public static final class Partition extends KeyCondition<Shipment> {
        private Partition(AttributeValue value) {
            super(null, "shipmentId", value);
        }

        /**
         * Conditions on the sort key {@code leg}: {@code eq, lt, le, gt, ge, between}.
         */
        public SortKeyCondition<Shipment, Integer> leg() {
            return ScalarSortKeys.<Shipment, Integer>number(this, "leg", ScalarAttributes.Kind.INT);
        }
    }
}
