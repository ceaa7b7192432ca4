package com.example.legacy;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import io.dynamap.runtime.expr.ValueAttribute;
import io.dynamap.runtime.schema.AttributeCodecs;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Stock} for conditions and filters: {@code StockAttributes.warehouse.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class StockAttributes {
    /**
     * The attribute {@code warehouse}.
     */
    public static final StringAttribute<Stock, String> warehouse = ScalarAttributes.<Stock, String>string(AttributePath.of("warehouse"), ScalarAttributes.Kind.STRING, "warehouse");

    /**
     * The attribute {@code row}.
     */
    public static final StringAttribute<Stock, String> row = ScalarAttributes.<Stock, String>string(AttributePath.of("row"), ScalarAttributes.Kind.STRING, "row");

    /**
     * The attribute {@code sku}.
     */
    public static final ValueAttribute<Stock, Sku> sku = new ValueAttribute<Stock, Sku>(AttributePath.of("sku")) {
        @Override
        protected AttributeValue encode(Sku value) {
            return AttributeCodecs.<Sku>viaConverter(SKU_CONVERTER, value, "sku");
        }
    };

    /**
     * The attribute {@code count}.
     */
    public static final ComparableAttribute<Stock, Integer> count = ScalarAttributes.<Stock, Integer>number(AttributePath.of("count"), ScalarAttributes.Kind.INT, "count");

    /**
     * The single table's type attribute {@code EntityType}: {@code "stock"} in every {@link Stock} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Stock, String> EntityType = ScalarAttributes.<Stock, String>string(AttributePath.of("EntityType"), ScalarAttributes.Kind.STRING, "EntityType");

    private static final SkuConverter SKU_CONVERTER = new SkuConverter();

    private StockAttributes() {
    }
}
