package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.ScalarSortKeys;
import io.dynamap.runtime.key.StringSortKeyCondition;
import io.dynamap.runtime.schema.AttributeCodecs;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Customer}: start with {@link #partition}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class CustomerKeys {
    private static final String ENTITY_NAME = "Customer";

    private CustomerKeys() {
    }

    /**
     * The items whose partition key {@code region} equals the given value, in sort key order; narrow it with {@link Partition#handle()}.
     *
     * @param region the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(String region) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.<String>requireKey(region, ENTITY_NAME, "region")));
    }

    /**
     * A condition on the partition key {@code region}, usable as it is or narrowed by the sort key.
     */
    public static final class Partition extends KeyCondition<Customer> {
        private Partition(AttributeValue value) {
            super(null, "region", value);
        }

        /**
         * Conditions on the sort key {@code handle}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public StringSortKeyCondition<Customer, String> handle() {
            return ScalarSortKeys.<Customer, String>string(this, "handle", ScalarAttributes.Kind.STRING);
        }
    }
}
