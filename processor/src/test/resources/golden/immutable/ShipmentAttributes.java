package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Shipment} for conditions and filters: {@code ShipmentAttributes.shipmentId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentAttributes {
    /**
     * The attribute {@code shipmentId}.
     */
    public static final StringAttribute<Shipment, UUID> shipmentId = ScalarAttributes.<Shipment, UUID>string(AttributePath.of("shipmentId"), ScalarAttributes.Kind.UUID, "shipmentId");

    /**
     * The attribute {@code leg}.
     */
    public static final ComparableAttribute<Shipment, Integer> leg = ScalarAttributes.<Shipment, Integer>number(AttributePath.of("leg"), ScalarAttributes.Kind.INT, "leg");

    /**
     * The attribute {@code carrier_code}.
     */
    public static final StringAttribute<Shipment, String> carrier = ScalarAttributes.<Shipment, String>string(AttributePath.of("carrier_code"), ScalarAttributes.Kind.STRING, "carrier_code");

    /**
     * The attribute {@code status}.
     */
    public static final StringAttribute<Shipment, OrderStatus> status = ScalarAttributes.<Shipment, OrderStatus>string(AttributePath.of("status"), ScalarAttributes.Kind.ENUM, "status");

    /**
     * The attribute {@code weightKg}.
     */
    public static final ComparableAttribute<Shipment, Float> weightKg = ScalarAttributes.<Shipment, Float>number(AttributePath.of("weightKg"), ScalarAttributes.Kind.FLOAT, "weightKg");

    /**
     * The attribute {@code trackingNumber}.
     */
    public static final ComparableAttribute<Shipment, BigInteger> trackingNumber = ScalarAttributes.<Shipment, BigInteger>number(AttributePath.of("trackingNumber"), ScalarAttributes.Kind.BIG_INTEGER, "trackingNumber");

    /**
     * The attribute {@code departedAt}.
     */
    public static final StringAttribute<Shipment, Instant> departedAt = ScalarAttributes.<Shipment, Instant>string(AttributePath.of("departedAt"), ScalarAttributes.Kind.INSTANT, "departedAt");

    private ShipmentAttributes() {
    }
}
