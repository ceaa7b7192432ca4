package com.example.club;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateSortKeyCondition;
import io.dynamap.runtime.schema.SecondaryIndex;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Visit} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code VISIT} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code _type = "VISIT"}: it returns only {@code VISIT} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class VisitKeys {
    private static final String ENTITY_NAME = "Visit";

    /**
     * The global index {@code gsi1}, to scan: {@code repository.scan(VisitKeys.GSI1)}.
     */
    public static final SecondaryIndex<Visit> GSI1 = new SecondaryIndex<Visit>("gsi1", true);

    private VisitKeys() {
    }

    /**
     * The {@code VISIT} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code hour}.
     *
     * @param memberId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(long memberId) {
        return new Partition(VisitSchema.composePartitionKey(memberId));
    }

    /**
     * The {@code VISIT} items in the partition of index {@code gsi1} composed from these fields; read them with {@link Gsi1#all()} or narrow by {@code hour}. The query also filters on {@code _type}, as other types may compose the same index keys.
     *
     * @param room a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Gsi1 gsi1(String room) {
        return new Gsi1(VisitSchema.composeGsi1PartitionKey(room));
    }

    /**
     * A partition seen from {@link Visit}: {@link #all()} reads its {@code VISIT} items.
     */
    public static final class Partition extends TemplatePartition<Visit> {
        private Partition(String key) {
            super(null, "pk", key, "sk", "VISIT#", false);
        }

        /**
         * Conditions on {@code hour}, the last field of the sort key {@code VISIT#&#123;day&#125;#&#123;hour&#125;}: {@code eq, lt, le, gt, ge, between}.
         *
         * @param day the key's field before it
         */
        public TemplateSortKeyCondition<Visit, Integer> hour(LocalDate day) {
            return new HourCondition(this, KeyParts.compose("VISIT#", KeyParts.date(KeyParts.require(day, ENTITY_NAME, "day"), "day"), "#"));
        }
    }

    private static final class HourCondition extends TemplateSortKeyCondition<Visit, Integer> {
        HourCondition(TemplatePartition<Visit> partition, String prefix) {
            super(partition, prefix, "hour");
        }

        @Override
        protected String encode(Integer hour) {
            return KeyParts.number(hour);
        }
    }

    /**
     * A partition of index {@code gsi1} seen from {@link Visit}: {@link #all()} reads its {@code VISIT} items (a filter on {@code _type} keeps them).
     */
    public static final class Gsi1 extends TemplatePartition<Visit> {
        private Gsi1(String key) {
            super("gsi1", "gsi1pk", key, "gsi1sk", "VISIT#", false, "_type", "VISIT");
        }

        /**
         * Conditions on {@code hour}, the last field of the sort key {@code VISIT#&#123;day&#125;#&#123;hour&#125;}: {@code eq, lt, le, gt, ge, between}.
         *
         * @param day the key's field before it
         */
        public TemplateSortKeyCondition<Visit, Integer> hour(LocalDate day) {
            return new Gsi1HourCondition(this, KeyParts.compose("VISIT#", KeyParts.date(KeyParts.require(day, ENTITY_NAME, "day"), "day"), "#"));
        }
    }

    private static final class Gsi1HourCondition extends TemplateSortKeyCondition<Visit, Integer> {
        Gsi1HourCondition(TemplatePartition<Visit> partition, String prefix) {
            super(partition, prefix, "hour");
        }

        @Override
        protected String encode(Integer hour) {
            return KeyParts.number(hour);
        }
    }
}
