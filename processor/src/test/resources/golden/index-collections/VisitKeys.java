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
 * Typed key conditions for queries on {@link Visit} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code visit} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code EntityType = "visit"}: it returns only {@code visit} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class VisitKeys {
    private static final String ENTITY_NAME = "Visit";

    /**
     * The global index {@code GSI2}, to scan: {@code repository.scan(VisitKeys.GSI2)}.
     */
    public static final SecondaryIndex<Visit> GSI2 = new SecondaryIndex<Visit>("GSI2", true);

    private VisitKeys() {
    }

    /**
     * The {@code visit} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code visitId}.
     *
     * @param visitId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String visitId) {
        return new Partition(VisitSchema.composePartitionKey(visitId), visitId);
    }

    /**
     * The {@code visit} items in the partition of index {@code GSI2} composed from these fields; read them with {@link GSI2#all()} or narrow by {@code day}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static GSI2 GSI2(String customerId) {
        return new GSI2(VisitSchema.composeGSI2PartitionKey(customerId), customerId);
    }

    /**
     * A partition seen from {@link Visit}: {@link #all()} reads its {@code visit} items.
     */
    public static final class Partition extends TemplatePartition<Visit> {
        private final String visitId;

        private Partition(String key, String visitId) {
            super(null, "PK", key, "SK", "v#", false);
            this.visitId = visitId;
        }

        /**
         * The items whose sort key {@code v#&#123;visitId&#125;} is the one composed from this partition's {@code visitId}: the partition fixes the field, so it is not asked for again.
         *
         * @return a new key condition
         * @throws ItemMappingException if a field is null
         */
        public KeyCondition<Visit> visitId() {
            return sortKeyEquals(KeyParts.compose("v#", KeyParts.text(KeyParts.require(visitId, ENTITY_NAME, "visitId"))));
        }
    }

    /**
     * A partition of index {@code GSI2} seen from {@link Visit}: {@link #all()} reads its {@code visit} items (a filter on {@code EntityType} keeps them).
     */
    public static final class GSI2 extends TemplatePartition<Visit> {
        private final String customerId;

        private GSI2(String key, String customerId) {
            super("GSI2", "GSI2-PK", key, "GSI2-SK", "c#", false, "EntityType", "visit");
            this.customerId = customerId;
        }

        /**
         * Conditions on {@code day}, the last field of the sort key {@code c#&#123;customerId&#125;#&#123;day&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Visit, LocalDate> day() {
            return new GSI2DayCondition(this, KeyParts.compose("c#", KeyParts.text(KeyParts.require(customerId, ENTITY_NAME, "customerId")), "#"));
        }
    }

    private static final class GSI2DayCondition extends TemplateTextSortKeyCondition<Visit, LocalDate> {
        GSI2DayCondition(TemplatePartition<Visit> partition, String prefix) {
            super(partition, prefix, "day");
        }

        @Override
        protected String encode(LocalDate day) {
            return KeyParts.date(KeyParts.require(day, ENTITY_NAME, "day"), "day");
        }
    }
}
