package com.example.board;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Pin} for conditions and filters: {@code PinAttributes.board.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class PinAttributes {
    /**
     * The attribute {@code board}.
     */
    public static final StringAttribute<Pin, String> board = ScalarAttributes.<Pin, String>string(AttributePath.of("board"), ScalarAttributes.Kind.STRING, "board");

    /**
     * The attribute {@code slug}.
     */
    public static final StringAttribute<Pin, String> slug = ScalarAttributes.<Pin, String>string(AttributePath.of("slug"), ScalarAttributes.Kind.STRING, "slug");

    /**
     * The single table's type attribute {@code _type}: {@code "PIN"} in every {@link Pin} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Pin, String> _type = ScalarAttributes.<Pin, String>string(AttributePath.of("_type"), ScalarAttributes.Kind.STRING, "_type");

    private PinAttributes() {
    }
}
