package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that Dynamap fills with the current time when it writes the item: once,
 * when the item is created ({@link When#CREATE}), or on every write ({@link When#EVERY_WRITE}).
 *
 * <pre>{@code
 * @Table("Orders")
 * public record Order(
 *     @PartitionKey String id,
 *     String status,
 *     @AutoTimestamp(on = AutoTimestamp.When.CREATE) Instant createdAt,
 *     @AutoTimestamp(on = AutoTimestamp.When.EVERY_WRITE) Instant updatedAt) {}
 *
 * Order saved = orders.save(new Order("o-1", "PLACED", null, null));
 * // saved.createdAt() and saved.updatedAt() hold the time of the write
 * }</pre>
 *
 * <p>What each write does:
 *
 * <ul>
 *   <li>{@code put}, {@code save}, batch puts and transaction puts replace the whole item, so
 *       they store the entity's value for a {@code CREATE} timestamp and the current time only
 *       when it is {@code null}: an entity read from the table keeps its creation time, a new one
 *       gets the time of the write. An {@code EVERY_WRITE} timestamp is always the time of the
 *       write, whatever the entity holds.
 *   <li>Updates ({@code update(entity)}, {@code update(key…)}, in a transaction too) add {@code SET
 *       createdAt = if_not_exists(createdAt, :now)} for {@code CREATE} (an update that creates the
 *       item stamps it; one of an existing item leaves it) and {@code SET updatedAt = :now} for
 *       {@code EVERY_WRITE}, unless the update itself sets or removes the attribute.
 * </ul>
 *
 * <p>The type is {@code Instant}, {@code LocalDateTime}, {@code LocalDate}, {@code
 * OffsetDateTime} or {@code ZonedDateTime}; the local types and the offset or zone are those of
 * UTC. It is a compile error on another type, on an attribute stored through a converter, on a
 * {@code @TimeToLive}, {@code @Version}, {@code @AutoUuid} or {@code @AtomicCounter} attribute, on
 * a field of a {@code @Document}, and on a field a key template of an {@code @Item} names. An
 * {@code EVERY_WRITE} timestamp cannot be a key attribute (each write would move the item); a
 * {@code CREATE} one can, and is then filled by puts only (an update names its item by its key).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AutoTimestamp {

  /**
   * When the attribute receives the current time.
   *
   * @return {@link When#CREATE} or {@link When#EVERY_WRITE}
   */
  When on();

  /** When an {@link AutoTimestamp} attribute receives the current time. */
  enum When {
    /**
     * When the item is created: by a put of an entity whose value is {@code null}, or by an
     * update of an item that lacks the attribute ({@code if_not_exists}).
     */
    CREATE,
    /** On every put, save, update, batch write and transaction write of the item. */
    EVERY_WRITE
  }
}
