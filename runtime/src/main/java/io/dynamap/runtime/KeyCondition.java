package io.dynamap.runtime;

import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key condition for a query on entities of type {@code T}: equality on a partition key and, at
 * most, one condition on the sort key. Generated key builders ({@code OrderKeys.partition(…)})
 * are the only way to make one, so a query without a partition key, or with a condition on an
 * attribute that is no key, does not compile.
 *
 * <p>Instances are immutable.
 *
 * @param <T> the entity type the query returns
 */
public class KeyCondition<T> {
  private final String indexName;
  private final String partitionKeyName;
  private final AttributeValue partitionValue;
  private final SortOperator sortOperator;
  private final String sortKeyName;
  private final List<AttributeValue> sortValues;
  private final String typeAttribute; // with typeValue: a filter keeping one entity type; else null
  private final String typeValue;

  /**
   * A condition on the partition key alone.
   *
   * @param indexName the index to query, or {@code null} for the table
   * @param partitionKeyName the stored name of the partition key
   * @param partitionValue the partition key's value, already encoded
   */
  protected KeyCondition(String indexName, String partitionKeyName, AttributeValue partitionValue) {
    this(indexName, partitionKeyName, partitionValue, null, null);
  }

  /**
   * A condition on the partition key alone, for an entity type of a single table whose items may
   * share the keys it selects with other types' (an overloaded index): a query with it keeps only
   * the items whose {@code typeAttribute} is {@code typeValue}, by a filter.
   *
   * @param indexName the index to query, or {@code null} for the table
   * @param partitionKeyName the stored name of the partition key
   * @param partitionValue the partition key's value, already encoded
   * @param typeAttribute the table's type attribute, or {@code null} for no such filter
   * @param typeValue the entity type to keep, or {@code null} for no such filter
   */
  protected KeyCondition(
      String indexName,
      String partitionKeyName,
      AttributeValue partitionValue,
      String typeAttribute,
      String typeValue) {
    this.indexName = indexName;
    this.partitionKeyName = Objects.requireNonNull(partitionKeyName, "partitionKeyName");
    this.partitionValue = Objects.requireNonNull(partitionValue, "partitionValue");
    this.sortOperator = null;
    this.sortKeyName = null;
    this.sortValues = List.of();
    if ((typeAttribute == null) != (typeValue == null)) {
      throw new IllegalArgumentException("give both the type attribute and the type, or neither");
    }
    this.typeAttribute = typeAttribute;
    this.typeValue = typeValue;
  }

  private KeyCondition(
      KeyCondition<T> partition,
      SortOperator sortOperator,
      String sortKeyName,
      List<AttributeValue> sortValues) {
    this.indexName = partition.indexName;
    this.partitionKeyName = partition.partitionKeyName;
    this.partitionValue = partition.partitionValue;
    this.sortOperator = sortOperator;
    this.sortKeyName = sortKeyName;
    this.sortValues = List.copyOf(sortValues);
    this.typeAttribute = partition.typeAttribute;
    this.typeValue = partition.typeValue;
  }

  /**
   * This partition condition with a condition on the sort key added.
   *
   * @param operator the sort key operator
   * @param sortKeyName the sort key's stored attribute name
   * @param values the encoded operands: two for {@code BETWEEN}, one for the others
   * @return a new key condition; this one is unchanged
   * @throws IllegalStateException if this condition already has a sort key condition
   */
  protected final KeyCondition<T> withSortCondition(
      SortOperator operator, String sortKeyName, List<AttributeValue> values) {
    if (this.sortOperator != null) {
      throw new IllegalStateException("key condition already has a sort key condition: " + this);
    }
    int expected = operator == SortOperator.BETWEEN ? 2 : 1;
    if (values.size() != expected) {
      throw new IllegalArgumentException(
          operator + " takes " + expected + " value(s), got " + values.size());
    }
    return new KeyCondition<>(this, operator, sortKeyName, values);
  }

  /**
   * The index this condition queries, or empty for the table itself.
   *
   * @return the index name, or empty
   */
  public final Optional<String> indexName() {
    return Optional.ofNullable(indexName);
  }

  /**
   * The stored name of the partition key.
   *
   * @return the attribute name
   */
  public final String partitionKeyName() {
    return partitionKeyName;
  }

  /**
   * The encoded value of the partition key.
   *
   * @return the encoded value
   */
  public final AttributeValue partitionValue() {
    return partitionValue;
  }

  /**
   * The sort key operator, or empty if only the partition key is fixed.
   *
   * @return the operator, or empty
   */
  public final Optional<SortOperator> sortOperator() {
    return Optional.ofNullable(sortOperator);
  }

  /**
   * The filter a query with this condition adds, keeping one entity type of a single table
   * ({@code _type = "INVOICE"}), or empty. Generated key builders give one for an index whose keys
   * other entity types may also compose, so that a typed query never reads a neighbour's item.
   *
   * @return the type filter, or empty for a table of one entity type
   */
  public final Optional<Condition<T>> typeFilter() {
    if (typeAttribute == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ComparableAttribute<T, String>(typeAttribute) {
          @Override
          protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
          }
        }.eq(typeValue));
  }

  /**
   * Renders this condition as a {@code KeyConditionExpression} with placeholders.
   *
   * @return a new expression holding the text and the placeholders {@code #k0…} and {@code :v0…}
   */
  public final Expression toExpression() {
    Map<String, String> names = new LinkedHashMap<>(4);
    Map<String, AttributeValue> values = new LinkedHashMap<>(4);
    names.put("#k0", partitionKeyName);
    values.put(":v0", partitionValue);
    StringBuilder text = new StringBuilder("#k0 = :v0");
    if (sortOperator != null) {
      names.put("#k1", sortKeyName);
      text.append(" AND ");
      switch (sortOperator) {
        case BETWEEN -> {
          values.put(":v1", sortValues.get(0));
          values.put(":v2", sortValues.get(1));
          text.append("#k1 BETWEEN :v1 AND :v2");
        }
        case BEGINS_WITH -> {
          values.put(":v1", sortValues.get(0));
          text.append("begins_with(#k1, :v1)");
        }
        default -> {
          values.put(":v1", sortValues.get(0));
          text.append("#k1 ").append(sortOperator.symbol()).append(" :v1");
        }
      }
    }
    return new Expression(text.toString(), names, values);
  }

  /** A readable form, for logs and messages: {@code customerId = "c-1" AND placedAt > "…"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (indexName != null) {
      s.append("index ").append(indexName).append(": ");
    }
    s.append(partitionKeyName).append(" = ").append(Values.describe(partitionValue));
    if (sortOperator != null) {
      s.append(" AND ").append(sortKeyName);
      switch (sortOperator) {
        case BETWEEN -> s.append(" BETWEEN ")
            .append(Values.describe(sortValues.get(0)))
            .append(" AND ")
            .append(Values.describe(sortValues.get(1)));
        case BEGINS_WITH -> s.append(" begins_with ").append(Values.describe(sortValues.get(0)));
        default -> s.append(' ')
            .append(sortOperator.symbol())
            .append(' ')
            .append(Values.describe(sortValues.get(0)));
      }
    }
    return s.toString();
  }
}
