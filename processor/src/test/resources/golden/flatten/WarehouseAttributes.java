package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Warehouse} for conditions and filters: {@code WarehouseAttributes.id.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class WarehouseAttributes {
    /**
     * The attribute {@code id}.
     */
    public static final StringAttribute<Warehouse, String> id = ScalarAttributes.<Warehouse, String>string(AttributePath.of("id"), ScalarAttributes.Kind.STRING, "id");

    /**
     * The attributes of the flattened document {@code site}, each at its top-level name.
     */
    public static final FlattenedSite site = new FlattenedSite();

    /**
     * The attribute {@code backup}.
     */
    public static final SiteAttributes<Warehouse> backup = new SiteAttributes<Warehouse>(AttributePath.of("backup"));

    private WarehouseAttributes() {
    }

    /**
     * The attributes of the flattened document {@code site} ({@link Site}), stored at the item's top level.
     */
    public static final class FlattenedSite {
        /**
         * The attribute {@code site_name}.
         */
        public final StringAttribute<Warehouse, String> name = ScalarAttributes.<Warehouse, String>string(AttributePath.of("site_name"), ScalarAttributes.Kind.STRING, "site_name");

        /**
         * The attributes of the flattened document {@code geo}, each at its top-level name.
         */
        public final FlattenedGeo geo = new FlattenedGeo();

        private FlattenedSite() {
        }

        /**
         * The attributes of the flattened document {@code geo} ({@link Geo}), stored at the item's top level.
         */
        public static final class FlattenedGeo {
            /**
             * The attribute {@code site_geo_lat}.
             */
            public final ComparableAttribute<Warehouse, Double> lat = ScalarAttributes.<Warehouse, Double>number(AttributePath.of("site_geo_lat"), ScalarAttributes.Kind.DOUBLE, "site_geo_lat");

            /**
             * The attribute {@code site_geo_lon}.
             */
            public final ComparableAttribute<Warehouse, Double> lon = ScalarAttributes.<Warehouse, Double>number(AttributePath.of("site_geo_lon"), ScalarAttributes.Kind.DOUBLE, "site_geo_lon");

            private FlattenedGeo() {
            }
        }
    }
}
