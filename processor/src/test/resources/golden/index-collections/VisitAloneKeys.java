package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.SortOperator;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key conditions for queries on {@link VisitAlone}: {@link #partition} reads a whole item collection.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class VisitAloneKeys {
    private static final String ENTITY_NAME = "VisitAlone";

    private VisitAloneKeys() {
    }

    /**
     * Every item of the partition {@code v#&#123;visitId&#125;} composed from these fields, of every member type, in sort key order.
     *
     * @param visitId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String visitId) {
        return new Partition(VisitSchema.composePartitionKey(visitId), visitId);
    }

    /**
     * A whole partition: every member's items, usable as it is or narrowed by {@code visitId}, the last field of the sort key every member composes alike.
     */
    public static final class Partition extends KeyCondition<VisitAlone> {
        private final String visitId;

        private Partition(String key, String visitId) {
            super(null, "PK", AttributeValue.fromS(key));
            this.visitId = visitId;
        }

        /**
         * The items whose sort key {@code v#&#123;visitId&#125;} is the one composed from this partition's {@code visitId}: the partition fixes the field, so it is not asked for again.
         *
         * @return a new key condition
         * @throws ItemMappingException if a field is null
         */
        public KeyCondition<VisitAlone> visitId() {
            return withSortCondition(SortOperator.EQ, "SK", List.of(AttributeValue.fromS(KeyParts.compose("v#", KeyParts.text(KeyParts.require(visitId, ENTITY_NAME, "visitId"))))));
        }
    }
}
