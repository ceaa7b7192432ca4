package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import javax.annotation.processing.Generated;

/**
 * The attributes of the document {@link Geo} at one place in an item of type {@code T}, for conditions and filters.
 *
 * @param <T> the entity whose items hold the document
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class GeoAttributes<T> extends MapAttribute<T> {
    /**
     * The attribute {@code lat}.
     */
    public final ComparableAttribute<T, Double> lat;

    /**
     * The attribute {@code lon}.
     */
    public final ComparableAttribute<T, Double> lon;

    /**
     * @param path where the document is in the item
     */
    public GeoAttributes(AttributePath path) {
        super(path);
        this.lat = ScalarAttributes.<T, Double>number(path.child("lat"), ScalarAttributes.Kind.DOUBLE, "lat");
        this.lon = ScalarAttributes.<T, Double>number(path.child("lon"), ScalarAttributes.Kind.DOUBLE, "lon");
    }
}
