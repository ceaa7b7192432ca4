package com.example.club;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Member} for conditions and filters: {@code MemberAttributes.memberId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class MemberAttributes {
    /**
     * The attribute {@code memberId}.
     */
    public static final ComparableAttribute<Member, Long> memberId = ScalarAttributes.<Member, Long>number(AttributePath.of("memberId"), ScalarAttributes.Kind.LONG, "memberId");

    /**
     * The attribute {@code email}.
     */
    public static final StringAttribute<Member, String> email = ScalarAttributes.<Member, String>string(AttributePath.of("email"), ScalarAttributes.Kind.STRING, "email");

    /**
     * The single table's type attribute {@code _type}: {@code "MEMBER"} in every {@link Member} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Member, String> _type = ScalarAttributes.<Member, String>string(AttributePath.of("_type"), ScalarAttributes.Kind.STRING, "_type");

    private MemberAttributes() {
    }
}
