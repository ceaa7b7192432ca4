package com.example.board;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Post} for conditions and filters: {@code PostAttributes.board.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class PostAttributes {
    /**
     * The attribute {@code board}.
     */
    public static final StringAttribute<Post, String> board = ScalarAttributes.<Post, String>string(AttributePath.of("board"), ScalarAttributes.Kind.STRING, "board");

    /**
     * The attribute {@code slug}.
     */
    public static final StringAttribute<Post, String> slug = ScalarAttributes.<Post, String>string(AttributePath.of("slug"), ScalarAttributes.Kind.STRING, "slug");

    /**
     * The attribute {@code postedAt}.
     */
    public static final StringAttribute<Post, OffsetDateTime> postedAt = ScalarAttributes.<Post, OffsetDateTime>string(AttributePath.of("postedAt"), ScalarAttributes.Kind.OFFSET_DATE_TIME, "postedAt");

    /**
     * The attribute {@code likes}.
     */
    public static final ComparableAttribute<Post, Long> likes = ScalarAttributes.<Post, Long>number(AttributePath.of("likes"), ScalarAttributes.Kind.LONG, "likes");

    /**
     * The single table's type attribute {@code _type}: {@code "POST"} in every {@link Post} item, another type's name in its neighbours' items.
     */
    public static final StringAttribute<Post, String> _type = ScalarAttributes.<Post, String>string(AttributePath.of("_type"), ScalarAttributes.Kind.STRING, "_type");

    private PostAttributes() {
    }
}
