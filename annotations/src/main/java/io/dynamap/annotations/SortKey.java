package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that is the table's sort (range) key. Requires a {@link PartitionKey}
 * in the same entity; its Java type must be stored as a DynamoDB string, number or binary.
 *
 * <p>Queries can put conditions on it: {@code eq, lt, le, gt, ge, between} with values of its
 * own Java type, and {@code beginsWith} where it is stored as a string or binary.
 *
 * <p>Goes on a record component, a field, or the field's getter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface SortKey {}
