package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * The attributes of the document {@link Site} at one place in an item of type {@code T}, for conditions and filters.
 *
 * @param <T> the entity whose items hold the document
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class SiteAttributes<T> extends MapAttribute<T> {
    /**
     * The attribute {@code name}.
     */
    public final StringAttribute<T, String> name;

    /**
     * The attributes of the flattened document {@code geo}, each in this document's map under its prefixed name.
     */
    public final FlattenedGeo<T> geo;

    /**
     * @param path where the document is in the item
     */
    public SiteAttributes(AttributePath path) {
        super(path);
        this.name = ScalarAttributes.<T, String>string(path.child("name"), ScalarAttributes.Kind.STRING, "name");
        this.geo = new FlattenedGeo<>(path);
    }

    /**
     * The attributes of the flattened document {@code geo} ({@link Geo}), stored in the containing document's map.
     *
     * @param <T> the entity whose items hold the document
     */
    public static final class FlattenedGeo<T> {
        /**
         * The attribute {@code geo_lat} of the containing document.
         */
        public final ComparableAttribute<T, Double> lat;

        /**
         * The attribute {@code geo_lon} of the containing document.
         */
        public final ComparableAttribute<T, Double> lon;

        /**
         * @param path where the containing document is in the item
         */
        FlattenedGeo(AttributePath path) {
            this.lat = ScalarAttributes.<T, Double>number(path.child("geo_lat"), ScalarAttributes.Kind.DOUBLE, "geo_lat");
            this.lon = ScalarAttributes.<T, Double>number(path.child("geo_lon"), ScalarAttributes.Kind.DOUBLE, "geo_lon");
        }
    }
}
