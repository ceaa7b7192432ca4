package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.SetAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import io.dynamap.runtime.expr.ValueAttribute;
import io.dynamap.runtime.schema.AttributeCodecs;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes of the document {@link Line} at one place in an item of type {@code T}, for conditions and filters.
 *
 * @param <T> the entity whose items hold the document
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class LineAttributes<T> extends MapAttribute<T> {
    private static final MoneyConverter PRICE_CONVERTER = new MoneyConverter();

    /**
     * The attribute {@code sku}.
     */
    public final StringAttribute<T, String> sku;

    /**
     * The attribute {@code quantity}.
     */
    public final ComparableAttribute<T, Integer> quantity;

    /**
     * The attribute {@code price}.
     */
    public final ValueAttribute<T, Money> price;

    /**
     * The attribute {@code labels}.
     */
    public final SetAttribute<T, String> labels;

    /**
     * @param path where the document is in the item
     */
    public LineAttributes(AttributePath path) {
        super(path);
        this.sku = ScalarAttributes.<T, String>string(path.child("sku"), ScalarAttributes.Kind.STRING, "sku");
        this.quantity = ScalarAttributes.<T, Integer>number(path.child("quantity"), ScalarAttributes.Kind.INT, "quantity");
        this.price = new ValueAttribute<T, Money>(path.child("price")) {
            @Override
            protected AttributeValue encode(Money value) {
                return AttributeCodecs.<Money>viaConverter(PRICE_CONVERTER, value, "price");
            }
        };
        this.labels = ScalarAttributes.<T, String>set(path.child("labels"), ScalarAttributes.Kind.STRING, "labels");
    }
}
