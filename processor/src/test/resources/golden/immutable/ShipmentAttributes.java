package com.example.shop;

import io.dynamap.runtime.AttributeCodecs;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Shipment} for conditions and filters: {@code ShipmentAttributes.shipmentId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentAttributes {
    /**
     * The attribute {@code shipmentId}.
     */
    public static final StringAttribute<Shipment, UUID> shipmentId = new StringAttribute<Shipment, UUID>(AttributePath.of("shipmentId")) {
        @Override
        protected AttributeValue encode(UUID value) {
            return AttributeValue.fromS(value.toString());
        }
    };

    /**
     * The attribute {@code leg}.
     */
    public static final ComparableAttribute<Shipment, Integer> leg = new ComparableAttribute<Shipment, Integer>(AttributePath.of("leg")) {
        @Override
        protected AttributeValue encode(Integer value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The attribute {@code carrier_code}.
     */
    public static final StringAttribute<Shipment, String> carrier = new StringAttribute<Shipment, String>(AttributePath.of("carrier_code")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code status}.
     */
    public static final StringAttribute<Shipment, OrderStatus> status = new StringAttribute<Shipment, OrderStatus>(AttributePath.of("status")) {
        @Override
        protected AttributeValue encode(OrderStatus value) {
            return AttributeValue.fromS(value.name());
        }
    };

    /**
     * The attribute {@code weightKg}.
     */
    public static final ComparableAttribute<Shipment, Float> weightKg = new ComparableAttribute<Shipment, Float>(AttributePath.of("weightKg")) {
        @Override
        protected AttributeValue encode(Float value) {
            return AttributeCodecs.fromFloat(value, "weightKg");
        }
    };

    /**
     * The attribute {@code trackingNumber}.
     */
    public static final ComparableAttribute<Shipment, BigInteger> trackingNumber = new ComparableAttribute<Shipment, BigInteger>(AttributePath.of("trackingNumber")) {
        @Override
        protected AttributeValue encode(BigInteger value) {
            return AttributeCodecs.fromBigInteger(value, "trackingNumber");
        }
    };

    /**
     * The attribute {@code departedAt}.
     */
    public static final StringAttribute<Shipment, Instant> departedAt = new StringAttribute<Shipment, Instant>(AttributePath.of("departedAt")) {
        @Override
        protected AttributeValue encode(Instant value) {
            return AttributeCodecs.fromInstant(value, "departedAt");
        }
    };

    private ShipmentAttributes() {
    }
}
