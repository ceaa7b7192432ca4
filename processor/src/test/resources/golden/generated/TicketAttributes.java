package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Typed attributes of {@link Ticket} for conditions and filters: {@code TicketAttributes.id.exists()}, combined with {@code and}, {@code or}, {@code not}.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class TicketAttributes {
    /**
     * The attribute {@code id}.
     */
    public static final StringAttribute<Ticket, UUID> id = ScalarAttributes.<Ticket, UUID>string(AttributePath.of("id"), ScalarAttributes.Kind.UUID, "id");

    /**
     * The attribute {@code title}.
     */
    public static final StringAttribute<Ticket, String> title = ScalarAttributes.<Ticket, String>string(AttributePath.of("title"), ScalarAttributes.Kind.STRING, "title");

    /**
     * The attribute {@code correlationId}.
     */
    public static final StringAttribute<Ticket, String> correlationId = ScalarAttributes.<Ticket, String>string(AttributePath.of("correlationId"), ScalarAttributes.Kind.STRING, "correlationId");

    /**
     * The attribute {@code createdAt}.
     */
    public static final StringAttribute<Ticket, Instant> createdAt = ScalarAttributes.<Ticket, Instant>string(AttributePath.of("createdAt"), ScalarAttributes.Kind.INSTANT, "createdAt");

    /**
     * The attribute {@code updatedOn}.
     */
    public static final StringAttribute<Ticket, LocalDate> updatedOn = ScalarAttributes.<Ticket, LocalDate>string(AttributePath.of("updatedOn"), ScalarAttributes.Kind.LOCAL_DATE, "updatedOn");

    /**
     * The attribute {@code views}.
     */
    public static final ComparableAttribute<Ticket, Long> views = ScalarAttributes.<Ticket, Long>number(AttributePath.of("views"), ScalarAttributes.Kind.LONG, "views");

    /**
     * The attribute {@code credits}.
     */
    public static final ComparableAttribute<Ticket, Integer> credits = ScalarAttributes.<Ticket, Integer>number(AttributePath.of("credits"), ScalarAttributes.Kind.INT, "credits");

    private TicketAttributes() {
    }
}
