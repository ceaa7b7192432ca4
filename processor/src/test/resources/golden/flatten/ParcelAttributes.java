package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BinaryAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Parcel} for conditions and filters: {@code ParcelAttributes.id.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ParcelAttributes {
    /**
     * The attribute {@code id}.
     */
    public static final StringAttribute<Parcel, String> id = ScalarAttributes.<Parcel, String>string(AttributePath.of("id"), ScalarAttributes.Kind.STRING, "id");

    /**
     * The attributes of the flattened document {@code to}, each at its top-level name.
     */
    public static final FlattenedTo to = new FlattenedTo();

    private ParcelAttributes() {
    }

    /**
     * The attributes of the flattened document {@code to} ({@link Address}), stored at the item's top level.
     */
    public static final class FlattenedTo {
        /**
         * The attribute {@code to_street}.
         */
        public final StringAttribute<Parcel, String> street = ScalarAttributes.<Parcel, String>string(AttributePath.of("to_street"), ScalarAttributes.Kind.STRING, "to_street");

        /**
         * The attribute {@code to_city}.
         */
        public final StringAttribute<Parcel, String> city = ScalarAttributes.<Parcel, String>string(AttributePath.of("to_city"), ScalarAttributes.Kind.STRING, "to_city");

        /**
         * The attribute {@code to_floor}.
         */
        public final ComparableAttribute<Parcel, Integer> floor = ScalarAttributes.<Parcel, Integer>number(AttributePath.of("to_floor"), ScalarAttributes.Kind.INT, "to_floor");

        /**
         * The attribute {@code to_code}.
         */
        public final BinaryAttribute<Parcel, byte[]> code = ScalarAttributes.<Parcel, byte[]>binary(AttributePath.of("to_code"), ScalarAttributes.Kind.BYTES, "to_code");

        /**
         * The attribute {@code to_notes}.
         */
        public final ListAttribute<Parcel, String, StringAttribute<Parcel, String>> notes = ScalarAttributes.<Parcel, String>stringList(AttributePath.of("to_notes"), ScalarAttributes.Kind.STRING, "to_notes[]");

        private FlattenedTo() {
        }
    }
}
