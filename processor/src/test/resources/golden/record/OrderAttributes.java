package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BinaryAttribute;
import io.dynamap.runtime.expr.BooleanAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Order} for conditions and filters: {@code OrderAttributes.customerId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class OrderAttributes {
    /**
     * The attribute {@code customerId}.
     */
    public static final StringAttribute<Order, String> customerId = ScalarAttributes.<Order, String>string(AttributePath.of("customerId"), ScalarAttributes.Kind.STRING, "customerId");

    /**
     * The attribute {@code placedAt}.
     */
    public static final StringAttribute<Order, Instant> placedAt = ScalarAttributes.<Order, Instant>string(AttributePath.of("placedAt"), ScalarAttributes.Kind.INSTANT, "placedAt");

    /**
     * The attribute {@code orderId}.
     */
    public static final StringAttribute<Order, UUID> orderId = ScalarAttributes.<Order, UUID>string(AttributePath.of("orderId"), ScalarAttributes.Kind.UUID, "orderId");

    /**
     * The attribute {@code status}.
     */
    public static final StringAttribute<Order, OrderStatus> state = ScalarAttributes.<Order, OrderStatus>string(AttributePath.of("status"), ScalarAttributes.Kind.ENUM, "status");

    /**
     * The attribute {@code total}.
     */
    public static final ComparableAttribute<Order, BigDecimal> total = ScalarAttributes.<Order, BigDecimal>number(AttributePath.of("total"), ScalarAttributes.Kind.BIG_DECIMAL, "total");

    /**
     * The attribute {@code itemCount}.
     */
    public static final ComparableAttribute<Order, Integer> itemCount = ScalarAttributes.<Order, Integer>number(AttributePath.of("itemCount"), ScalarAttributes.Kind.INT, "itemCount");

    /**
     * The attribute {@code giftWrapped}.
     */
    public static final BooleanAttribute<Order> giftWrapped = new BooleanAttribute<Order>(AttributePath.of("giftWrapped"));

    /**
     * The attribute {@code receipt}.
     */
    public static final BinaryAttribute<Order, byte[]> receipt = ScalarAttributes.<Order, byte[]>binary(AttributePath.of("receipt"), ScalarAttributes.Kind.BYTES, "receipt");

    private OrderAttributes() {
    }
}
