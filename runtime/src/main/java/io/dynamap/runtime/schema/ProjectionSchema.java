package io.dynamap.runtime.schema;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a {@code @Projection} record is read: the attributes it names, as a {@code
 * ProjectionExpression}, and the decoding of an item holding them. Generated
 * ({@code OrderSummarySchema.INSTANCE}) from the record's components, which the processor checked
 * against the entity's attributes; it is passed where the runtime cannot look a schema up by class
 * (no reflection): {@code query(…).project(OrderSummarySchema.INSTANCE)}, {@code scan()…}, {@link
 * TableRepository#get(Map, ProjectionSchema)}.
 *
 * @param <T> the entity whose items are read, so that a projection only applies to its own reads
 * @param <P> the projection record
 */
public interface ProjectionSchema<T, P> {

  /**
   * The simple name of the projection record, for messages.
   *
   * @return the record's simple name, such as {@code OrderSummary}
   */
  String projectionName();

  /**
   * The {@code ProjectionExpression} naming every attribute the record reads, with a {@code #p…}
   * placeholder per attribute (so reserved words such as {@code status} need no care), built once.
   *
   * @return the expression; its values are empty
   */
  Expression projection();

  /**
   * The entity's secondary indexes that do not project every attribute this record reads: a read
   * of one would return items lacking them (a global index), or fetch each item again from the
   * table (a local one), so {@code project} refuses them before any request.
   *
   * @return the index names, empty if every index projects the attributes
   */
  default Set<String> uncoveredIndexes() {
    return Set.of();
  }

  /**
   * Converts an item holding the projected attributes into the record. Attributes the item lacks
   * read as for the entity: {@code null}, zero, {@code false}, or empty sets and optionals.
   *
   * @param item the stored item, as the projection returns it; not null
   * @return a new record
   * @throws ItemMappingException if an attribute has the wrong type
   */
  P fromItem(Map<String, AttributeValue> item);

  /**
   * The expression {@code #p0, #p1, …} naming {@code storedNames}, for generated schemas.
   *
   * @param storedNames the stored attribute names, in the record's order; at least one, no
   *     duplicates
   * @return the expression, without values
   * @throws IllegalArgumentException if no name is given or one is repeated
   */
  static Expression expressionOf(String... storedNames) {
    List<String> names = List.of(storedNames);
    if (names.isEmpty() || Set.copyOf(names).size() != names.size()) {
      throw new IllegalArgumentException("a projection names distinct attributes: " + names);
    }
    Map<String, String> placeholders = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      String placeholder = "#p" + placeholders.size();
      placeholders.put(placeholder, Objects.requireNonNull(name, "storedName"));
      text.append(text.length() == 0 ? "" : ", ").append(placeholder);
    }
    return new Expression(text.toString(), placeholders, Map.of());
  }
}
