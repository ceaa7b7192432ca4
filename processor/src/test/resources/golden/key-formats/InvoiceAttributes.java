package com.example.legacy;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Invoice} for conditions and filters: {@code InvoiceAttributes.amount.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class InvoiceAttributes {
    /**
     * The attribute {@code amount}.
     */
    public static final ComparableAttribute<Invoice, BigDecimal> amount = ScalarAttributes.<Invoice, BigDecimal>number(AttributePath.of("amount"), ScalarAttributes.Kind.BIG_DECIMAL, "amount");

    /**
     * The single table's type attribute {@code EntityType}: {@code "invoice"} in every {@link Invoice} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Invoice, String> EntityType = ScalarAttributes.<Invoice, String>string(AttributePath.of("EntityType"), ScalarAttributes.Kind.STRING, "EntityType");

    private InvoiceAttributes() {
    }
}
