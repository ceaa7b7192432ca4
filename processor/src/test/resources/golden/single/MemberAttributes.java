package com.example.club;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attributes of {@link Member} for conditions and filters: {@code MemberAttributes.memberId.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class MemberAttributes {
    /**
     * The attribute {@code memberId}.
     */
    public static final ComparableAttribute<Member, Long> memberId = new ComparableAttribute<Member, Long>(AttributePath.of("memberId")) {
        @Override
        protected AttributeValue encode(Long value) {
            return AttributeValue.fromN(String.valueOf(value));
        }
    };

    /**
     * The attribute {@code email}.
     */
    public static final StringAttribute<Member, String> email = new StringAttribute<Member, String>(AttributePath.of("email")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    /**
     * The single table's type attribute {@code _type}: {@code "MEMBER"} in every {@link Member} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Member, String> _type = new StringAttribute<Member, String>(AttributePath.of("_type")) {
        @Override
        protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
        }
    };

    private MemberAttributes() {
    }
}
