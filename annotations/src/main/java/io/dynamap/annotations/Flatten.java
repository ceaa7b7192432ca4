package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the attributes of a {@link Document} field at the top level of the item rather than as a
 * nested map, each under its own name with {@link #prefix()} in front. With
 *
 * <pre>{@code
 * @Table(name = "Orders")
 * public record Order(@PartitionKey String id, @Flatten(prefix = "ship_") Address shipping) {}
 *
 * @Document
 * public record Address(String street, String city) {}
 * }</pre>
 *
 * an order is stored as {@code {id, ship_street, ship_city}}, so that conditions, filters and
 * updates reach the address's attributes as top-level attributes ({@code
 * OrderAttributes.shipping.city} is the attribute {@code ship_city}).
 *
 * <ul>
 *   <li>A null field stores none of the document's attributes (or stores them as {@code NULL}
 *       when the table stores nulls). When an item is read, the field is null if none of the
 *       document's attributes is present (a {@code NULL} counts as absent); otherwise the document
 *       is built from those present, the others being null, zero or {@code false} as when it is
 *       read from a map. So a document whose attributes are all null (and that has no primitive)
 *       reads back as null.
 *   <li>A flattened attribute whose stored name is also another attribute's is a compile error: give
 *       a prefix that tells them apart.
 *   <li>The field's type must be a {@code @Document} class (not an {@code Optional}, a collection,
 *       or a converted type). A flattened field cannot be a key, an index key, a version or a Time
 *       to Live attribute, and cannot be renamed with {@link Attribute}.
 *   <li>On a field of a {@code @Document}, the flattened document's attributes are stored in that
 *       document's map with the prefix; when that document is flattened into an item in turn,
 *       they reach the item's top level with both prefixes. A document cannot flatten itself,
 *       directly or through another.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Flatten {
  /**
   * Put in front of each of the document's stored names to make the item's attribute names.
   *
   * @return the prefix; empty (the default) stores the document's attributes under their own names
   */
  String prefix() default "";
}
