package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BinaryAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Shipment} for conditions and filters: {@code ShipmentAttributes.id.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentAttributes {
    /**
     * The attribute {@code id}.
     */
    public static final StringAttribute<Shipment, String> id = ScalarAttributes.<Shipment, String>string(AttributePath.of("id"), ScalarAttributes.Kind.STRING, "id");

    /**
     * The attributes of the flattened document {@code shipping}, each at its top-level name.
     */
    public static final FlattenedShipping shipping = new FlattenedShipping();

    /**
     * The attributes of the flattened document {@code contact}, each at its top-level name.
     */
    public static final FlattenedContact contact = new FlattenedContact();

    /**
     * The attribute {@code weight}.
     */
    public static final ComparableAttribute<Shipment, Long> weight = ScalarAttributes.<Shipment, Long>number(AttributePath.of("weight"), ScalarAttributes.Kind.LONG, "weight");

    private ShipmentAttributes() {
    }

    /**
     * The attributes of the flattened document {@code shipping} ({@link Address}), stored at the item's top level.
     */
    public static final class FlattenedShipping {
        /**
         * The attribute {@code ship_street}.
         */
        public final StringAttribute<Shipment, String> street = ScalarAttributes.<Shipment, String>string(AttributePath.of("ship_street"), ScalarAttributes.Kind.STRING, "ship_street");

        /**
         * The attribute {@code ship_city}.
         */
        public final StringAttribute<Shipment, String> city = ScalarAttributes.<Shipment, String>string(AttributePath.of("ship_city"), ScalarAttributes.Kind.STRING, "ship_city");

        /**
         * The attribute {@code ship_floor}.
         */
        public final ComparableAttribute<Shipment, Integer> floor = ScalarAttributes.<Shipment, Integer>number(AttributePath.of("ship_floor"), ScalarAttributes.Kind.INT, "ship_floor");

        /**
         * The attribute {@code ship_code}.
         */
        public final BinaryAttribute<Shipment, byte[]> code = ScalarAttributes.<Shipment, byte[]>binary(AttributePath.of("ship_code"), ScalarAttributes.Kind.BYTES, "ship_code");

        /**
         * The attribute {@code ship_notes}.
         */
        public final ListAttribute<Shipment, String, StringAttribute<Shipment, String>> notes = ScalarAttributes.<Shipment, String>stringList(AttributePath.of("ship_notes"), ScalarAttributes.Kind.STRING, "ship_notes[]");

        private FlattenedShipping() {
        }
    }

    /**
     * The attributes of the flattened document {@code contact} ({@link Contact}), stored at the item's top level.
     */
    public static final class FlattenedContact {
        /**
         * The attribute {@code name}.
         */
        public final StringAttribute<Shipment, String> name = ScalarAttributes.<Shipment, String>string(AttributePath.of("name"), ScalarAttributes.Kind.STRING, "name");

        /**
         * The attribute {@code phone}.
         */
        public final StringAttribute<Shipment, String> phone = ScalarAttributes.<Shipment, String>string(AttributePath.of("phone"), ScalarAttributes.Kind.STRING, "phone");

        private FlattenedContact() {
        }
    }
}
