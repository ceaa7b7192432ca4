package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import java.time.LocalDateTime;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key conditions for queries on {@link CustomerActivity}: {@link #partition} reads a whole item collection of index {@code GSI2}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class CustomerActivityKeys {
    private static final String ENTITY_NAME = "CustomerActivity";

    private CustomerActivityKeys() {
    }

    /**
     * Every item of the partition {@code c#&#123;customerId&#125;} of index {@code GSI2} composed from these fields, of every member type, in sort key order. A filter on {@code EntityType} keeps the members' types: other types in the partition are skipped, and a page may hold fewer items than were read.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String customerId) {
        return new Partition(InvoiceSchema.composeGSI2PartitionKey(customerId));
    }

    /**
     * A whole partition of index {@code GSI2}: every member's items, usable as it is or narrowed by {@code date}, the last field of the sort key every member composes alike.
     */
    public static final class Partition extends KeyCondition<CustomerActivity> {
        private Partition(String key) {
            super("GSI2", "GSI2-PK", AttributeValue.fromS(key), "EntityType", List.<String>of(InvoiceSchema.TYPE, OrderItemSchema.TYPE));
        }

        /**
         * Conditions on {@code date}, the last field of the sort key {@code &#123;date&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<CustomerActivity, LocalDateTime> date() {
            return new DateCondition(this, "");
        }
    }

    private static final class DateCondition extends TemplateTextSortKeyCondition<CustomerActivity, LocalDateTime> {
        DateCondition(KeyCondition<CustomerActivity> partition, String prefix) {
            super(partition, "GSI2-SK", prefix, "date");
        }

        @Override
        protected String encode(LocalDateTime date) {
            return KeyParts.dateTime(KeyParts.require(date, ENTITY_NAME, "date"), "date");
        }
    }
}
