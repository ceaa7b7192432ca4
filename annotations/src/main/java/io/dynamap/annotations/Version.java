package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the version attribute of a {@code @Table} entity, for optimistic locking. It is a {@code
 * long}, {@code Long}, {@code int} or {@code Integer}; {@code 0} (or {@code null}) means "never
 * saved".
 *
 * <p>Every {@code put}, {@code save} and {@code delete} of the repository is conditioned on the
 * stored version being the entity's version (or on no item existing, for version 0), and a write
 * stores the version plus one. When another writer got there first, the write fails with {@code
 * OptimisticLockException}, which carries the item as it is now: read it, apply the change again
 * and retry. {@code save(entity)} returns the entity with its new version.
 *
 * <p>At most one per entity, and not on a key attribute.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {}
