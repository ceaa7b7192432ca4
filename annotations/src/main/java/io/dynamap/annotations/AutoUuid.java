package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code UUID} or {@code String} attribute, a key or not, that Dynamap fills with a
 * random (version 4) UUID when it is {@code null}. Either type is stored as the UUID's usual text,
 * {@code 3f0c…-…}.
 *
 * <pre>{@code
 * @Table("Tickets")
 * public record Ticket(@PartitionKey @AutoUuid UUID id, String title) {}
 *
 * Ticket saved = tickets.save(new Ticket(null, "Printer on fire"));
 * // saved.id() is the generated UUID, under which the item is stored
 * }</pre>
 *
 * <p>What each write does:
 *
 * <ul>
 *   <li>{@code put}, {@code save}, batch puts and transaction puts store a new UUID when the
 *       entity's value is {@code null}, and the entity's value otherwise. {@code save} returns the
 *       entity as stored, with the UUID; to know the key of an entity written by {@code put}, a
 *       batch or a transaction, use {@code save} or fill it before the write.
 *   <li>Updates of a non-key attribute add {@code SET id = if_not_exists(id, :uuid)}, so an
 *       update that creates the item gives it a UUID, unless the update itself sets or removes
 *       the attribute. An update names its item by its key, so a key attribute must be given.
 * </ul>
 *
 * <p>It is a compile error on another type, on an attribute stored through a converter, together
 * with {@code @AutoTimestamp}, {@code @AtomicCounter} or {@code @Version}, on a field of a {@code
 * @Document}, and on a field a key template of an {@code @Item} names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AutoUuid {}
