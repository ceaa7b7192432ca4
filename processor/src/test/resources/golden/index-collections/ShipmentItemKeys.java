package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import io.dynamap.runtime.schema.SecondaryIndex;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link ShipmentItem} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code shipmentItem} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code EntityType = "shipmentItem"}: it returns only {@code shipmentItem} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentItemKeys {
    private static final String ENTITY_NAME = "ShipmentItem";

    /**
     * The global index {@code GSI1}, to scan: {@code repository.scan(ShipmentItemKeys.BY_SHIPMENT)}.
     */
    public static final SecondaryIndex<ShipmentItem> BY_SHIPMENT = new SecondaryIndex<ShipmentItem>("GSI1", true);

    private ShipmentItemKeys() {
    }

    /**
     * The {@code shipmentItem} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code shipmentItemId}.
     *
     * @param orderId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String orderId) {
        return new Partition(ShipmentItemSchema.composePartitionKey(orderId));
    }

    /**
     * The {@code shipmentItem} items in the partition of index {@code GSI1} composed from these fields; read them with {@link ByShipment#all()} or narrow by {@code productId}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param shipmentId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static ByShipment byShipment(String shipmentId) {
        return new ByShipment(ShipmentItemSchema.composeGSI1PartitionKey(shipmentId));
    }

    /**
     * A partition seen from {@link ShipmentItem}: {@link #all()} reads its {@code shipmentItem} items.
     */
    public static final class Partition extends TemplatePartition<ShipmentItem> {
        private Partition(String key) {
            super(null, "PK", key, "SK", "shp#", false);
        }

        /**
         * Conditions on {@code shipmentItemId}, the last field of the sort key {@code shp#&#123;shipmentItemId&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<ShipmentItem, String> shipmentItemId() {
            return new ShipmentItemIdCondition(this, "shp#");
        }
    }

    private static final class ShipmentItemIdCondition extends TemplateTextSortKeyCondition<ShipmentItem, String> {
        ShipmentItemIdCondition(TemplatePartition<ShipmentItem> partition, String prefix) {
            super(partition, prefix, "shipmentItemId");
        }

        @Override
        protected String encode(String shipmentItemId) {
            return KeyParts.text(KeyParts.require(shipmentItemId, ENTITY_NAME, "shipmentItemId"));
        }
    }

    /**
     * A partition of index {@code GSI1} seen from {@link ShipmentItem}: {@link #all()} reads its {@code shipmentItem} items (a filter on {@code EntityType} keeps them).
     */
    public static final class ByShipment extends TemplatePartition<ShipmentItem> {
        private ByShipment(String key) {
            super("GSI1", "GSI1-PK", key, "GSI1-SK", "p#", false, "EntityType", "shipmentItem");
        }

        /**
         * Conditions on {@code productId}, the last field of the sort key {@code p#&#123;productId&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<ShipmentItem, String> productId() {
            return new ByShipmentProductIdCondition(this, "p#");
        }
    }

    private static final class ByShipmentProductIdCondition extends TemplateTextSortKeyCondition<ShipmentItem, String> {
        ByShipmentProductIdCondition(TemplatePartition<ShipmentItem> partition, String prefix) {
            super(partition, prefix, "productId");
        }

        @Override
        protected String encode(String productId) {
            return KeyParts.text(KeyParts.require(productId, ENTITY_NAME, "productId"));
        }
    }
}
