package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BinaryAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of the document {@link Address} at one place in an item of type {@code T}, for conditions and filters.
 *
 * @param <T> the entity whose items hold the document
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class AddressAttributes<T> extends MapAttribute<T> {
    /**
     * The attribute {@code street}.
     */
    public final StringAttribute<T, String> street;

    /**
     * The attribute {@code city}.
     */
    public final StringAttribute<T, String> city;

    /**
     * The attribute {@code floor}.
     */
    public final ComparableAttribute<T, Integer> floor;

    /**
     * The attribute {@code code}.
     */
    public final BinaryAttribute<T, byte[]> code;

    /**
     * The attribute {@code notes}.
     */
    public final ListAttribute<T, String, StringAttribute<T, String>> notes;

    /**
     * @param path where the document is in the item
     */
    public AddressAttributes(AttributePath path) {
        super(path);
        this.street = ScalarAttributes.<T, String>string(path.child("street"), ScalarAttributes.Kind.STRING, "street");
        this.city = ScalarAttributes.<T, String>string(path.child("city"), ScalarAttributes.Kind.STRING, "city");
        this.floor = ScalarAttributes.<T, Integer>number(path.child("floor"), ScalarAttributes.Kind.INT, "floor");
        this.code = ScalarAttributes.<T, byte[]>binary(path.child("code"), ScalarAttributes.Kind.BYTES, "code");
        this.notes = ScalarAttributes.<T, String>stringList(path.child("notes"), ScalarAttributes.Kind.STRING, "notes[]");
    }
}
