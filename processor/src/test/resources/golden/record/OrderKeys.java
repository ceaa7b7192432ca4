package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.ScalarSortKeys;
import io.dynamap.runtime.key.SortKeyCondition;
import io.dynamap.runtime.key.StringSortKeyCondition;
import io.dynamap.runtime.schema.AttributeCodecs;
import io.dynamap.runtime.schema.SecondaryIndex;
import java.math.BigDecimal;
import java.time.Instant;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Order}: start with {@link #partition}, or with an index's method to query that index.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class OrderKeys {
    private static final String ENTITY_NAME = "Order";

    /**
     * The global index {@code byStatus}, to scan: {@code repository.scan(OrderKeys.BY_STATUS)}.
     */
    public static final SecondaryIndex<Order> BY_STATUS = new SecondaryIndex<Order>("byStatus", true);

    /**
     * The local index {@code by-total}, to scan: {@code repository.scan(OrderKeys.BY_TOTAL)}.
     */
    public static final SecondaryIndex<Order> BY_TOTAL = new SecondaryIndex<Order>("by-total", false);

    private OrderKeys() {
    }

    /**
     * The items whose partition key {@code customerId} equals the given value, in sort key order; narrow it with {@link Partition#placedAt()}.
     *
     * @param customerId the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(String customerId) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.<String>requireKey(customerId, ENTITY_NAME, "customerId")));
    }

    /**
     * The items whose partition key {@code status} equals the given value in the global index {@code byStatus}, in sort key order; narrow it with {@link ByStatus#total()}.
     *
     * @param state the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static ByStatus byStatus(OrderStatus state) {
        return new ByStatus(AttributeValue.fromS(AttributeCodecs.<OrderStatus>requireKey(state, ENTITY_NAME, "status").name()));
    }

    /**
     * The items whose partition key {@code customerId} equals the given value in the local index {@code by-total}, in sort key order; narrow it with {@link ByTotal#total()}.
     *
     * @param customerId the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static ByTotal byTotal(String customerId) {
        return new ByTotal(AttributeValue.fromS(AttributeCodecs.<String>requireKey(customerId, ENTITY_NAME, "customerId")));
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
            return ScalarSortKeys.<Order, Instant>string(this, "placedAt", ScalarAttributes.Kind.INSTANT);
        }
    }

    /**
     * A condition on the partition key {@code status} in the global index {@code byStatus}, usable as it is or narrowed by the sort key.
     */
    public static final class ByStatus extends KeyCondition<Order> {
        private ByStatus(AttributeValue value) {
            super("byStatus", "status", value);
        }

        /**
         * Conditions on the sort key {@code total}: {@code eq, lt, le, gt, ge, between}.
         */
        public SortKeyCondition<Order, BigDecimal> total() {
            return ScalarSortKeys.<Order, BigDecimal>number(this, "total", ScalarAttributes.Kind.BIG_DECIMAL);
        }
    }

    /**
     * A condition on the partition key {@code customerId} in the local index {@code by-total}, usable as it is or narrowed by the sort key.
     */
    public static final class ByTotal extends KeyCondition<Order> {
        private ByTotal(AttributeValue value) {
            super("by-total", "customerId", value);
        }

        /**
         * Conditions on the sort key {@code total}: {@code eq, lt, le, gt, ge, between}.
         */
        public SortKeyCondition<Order, BigDecimal> total() {
            return ScalarSortKeys.<Order, BigDecimal>number(this, "total", ScalarAttributes.Kind.BIG_DECIMAL);
        }
    }
}
