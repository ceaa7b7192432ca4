package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute after which DynamoDB deletes the item (Time to Live). It is an {@code
 * Instant}, stored as epoch seconds (a number, as TTL requires; sub-second parts are dropped), or
 * a {@code long}/{@code Long} of epoch seconds. {@code createTable()} enables TTL on it.
 *
 * <p>DynamoDB deletes expired items in the background, typically within days, so reads may still
 * return them: filter on the attribute where that matters. At most one per entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface TimeToLive {}
