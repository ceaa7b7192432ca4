package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key conditions for queries on {@link ContactHistory}: {@link #partition} reads a whole item collection of index {@code GSI2}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ContactHistoryKeys {
    private static final String ENTITY_NAME = "ContactHistory";

    private ContactHistoryKeys() {
    }

    /**
     * Every item of the partition {@code c#&#123;customerId&#125;} of index {@code GSI2} composed from these fields, of every member type, in sort key order. A filter on {@code EntityType} keeps the members' types: other types in the partition are skipped, and a page may hold fewer items than were read.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String customerId) {
        return new Partition(VisitSchema.composeGSI2PartitionKey(customerId), customerId);
    }

    /**
     * A whole partition of index {@code GSI2}: every member's items, usable as it is or narrowed by {@code day}, the last field of the sort key every member composes alike.
     */
    public static final class Partition extends KeyCondition<ContactHistory> {
        private final String customerId;

        private Partition(String key, String customerId) {
            super("GSI2", "GSI2-PK", AttributeValue.fromS(key), "EntityType", List.<String>of(VisitSchema.TYPE, CallSchema.TYPE));
            this.customerId = customerId;
        }

        /**
         * Conditions on {@code day}, the last field of the sort key {@code c#&#123;customerId&#125;#&#123;day&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<ContactHistory, LocalDate> day() {
            return new DayCondition(this, KeyParts.compose("c#", KeyParts.text(KeyParts.require(customerId, ENTITY_NAME, "customerId")), "#"));
        }
    }

    private static final class DayCondition extends TemplateTextSortKeyCondition<ContactHistory, LocalDate> {
        DayCondition(KeyCondition<ContactHistory> partition, String prefix) {
            super(partition, "GSI2-SK", prefix, "day");
        }

        @Override
        protected String encode(LocalDate day) {
            return KeyParts.date(KeyParts.require(day, ENTITY_NAME, "day"), "day");
        }
    }
}
