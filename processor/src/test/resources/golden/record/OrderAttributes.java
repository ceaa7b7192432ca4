package com.example.shop;

import io.dynamap.runtime.AttributeCodecs;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BinaryAttribute;
import io.dynamap.runtime.expr.BooleanAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Order} for conditions and filters: {@code OrderAttributes.customerId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class OrderAttributes {
    /**
     * The attribute {@code customerId}.
     */
    public static final StringAttribute<Order, String> customerId = new StringAttribute<Order, String>(AttributePath.of("customerId")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code placedAt}.
     */
    public static final StringAttribute<Order, Instant> placedAt = new StringAttribute<Order, Instant>(AttributePath.of("placedAt")) {
        @Override
        protected AttributeValue encode(Instant value) {
            return AttributeCodecs.fromInstant(value, "placedAt");
        }
    };

    /**
     * The attribute {@code orderId}.
     */
    public static final StringAttribute<Order, UUID> orderId = new StringAttribute<Order, UUID>(AttributePath.of("orderId")) {
        @Override
        protected AttributeValue encode(UUID value) {
            return AttributeValue.fromS(value.toString());
        }
    };

    /**
     * The attribute {@code status}.
     */
    public static final StringAttribute<Order, OrderStatus> state = new StringAttribute<Order, OrderStatus>(AttributePath.of("status")) {
        @Override
        protected AttributeValue encode(OrderStatus value) {
            return AttributeValue.fromS(value.name());
        }
    };

    /**
     * The attribute {@code total}.
     */
    public static final ComparableAttribute<Order, BigDecimal> total = new ComparableAttribute<Order, BigDecimal>(AttributePath.of("total")) {
        @Override
        protected AttributeValue encode(BigDecimal value) {
            return AttributeCodecs.fromBigDecimal(value, "total");
        }
    };

    /**
     * The attribute {@code itemCount}.
     */
    public static final ComparableAttribute<Order, Integer> itemCount = new ComparableAttribute<Order, Integer>(AttributePath.of("itemCount")) {
        @Override
        protected AttributeValue encode(Integer value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The attribute {@code giftWrapped}.
     */
    public static final BooleanAttribute<Order> giftWrapped = new BooleanAttribute<Order>(AttributePath.of("giftWrapped"));

    /**
     * The attribute {@code receipt}.
     */
    public static final BinaryAttribute<Order, byte[]> receipt = new BinaryAttribute<Order, byte[]>(AttributePath.of("receipt")) {
        @Override
        protected AttributeValue encode(byte[] value) {
            return AttributeCodecs.fromBytes(value);
        }
    };

    private OrderAttributes() {
    }
}
