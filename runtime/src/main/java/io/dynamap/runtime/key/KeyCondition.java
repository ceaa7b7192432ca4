package io.dynamap.runtime.key;

import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.schema.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key condition for a query on entities of type {@code T}: equality on the partition key and, at
 * most, one condition on the sort key. For a global index with a multi-attribute key, equality on
 * every partition attribute, equality on the first sort attributes, left to right, and at most one
 * condition, a range or an equality, on the next. Generated key builders ({@code
 * OrderKeys.partition(…)}) are the only way to make one, so a query without a partition key, with
 * a condition on an attribute that is no key, or with a sort attribute skipped does not compile.
 *
 * <p>Instances are immutable.
 *
 * @param <T> the entity type the query returns
 */
public class KeyCondition<T> {
  private final String indexName;
  /** The partition attributes' names, then those of the sort attributes fixed by equality. */
  private final List<String> equalityNames;
  private final List<AttributeValue> equalityValues;
  /** How many of the equalities are on partition attributes (the rest are on sort attributes). */
  private final int partitionAttributes;
  private final SortOperator sortOperator;
  private final String sortKeyName;
  private final List<AttributeValue> sortValues;
  private final String typeAttribute; // with typeValues: a filter keeping those entity types; else null
  private final List<String> typeValues;

  /**
   * A condition on the partition key alone.
   *
   * @param indexName the index to query, or {@code null} for the table
   * @param partitionKeyName the stored name of the partition key
   * @param partitionValue the partition key's value, already encoded
   */
  protected KeyCondition(String indexName, String partitionKeyName, AttributeValue partitionValue) {
    this(indexName, partitionKeyName, partitionValue, null, (String) null);
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
    this(
        indexName,
        List.of(Objects.requireNonNull(partitionKeyName, "partitionKeyName")),
        List.of(Objects.requireNonNull(partitionValue, "partitionValue")),
        typeAttribute,
        typeValue);
  }

  /**
   * A condition on the partition key alone, for an item collection of a single table whose
   * partition other entity types may share: a query with it keeps only the items whose {@code
   * typeAttribute} is one of {@code typeValues} ({@code EntityType IN ("invoice", "orderItem")}),
   * by a filter.
   *
   * @param indexName the index to query, or {@code null} for the table
   * @param partitionKeyName the stored name of the partition key
   * @param partitionValue the partition key's value, already encoded
   * @param typeAttribute the table's type attribute
   * @param typeValues the entity types to keep, at least one
   * @throws IllegalArgumentException if {@code typeValues} is empty
   */
  protected KeyCondition(
      String indexName,
      String partitionKeyName,
      AttributeValue partitionValue,
      String typeAttribute,
      List<String> typeValues) {
    this(
        indexName,
        List.of(Objects.requireNonNull(partitionKeyName, "partitionKeyName")),
        List.of(Objects.requireNonNull(partitionValue, "partitionValue")),
        Objects.requireNonNull(typeAttribute, "typeAttribute"),
        typeValues(typeValues));
  }

