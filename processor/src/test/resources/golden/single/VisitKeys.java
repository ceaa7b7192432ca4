package com.example.club;

import io.dynamap.runtime.ItemMappingException;
import io.dynamap.runtime.KeyParts;
import io.dynamap.runtime.TemplatePartition;
import io.dynamap.runtime.TemplateSortKeyCondition;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Visit} in its single table: start with {@link #partition}, then {@code all()} or a condition on the sort key's last field. Every condition reads only {@code VISIT} items.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class VisitKeys {
    private static final String ENTITY_NAME = "Visit";

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
}
