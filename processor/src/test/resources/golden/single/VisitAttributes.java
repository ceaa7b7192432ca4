package com.example.club;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Visit} for conditions and filters: {@code VisitAttributes.memberId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class VisitAttributes {
    /**
     * The attribute {@code memberId}.
     */
    public static final ComparableAttribute<Visit, Long> memberId = ScalarAttributes.<Visit, Long>number(AttributePath.of("memberId"), ScalarAttributes.Kind.LONG, "memberId");

    /**
     * The attribute {@code day}.
     */
    public static final StringAttribute<Visit, LocalDate> day = ScalarAttributes.<Visit, LocalDate>string(AttributePath.of("day"), ScalarAttributes.Kind.LOCAL_DATE, "day");

    /**
     * The attribute {@code hour}.
     */
    public static final ComparableAttribute<Visit, Integer> hour = ScalarAttributes.<Visit, Integer>number(AttributePath.of("hour"), ScalarAttributes.Kind.INT, "hour");

    /**
     * The attribute {@code room}.
     */
    public static final StringAttribute<Visit, String> room = ScalarAttributes.<Visit, String>string(AttributePath.of("room"), ScalarAttributes.Kind.STRING, "room");

    /**
     * The attribute {@code version}.
     */
    public static final ComparableAttribute<Visit, Integer> version = ScalarAttributes.<Visit, Integer>number(AttributePath.of("version"), ScalarAttributes.Kind.INT, "version");

    /**
     * The single table's type attribute {@code _type}: {@code "VISIT"} in every {@link Visit} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Visit, String> _type = ScalarAttributes.<Visit, String>string(AttributePath.of("_type"), ScalarAttributes.Kind.STRING, "_type");

    private VisitAttributes() {
    }
}