  private static List<String> typeValues(List<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a type filter keeps at least one type");
    }
    return List.copyOf(values);
  }

  /**
   * A condition on a partition key of one or more attributes (a global index's multi-attribute
   * key has up to four), each fixed by equality.
   *
   * @param indexName the index to query, or {@code null} for the table
   * @param partitionKeyNames the stored names of the partition attributes, in the key's order
   * @param partitionValues their values, already encoded, in the same order
   * @param typeAttribute the table's type attribute, or {@code null} for no such filter
   * @param typeValue the entity type to keep, or {@code null} for no such filter
   * @throws IllegalArgumentException if the lists are empty, longer than four or of other sizes
   */
  protected KeyCondition(
      String indexName,
      List<String> partitionKeyNames,
      List<AttributeValue> partitionValues,
      String typeAttribute,
      String typeValue) {
    this(indexName, partitionKeyNames, partitionValues, typeAttribute,
        typeValue == null ? null : List.of(typeValue));
  }

  private KeyCondition(
      String indexName,
      List<String> partitionKeyNames,
      List<AttributeValue> partitionValues,
      String typeAttribute,
      List<String> typeValues) {
    if (partitionKeyNames.isEmpty()
        || partitionKeyNames.size() > 4
        || partitionKeyNames.size() != partitionValues.size()) {
      throw new IllegalArgumentException(
          "a partition key has one to four attributes, each with a value; got names "
              + partitionKeyNames
              + " and "
              + partitionValues.size()
              + " values");
    }
    this.indexName = indexName;
    this.equalityNames = List.copyOf(partitionKeyNames);
    this.equalityValues = List.copyOf(partitionValues);
    this.partitionAttributes = partitionKeyNames.size();
    this.sortOperator = null;
    this.sortKeyName = null;
    this.sortValues = List.of();
    if ((typeAttribute == null) != (typeValues == null)) {
      throw new IllegalArgumentException("give both the type attribute and the type, or neither");
    }
    this.typeAttribute = typeAttribute;
    this.typeValues = typeValues;
  }

  /**
   * One attribute of a multi-attribute sort key fixed by equality, as {@link
   * SortKeyCondition#equality} makes it.
   *
   * @param sortKeyName the stored name of the sort attribute
   * @param value its value, already encoded
   */
  public record FixedSortAttribute(String sortKeyName, AttributeValue value) {
    /**
     * Checks both are given.
     *
     * @param sortKeyName the stored name of the sort attribute
     * @param value its encoded value
     */
    public FixedSortAttribute {
      Objects.requireNonNull(sortKeyName, "sortKeyName");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * {@code previous} with one more sort attribute fixed by equality: the next attribute of a
   * multi-attribute sort key, after which the following attribute may be given. Generated key
   * builders call it from a sort attribute's {@code eq} when a further sort attribute follows.
   *
   * @param previous the condition so far, without a final sort condition
   * @param fixed the sort attribute and its value
   * @throws IllegalStateException if {@code previous} already ends with a sort condition
   */
  protected KeyCondition(KeyCondition<T> previous, FixedSortAttribute fixed) {
    if (previous.sortOperator != null) {
      throw new IllegalStateException(
          "key condition already ends with a condition on its sort key: " + previous);
    }
    List<String> names = new ArrayList<>(previous.equalityNames);
    names.add(fixed.sortKeyName());
    List<AttributeValue> values = new ArrayList<>(previous.equalityValues);
    values.add(fixed.value());
    this.indexName = previous.indexName;
    this.equalityNames = List.copyOf(names);
    this.equalityValues = List.copyOf(values);
    this.partitionAttributes = previous.partitionAttributes;
    this.sortOperator = null;
    this.sortKeyName = null;
    this.sortValues = List.of();
    this.typeAttribute = previous.typeAttribute;
    this.typeValues = previous.typeValues;
  }

  private KeyCondition(
      KeyCondition<T> partition,
      SortOperator sortOperator,
      String sortKeyName,
      List<AttributeValue> sortValues) {
    this.indexName = partition.indexName;
    this.equalityNames = partition.equalityNames;
    this.equalityValues = partition.equalityValues;
    this.partitionAttributes = partition.partitionAttributes;
    this.sortOperator = sortOperator;
    this.sortKeyName = sortKeyName;
    this.sortValues = List.copyOf(sortValues);
    this.typeAttribute = partition.typeAttribute;
    this.typeValues = partition.typeValues;
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
   * {@link #withSortCondition} for a composed sort key, whose values are texts ({@code S}): what
   * the template builders ({@link TemplatePartition}, {@link TemplateSortKeyCondition}) narrow by.
   */
  final KeyCondition<T> withSortKeyTexts(SortOperator operator, String sortKeyName, List<String> values) {
    List<AttributeValue> encoded = new ArrayList<>(values.size());
    for (String value : values) {
      encoded.add(AttributeValue.fromS(value));
    }
    return withSortCondition(operator, sortKeyName, encoded);
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
   * The stored name of the partition key (its first attribute, for a multi-attribute key).
   *
   * @return the attribute name
   */
  public final String partitionKeyName() {
    return equalityNames.get(0);
  }

  /**
   * The encoded value of the partition key (its first attribute's, for a multi-attribute key).
   *
   * @return the encoded value
   */
  public final AttributeValue partitionValue() {
    return equalityValues.get(0);
  }

  /**
   * The stored names of the partition key's attributes: one, or up to four for a global index's
   * multi-attribute key.
   *
   * @return the names, in the key's order
   */
  public final List<String> partitionKeyNames() {
    return equalityNames.subList(0, partitionAttributes);
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
   * ({@code _type = "INVOICE"}) or the members of an item collection ({@code _type IN
   * ("INVOICE", "ORDER_ITEM")}), or empty. Generated key builders give one for an index whose keys
   * other entity types may also compose, so that a typed query never reads a neighbour's item.
   *
   * @return the type filter, or empty for a table of one entity type
   */
  public final Optional<Condition<T>> typeFilter() {
    if (typeAttribute == null) {
      return Optional.empty();
    }
    ComparableAttribute<T, String> type =
        new ComparableAttribute<T, String>(typeAttribute) {
          @Override
          protected AttributeValue encode(String value) {
            return AttributeValue.fromS(value);
          }
        };
    return Optional.of(
        typeValues.size() == 1 ? type.eq(typeValues.get(0)) : type.in(typeValues));
  }

  /**
   * Renders this condition as a {@code KeyConditionExpression} with placeholders.
   *
   * @return a new expression holding the text and the placeholders {@code #k0…} and {@code :v0…}
   */
  public final Expression toExpression() {
    Map<String, String> names = new LinkedHashMap<>(4);
    Map<String, AttributeValue> values = new LinkedHashMap<>(4);
    StringBuilder text = new StringBuilder();
    int k = 0;
    for (int i = 0; i < equalityNames.size(); i++, k++) {
      names.put("#k" + k, equalityNames.get(i));
      values.put(":v" + k, equalityValues.get(i));
      text.append(i == 0 ? "" : " AND ").append("#k").append(k).append(" = :v").append(k);
    }
    if (sortOperator != null) {
      String name = "#k" + k;
      String value = ":v" + k;
      names.put(name, sortKeyName);
      text.append(" AND ");
      switch (sortOperator) {
        case BETWEEN -> {
          String high = ":v" + (k + 1);
          values.put(value, sortValues.get(0));
          values.put(high, sortValues.get(1));
          text.append(name).append(" BETWEEN ").append(value).append(" AND ").append(high);
        }
        case BEGINS_WITH -> {
          values.put(value, sortValues.get(0));
          text.append("begins_with(").append(name).append(", ").append(value).append(')');
        }
        default -> {
          values.put(value, sortValues.get(0));
          text.append(name).append(' ').append(sortOperator.symbol()).append(' ').append(value);
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
    for (int i = 0; i < equalityNames.size(); i++) {
      s.append(i == 0 ? "" : " AND ")
          .append(equalityNames.get(i))
          .append(" = ")
          .append(Values.describe(equalityValues.get(i)));
    }
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
