package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.SetAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Basket} for conditions and filters: {@code BasketAttributes.id.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class BasketAttributes {
    /**
     * The attribute {@code id}.
     */
    public static final StringAttribute<Basket, String> id = ScalarAttributes.<Basket, String>string(AttributePath.of("id"), ScalarAttributes.Kind.STRING, "id");

    /**
     * The attribute {@code lines}.
     */
    public static final ListAttribute<Basket, Line, LineAttributes<Basket>> lines = new ListAttribute<Basket, Line, LineAttributes<Basket>>(AttributePath.of("lines")) {
        @Override
        protected AttributeValue encode(Line element) {
            return LineSchema.INSTANCE.toAttributeValue(element, "lines[]");
        }

        @Override
        protected LineAttributes<Basket> element(AttributePath path) {
            return new LineAttributes<Basket>(path);
        }
    };

    /**
     * The attribute {@code history}.
     */
    public static final MapAttribute<Basket> history = new MapAttribute<Basket>(AttributePath.of("history")) {};

    /**
     * The attribute {@code coupons}.
     */
    public static final SetAttribute<Basket, Integer> coupons = ScalarAttributes.<Basket, Integer>set(AttributePath.of("coupons"), ScalarAttributes.Kind.INT, "coupons");

    /**
     * The attribute {@code category}.
     */
    public static final CategoryAttributes<Basket> category = new CategoryAttributes<Basket>(AttributePath.of("category"));

    /**
     * The attribute {@code priority}.
     */
    public static final ComparableAttribute<Basket, Integer> priority = ScalarAttributes.<Basket, Integer>number(AttributePath.of("priority"), ScalarAttributes.Kind.INT, "priority");

    /**
     * The attribute {@code note}.
     */
    public static final StringAttribute<Basket, String> note = ScalarAttributes.<Basket, String>string(AttributePath.of("note"), ScalarAttributes.Kind.STRING, "note");

    /**
     * The attribute {@code grid}.
     */
    public static final ListAttribute<Basket, long[], ListAttribute<Basket, Long, ComparableAttribute<Basket, Long>>> grid = new ListAttribute<Basket, long[], ListAttribute<Basket, Long, ComparableAttribute<Basket, Long>>>(AttributePath.of("grid")) {
        @Override
        protected AttributeValue encode(long[] element) {
            return encodeGridElement(element);
        }

        @Override
        protected ListAttribute<Basket, Long, ComparableAttribute<Basket, Long>> element(
                AttributePath path) {
            return ScalarAttributes.<Basket, Long>numberList(path, ScalarAttributes.Kind.LONG, "grid[][]");
        }
    };

    private BasketAttributes() {
    }

    private static AttributeValue encodeGridElement(long[] value) {
        List<AttributeValue> list = new ArrayList<AttributeValue>(value.length);
        for (long element : value) {
            list.add(AttributeValue.fromN(String.valueOf(element)));
        }
        return AttributeValue.fromL(list);
    }
}
