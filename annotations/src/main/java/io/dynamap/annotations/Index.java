package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses what a secondary index projects; without it, an index projects all attributes. Goes on
 * the {@code @Table} class, once per index it configures.
 *
 * <pre>{@code
 * @Table(name = "Orders")
 * @Index(name = "byStatus", projection = Index.Projection.KEYS_ONLY)
 * @Index(name = "byTotal", projection = Index.Projection.INCLUDE, include = {"note"})
 * public record Order(...) {}
 * }</pre>
 *
 * <p>Reading through an index that does not project every attribute returns entities whose other
 * attributes are missing: null, zero, false or empty.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
  /**
   * The index this annotation configures.
   *
   * @return the index name, as named by the entity's index key annotations
   */
  String name();

  /**
   * What the index holds besides the keys.
   *
   * @return the projection; {@link Projection#ALL} by default
   */
  Projection projection() default Projection.ALL;

  /**
   * With {@link Projection#INCLUDE}: the attributes the index also holds.
   *
   * @return the stored names of the extra attributes; empty (the default) for other projections
   */
  String[] include() default {};

  /** DynamoDB's projection types. */
  enum Projection {
    /** Every attribute. */
    ALL,
    /** The table's and the index's keys only. */
    KEYS_ONLY,
    /** The keys and the attributes named in {@link Index#include()}. */
    INCLUDE
  }

  /** Holds repeated {@code @Index} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The repeated annotations, in source order.
     *
     * @return the {@code @Index} annotations on the class
     */
    Index[] value();
  }
}
