package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import io.dynamap.runtime.schema.SecondaryIndex;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link OrderItem} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code orderItem} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code EntityType = "orderItem"}: it returns only {@code orderItem} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class OrderItemKeys {
    private static final String ENTITY_NAME = "OrderItem";

    /**
     * The global index {@code GSI2}, to scan: {@code repository.scan(OrderItemKeys.BY_CUSTOMER)}.
     */
    public static final SecondaryIndex<OrderItem> BY_CUSTOMER = new SecondaryIndex<OrderItem>("GSI2", true);

    private OrderItemKeys() {
    }

    /**
     * The {@code orderItem} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code productId}.
     *
     * @param orderId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String orderId) {
        return new Partition(OrderItemSchema.composePartitionKey(orderId));
    }

    /**
     * The {@code orderItem} items in the partition of index {@code GSI2} composed from these fields; read them with {@link ByCustomer#all()} or narrow by {@code date}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static ByCustomer byCustomer(String customerId) {
        return new ByCustomer(OrderItemSchema.composeGSI2PartitionKey(customerId));
    }

    /**
     * A partition seen from {@link OrderItem}: {@link #all()} reads its {@code orderItem} items.
     */
    public static final class Partition extends TemplatePartition<OrderItem> {
        private Partition(String key) {
            super(null, "PK", key, "SK", "p#", false);
        }

        /**
         * Conditions on {@code productId}, the last field of the sort key {@code p#&#123;productId&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<OrderItem, String> productId() {
            return new ProductIdCondition(this, "p#");
        }
    }

    private static final class ProductIdCondition extends TemplateTextSortKeyCondition<OrderItem, String> {
        ProductIdCondition(TemplatePartition<OrderItem> partition, String prefix) {
            super(partition, prefix, "productId");
        }

        @Override
        protected String encode(String productId) {
            return KeyParts.text(KeyParts.require(productId, ENTITY_NAME, "productId"));
        }
    }

    /**
     * A partition of index {@code GSI2} seen from {@link OrderItem}: {@link #all()} reads its {@code orderItem} items (a filter on {@code EntityType} keeps them).
     */
    public static final class ByCustomer extends TemplatePartition<OrderItem> {
        private ByCustomer(String key) {
            super("GSI2", "GSI2-PK", key, "GSI2-SK", "", false, "EntityType", "orderItem");
        }

        /**
         * Conditions on {@code date}, the last field of the sort key {@code &#123;date&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<OrderItem, LocalDateTime> date() {
            return new ByCustomerDateCondition(this, "");
        }
    }

    private static final class ByCustomerDateCondition extends TemplateTextSortKeyCondition<OrderItem, LocalDateTime> {
        ByCustomerDateCondition(TemplatePartition<OrderItem> partition, String prefix) {
            super(partition, prefix, "date");
        }

        @Override
        protected String encode(LocalDateTime date) {
            return KeyParts.dateTime(KeyParts.require(date, ENTITY_NAME, "date"), "date");
        }
    }
}
