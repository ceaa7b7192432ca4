package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of the document {@link Contact} at one place in an item of type {@code T}, for conditions and filters.
 *
 * @param <T> the entity whose items hold the document
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ContactAttributes<T> extends MapAttribute<T> {
    /**
     * The attribute {@code name}.
     */
    public final StringAttribute<T, String> name;

    /**
     * The attribute {@code phone}.
     */
    public final StringAttribute<T, String> phone;

    /**
     * @param path where the document is in the item
     */
    public ContactAttributes(AttributePath path) {
        super(path);
        this.name = ScalarAttributes.<T, String>string(path.child("name"), ScalarAttributes.Kind.STRING, "name");
        this.phone = ScalarAttributes.<T, String>string(path.child("phone"), ScalarAttributes.Kind.STRING, "phone");
    }
}
