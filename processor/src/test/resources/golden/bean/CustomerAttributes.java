package com.example.shop;

import io.dynamap.runtime.AttributeCodecs;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BooleanAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import java.time.Instant;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Customer} for conditions and filters: {@code CustomerAttributes.region.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class CustomerAttributes {
    /**
     * The attribute {@code region}.
     */
    public static final StringAttribute<Customer, String> region = new StringAttribute<Customer, String>(AttributePath.of("region")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code handle}.
     */
    public static final StringAttribute<Customer, String> handle = new StringAttribute<Customer, String>(AttributePath.of("handle")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code name}.
     */
    public static final StringAttribute<Customer, String> name = new StringAttribute<Customer, String>(AttributePath.of("name")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code mail}.
     */
    public static final StringAttribute<Customer, String> email = new StringAttribute<Customer, String>(AttributePath.of("mail")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code creditLimit}.
     */
    public static final ComparableAttribute<Customer, Double> creditLimit = new ComparableAttribute<Customer, Double>(AttributePath.of("creditLimit")) {
        @Override
        protected AttributeValue encode(Double value) {
            return AttributeCodecs.fromDouble(value, "creditLimit");
        }
    };

    /**
     * The attribute {@code loyaltyLevel}.
     */
    public static final ComparableAttribute<Customer, Short> loyaltyLevel = new ComparableAttribute<Customer, Short>(AttributePath.of("loyaltyLevel")) {
        @Override
        protected AttributeValue encode(Short value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The attribute {@code vip}.
     */
    public static final BooleanAttribute<Customer> vip = new BooleanAttribute<Customer>(AttributePath.of("vip"));

    /**
     * The attribute {@code since}.
     */
    public static final StringAttribute<Customer, Instant> since = new StringAttribute<Customer, Instant>(AttributePath.of("since")) {
        @Override
        protected AttributeValue encode(Instant value) {
            return AttributeCodecs.fromInstant(value, "since");
        }
    };

    private CustomerAttributes() {
    }
}
