package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method of a {@link Repository} interface: the secondary index the query reads, when its
 * properties could select through more than one index equally well (the processor asks for it
 * then).
 *
 * <pre>{@code
 * @UsingIndex("byRegion")
 * Stream<Store> findByCountry(String country);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UsingIndex {
  /**
   * The index the annotated repository method reads.
   *
   * @return the index name, as declared by the entity's index key annotations
   */
  String value();
}
