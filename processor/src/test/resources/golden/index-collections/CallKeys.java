package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import io.dynamap.runtime.schema.SecondaryIndex;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Call} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code call} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code EntityType = "call"}: it returns only {@code call} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class CallKeys {
    private static final String ENTITY_NAME = "Call";

    /**
     * The global index {@code GSI2}, to scan: {@code repository.scan(CallKeys.GSI2)}.
     */
    public static final SecondaryIndex<Call> GSI2 = new SecondaryIndex<Call>("GSI2", true);

    private CallKeys() {
    }

    /**
     * The {@code call} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code callId}.
     *
     * @param callId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String callId) {
        return new Partition(CallSchema.composePartitionKey(callId), callId);
    }

    /**
     * The {@code call} items in the partition of index {@code GSI2} composed from these fields; read them with {@link GSI2#all()} or narrow by {@code day}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static GSI2 GSI2(String customerId) {
        return new GSI2(CallSchema.composeGSI2PartitionKey(customerId), customerId);
    }

    /**
     * A partition seen from {@link Call}: {@link #all()} reads its {@code call} items.
     */
    public static final class Partition extends TemplatePartition<Call> {
        private final String callId;

        private Partition(String key, String callId) {
            super(null, "PK", key, "SK", "k#", false);
            this.callId = callId;
        }

        /**
         * The items whose sort key {@code k#&#123;callId&#125;} is the one composed from this partition's {@code callId}: the partition fixes the field, so it is not asked for again.
         *
         * @return a new key condition
         * @throws ItemMappingException if a field is null
         */
        public KeyCondition<Call> callId() {
            return sortKeyEquals(KeyParts.compose("k#", KeyParts.text(KeyParts.require(callId, ENTITY_NAME, "callId"))));
        }
    }

    /**
     * A partition of index {@code GSI2} seen from {@link Call}: {@link #all()} reads its {@code call} items (a filter on {@code EntityType} keeps them).
     */
    public static final class GSI2 extends TemplatePartition<Call> {
        private final String customerId;

        private GSI2(String key, String customerId) {
            super("GSI2", "GSI2-PK", key, "GSI2-SK", "c#", false, "EntityType", "call");
            this.customerId = customerId;
        }

        /**
         * Conditions on {@code day}, the last field of the sort key {@code c#&#123;customerId&#125;#&#123;day&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Call, LocalDate> day() {
            return new GSI2DayCondition(this, KeyParts.compose("c#", KeyParts.text(KeyParts.require(customerId, ENTITY_NAME, "customerId")), "#"));
        }
    }

    private static final class GSI2DayCondition extends TemplateTextSortKeyCondition<Call, LocalDate> {
        GSI2DayCondition(TemplatePartition<Call> partition, String prefix) {
            super(partition, prefix, "day");
        }

        @Override
        protected String encode(LocalDate day) {
            return KeyParts.date(KeyParts.require(day, ENTITY_NAME, "day"), "day");
        }
    }
}
