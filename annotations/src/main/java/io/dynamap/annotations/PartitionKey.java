package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that is the table's partition (hash) key. Its Java type must be stored
 * as a DynamoDB string, number or binary: {@code String}, a number type, {@code byte[]}, an
 * enum, {@code Instant} or {@code UUID}.
 *
 * <p>Goes on a record component, a field, or the field's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {}
