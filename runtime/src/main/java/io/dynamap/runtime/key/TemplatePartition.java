package io.dynamap.runtime.key;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A partition of a single table, seen from one entity type whose keys are composed from templates
 * ({@code CUSTOMER#{customerId}} / {@code ORDER#{placedAt}}). Other entity types may share the
 * partition, so this is no key condition by itself: {@link #all()} selects this type's items by
 * the literal prefix of its sort key template, and the generated sort key methods narrow further.
 *
 * @param <T> the entity type
 */
public class TemplatePartition<T> {
  private final KeyCondition<T> partition;
  private final String sortKeyName;
  private final String sortPrefix;
  private final boolean constantSort;

  /**
   * For generated key builders.
   *
   * @param indexName the index, or {@code null} for the table
   * @param partitionKeyName the physical partition key attribute ({@code pk})
   * @param partitionValue the composed partition key
   * @param sortKeyName the physical sort key attribute ({@code sk})
   * @param sortPrefix the sort key template's text before its first field, or the whole key if it
   *     has no field
   * @param constantSort whether the sort key template has no field (one item per partition)
   */
  protected TemplatePartition(
      String indexName,
      String partitionKeyName,
      String partitionValue,
      String sortKeyName,
      String sortPrefix,
      boolean constantSort) {
    this(indexName, partitionKeyName, partitionValue, sortKeyName, sortPrefix, constantSort, null, null);
  }

  /**
   * A partition whose items other entity types may share with the same sort key format (an
   * overloaded index): every query from it also filters on the type attribute, keeping this
   * type's items. A page read with a filter may hold fewer items than were read; {@link
   * io.dynamap.runtime.page.Query#page} and {@link io.dynamap.runtime.page.Query#limit} still
   * count the items returned.
   *
   * @param indexName the index, or {@code null} for the table
   * @param partitionKeyName the physical partition key attribute ({@code gsi1pk})
   * @param partitionValue the composed partition key
   * @param sortKeyName the physical sort key attribute ({@code gsi1sk})
   * @param sortPrefix the sort key template's text before its first field, or the whole key if it
   *     has no field
   * @param constantSort whether the sort key template has no field
   * @param typeAttribute the table's type attribute ({@code _type})
   * @param typeValue this entity's type, which the filter keeps
   */
  protected TemplatePartition(
      String indexName,
      String partitionKeyName,
      String partitionValue,
      String sortKeyName,
      String sortPrefix,
      boolean constantSort,
      String typeAttribute,
      String typeValue) {
    this.partition =
        new KeyCondition<>(
            indexName, partitionKeyName, AttributeValue.fromS(partitionValue), typeAttribute, typeValue);
    this.sortKeyName = Objects.requireNonNull(sortKeyName, "sortKeyName");
    this.sortPrefix = Objects.requireNonNull(sortPrefix, "sortPrefix");
    this.constantSort = constantSort;
  }

  /**
   * Every item of this entity type in the partition: {@code begins_with(sk, "ORDER#")}, or {@code
   * sk = "PROFILE"} for a sort key template without fields. In sort key order.
   *
   * @return a new key condition
   */
  public final KeyCondition<T> all() {
    return condition(
        constantSort ? SortOperator.EQ : SortOperator.BEGINS_WITH, List.of(sortPrefix));
  }

  /**
   * The items whose sort key is exactly {@code sortKey}: for generated key builders whose sort
   * template's fields are all fixed by the partition's ({@code i#{invoiceId}} under {@code
   * i#{invoiceId}}), so that the value is not asked for twice.
   *
   * @param sortKey the composed sort key
   * @return a new key condition
   */
  protected final KeyCondition<T> sortKeyEquals(String sortKey) {
    return condition(SortOperator.EQ, List.of(Objects.requireNonNull(sortKey, "sortKey")));
  }

  /** The partition alone, with its type filter if any. */
  final KeyCondition<T> partitionCondition() {
    return partition;
  }

  final String sortKeyName() {
    return sortKeyName;
  }

  final KeyCondition<T> condition(SortOperator operator, List<String> values) {
    return partition.withSortKeyTexts(operator, sortKeyName, values);
  }

  @Override
  public String toString() {
    return partition + " (" + sortKeyName + " from \"" + sortPrefix + "\")";
  }
}
