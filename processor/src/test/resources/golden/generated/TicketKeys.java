package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.AttributeCodecs;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Ticket}: start with {@link #partition}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class TicketKeys {
    private static final String ENTITY_NAME = "Ticket";

    private TicketKeys() {
    }

    /**
     * The items whose partition key {@code id} equals the given value.
     *
     * @param id the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(UUID id) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.<UUID>requireKey(id, ENTITY_NAME, "id").toString()));
    }

    /**
     * A condition on the partition key {@code id}.
     */
    public static final class Partition extends KeyCondition<Ticket> {
        private Partition(AttributeValue value) {
            super(null, "id", value);
        }
    }
}
