package com.example.club;

import io.dynamap.runtime.AttributeCodecs;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import java.time.LocalDate;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Visit} for conditions and filters: {@code VisitAttributes.memberId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class VisitAttributes {
    /**
     * The attribute {@code memberId}.
     */
    public static final ComparableAttribute<Visit, Long> memberId = new ComparableAttribute<Visit, Long>(AttributePath.of("memberId")) {
        @Override
        protected AttributeValue encode(Long value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The attribute {@code day}.
     */
    public static final StringAttribute<Visit, LocalDate> day = new StringAttribute<Visit, LocalDate>(AttributePath.of("day")) {
        @Override
        protected AttributeValue encode(LocalDate value) {
            return AttributeCodecs.fromLocalDate(value, "day");
        }
    };

    /**
     * The attribute {@code hour}.
     */
    public static final ComparableAttribute<Visit, Integer> hour = new ComparableAttribute<Visit, Integer>(AttributePath.of("hour")) {
        @Override
        protected AttributeValue encode(Integer value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The attribute {@code room}.
     */
    public static final StringAttribute<Visit, String> room = new StringAttribute<Visit, String>(AttributePath.of("room")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The attribute {@code version}.
     */
    public static final ComparableAttribute<Visit, Integer> version = new ComparableAttribute<Visit, Integer>(AttributePath.of("version")) {
        @Override
        protected AttributeValue encode(Integer value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The single table's type attribute {@code _type}: {@code "VISIT"} in every {@link Visit} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Visit, String> _type = new StringAttribute<Visit, String>(AttributePath.of("_type")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    private VisitAttributes() {
    }
}
