package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BooleanAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Customer} for conditions and filters: {@code CustomerAttributes.region.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class CustomerAttributes {
    /**
     * The attribute {@code region}.
     */
    public static final StringAttribute<Customer, String> region = ScalarAttributes.<Customer, String>string(AttributePath.of("region"), ScalarAttributes.Kind.STRING, "region");

    /**
     * The attribute {@code handle}.
     */
    public static final StringAttribute<Customer, String> handle = ScalarAttributes.<Customer, String>string(AttributePath.of("handle"), ScalarAttributes.Kind.STRING, "handle");

    /**
     * The attribute {@code name}.
     */
    public static final StringAttribute<Customer, String> name = ScalarAttributes.<Customer, String>string(AttributePath.of("name"), ScalarAttributes.Kind.STRING, "name");

    /**
     * The attribute {@code mail}.
     */
    public static final StringAttribute<Customer, String> email = ScalarAttributes.<Customer, String>string(AttributePath.of("mail"), ScalarAttributes.Kind.STRING, "mail");

    /**
     * The attribute {@code creditLimit}.
     */
    public static final ComparableAttribute<Customer, Double> creditLimit = ScalarAttributes.<Customer, Double>number(AttributePath.of("creditLimit"), ScalarAttributes.Kind.DOUBLE, "creditLimit");

    /**
     * The attribute {@code loyaltyLevel}.
     */
    public static final ComparableAttribute<Customer, Short> loyaltyLevel = ScalarAttributes.<Customer, Short>number(AttributePath.of("loyaltyLevel"), ScalarAttributes.Kind.SHORT, "loyaltyLevel");

    /**
     * The attribute {@code vip}.
     */
    public static final BooleanAttribute<Customer> vip = new BooleanAttribute<Customer>(AttributePath.of("vip"));

    /**
     * The attribute {@code since}.
     */
    public static final StringAttribute<Customer, Instant> since = ScalarAttributes.<Customer, Instant>string(AttributePath.of("since"), ScalarAttributes.Kind.INSTANT, "since");

    private CustomerAttributes() {
    }
}
