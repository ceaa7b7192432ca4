package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code long}, {@code Long}, {@code int} or {@code Integer} attribute that every update
 * of the item increments in DynamoDB, atomically: {@code SET views = if_not_exists(views, :start -
 * :delta) + :delta}. The value is never read and written back, so concurrent updates all count.
 *
 * <pre>{@code
 * @Table("Pages")
 * public record Page(@PartitionKey String path, String title, @AtomicCounter Long views) {}
 *
 * pages.put(new Page("/home", "Home", null));          // views = 0 (start)
 * pages.update(page).set(title, "Welcome").execute();  // views = 1
 * pages.update(page).executeWithoutResult();           // views = 2: every update counts
 * }</pre>
 *
 * <p>What each write does:
 *
 * <ul>
 *   <li>Every update ({@code update(entity)}, {@code update(key…)}, in a transaction too) adds
 *       {@code delta} to the stored value; an update that finds no value (a new item, or one
 *       stored without the attribute) stores {@code start}. An update that sets, increments or
 *       removes the attribute itself is left as written.
 *   <li>{@code put}, {@code save}, batch puts and transaction puts replace the whole item, which
 *       cannot add to the stored value without reading it first (and losing concurrent
 *       increments): they store the entity's value, or {@code start} when it is {@code null}. So a
 *       put creates a counter at {@code start} and a {@code save} of an entity read earlier stores
 *       the count it read; count with updates.
 * </ul>
 *
 * <p>It is a compile error on another type, on a key attribute, together with {@code @Version},
 * {@code @AutoTimestamp} or {@code @AutoUuid}, with a {@code delta} of 0, with a {@code start} or
 * {@code delta} out of an {@code int}'s range for an {@code int} counter, on a field of a {@code
 * @Document} and on a field a key template of an {@code @Item} names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AtomicCounter {

  /**
   * The value the counter is created with: by a put of an entity whose counter is {@code null},
   * or by the first update of an item that lacks it.
   *
   * @return the first value, 0 by default
   */
  long start() default 0;

  /**
   * What each update adds; negative to count down, not 0.
   *
   * @return the increment, 1 by default
   */
  long delta() default 1;
}
