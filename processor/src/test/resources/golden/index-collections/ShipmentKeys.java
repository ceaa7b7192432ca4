package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import io.dynamap.runtime.schema.SecondaryIndex;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Shipment} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code shipment} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code EntityType = "shipment"}: it returns only {@code shipment} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentKeys {
    private static final String ENTITY_NAME = "Shipment";

    /**
     * The global index {@code GSI1}, to scan: {@code repository.scan(ShipmentKeys.BY_SHIPMENT)}.
     */
    public static final SecondaryIndex<Shipment> BY_SHIPMENT = new SecondaryIndex<Shipment>("GSI1", true);

    private ShipmentKeys() {
    }

    /**
     * The {@code shipment} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code shipmentId}.
     *
     * @param orderId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String orderId) {
        return new Partition(ShipmentSchema.composePartitionKey(orderId));
    }

    /**
     * The {@code shipment} items in the partition of index {@code GSI1} composed from these fields; read them with {@link ByShipment#all()} or narrow by {@code shipmentId}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param shipmentId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static ByShipment byShipment(String shipmentId) {
        return new ByShipment(ShipmentSchema.composeGSI1PartitionKey(shipmentId), shipmentId);
    }

    /**
     * A partition seen from {@link Shipment}: {@link #all()} reads its {@code shipment} items.
     */
    public static final class Partition extends TemplatePartition<Shipment> {
        private Partition(String key) {
            super(null, "PK", key, "SK", "sh#", false);
        }

        /**
         * Conditions on {@code shipmentId}, the last field of the sort key {@code sh#&#123;shipmentId&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Shipment, String> shipmentId() {
            return new ShipmentIdCondition(this, "sh#");
        }
    }

    private static final class ShipmentIdCondition extends TemplateTextSortKeyCondition<Shipment, String> {
        ShipmentIdCondition(TemplatePartition<Shipment> partition, String prefix) {
            super(partition, prefix, "shipmentId");
        }

        @Override
        protected String encode(String shipmentId) {
            return KeyParts.text(KeyParts.require(shipmentId, ENTITY_NAME, "shipmentId"));
        }
    }

    /**
     * A partition of index {@code GSI1} seen from {@link Shipment}: {@link #all()} reads its {@code shipment} items (a filter on {@code EntityType} keeps them).
     */
    public static final class ByShipment extends TemplatePartition<Shipment> {
        private final String shipmentId;

        private ByShipment(String key, String shipmentId) {
            super("GSI1", "GSI1-PK", key, "GSI1-SK", "sh#", false, "EntityType", "shipment");
            this.shipmentId = shipmentId;
        }

        /**
         * The items whose sort key {@code sh#&#123;shipmentId&#125;} is the one composed from this partition's {@code shipmentId}: the partition fixes the field, so it is not asked for again.
         *
         * @return a new key condition
         * @throws ItemMappingException if a field is null
         */
        public KeyCondition<Shipment> shipmentId() {
            return sortKeyEquals(KeyParts.compose("sh#", KeyParts.text(KeyParts.require(shipmentId, ENTITY_NAME, "shipmentId"))));
        }
    }
}
