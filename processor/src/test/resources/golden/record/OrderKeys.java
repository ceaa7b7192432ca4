package com.example.shop;

import io.dynamap.runtime.AttributeCodecs;
import io.dynamap.runtime.ItemMappingException;
import io.dynamap.runtime.KeyCondition;
import io.dynamap.runtime.StringSortKeyCondition;
import java.time.Instant;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Order}: start with {@link #partition}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class OrderKeys {
    private static final String ENTITY_NAME = "Order";

    private OrderKeys() {
    }

    /**
     * The items whose partition key {@code customerId} equals the given value, in sort key order; narrow it with {@link Partition#placedAt()}.
     *
     * @param customerId the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(String customerId) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.requireKey(customerId, ENTITY_NAME, "customerId")));
    }

    /**
     * A condition on the partition key {@code customerId}, usable as it is or narrowed by the sort key.
     */
    public static final class Partition extends KeyCondition<Order> {
        private Partition(AttributeValue value) {
            super(null, "customerId", value);
        }

        /**
         * Conditions on the sort key {@code placedAt}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public StringSortKeyCondition<Order, Instant> placedAt() {
            return new PlacedAtCondition(this);
        }
    }

    private static final class PlacedAtCondition extends StringSortKeyCondition<Order, Instant> {
        PlacedAtCondition(KeyCondition<Order> partition) {
            super(partition, "placedAt");
        }

        @Override
        protected AttributeValue encode(Instant placedAt) {
            return AttributeCodecs.fromInstant(placedAt, "placedAt");
        }
    }
}
