package io.dynamap.runtime.core;

import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.page.AbstractRead;
import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.ItemSchema;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the queries and scans of one entity's repository share, blocking or not: the index a key
 * condition or a scan names, checked against the schema's, and, for an entity sharing its table
 * with other types ({@code @Item}), the filter that keeps a scan to this schema's own types. The
 * blocking {@link io.dynamap.runtime.TableRepository} and the non-blocking {@code
 * AsyncTableRepository} both build their reads through it, so that they read the same items.
 *
 * @param <T> the entity type
 */
public final class EntityReads<T> {
  private final ItemSchema<T> schema;
  /** For entity types sharing a table: keeps a scan to this schema's item types; else null. */
  private final Condition<T> ownTypes;

  private EntityReads(ItemSchema<T> schema) {
    this.schema = schema;
    this.ownTypes =
        schema
            .typeAttribute()
            .map(
                name ->
                    new ComparableAttribute<T, String>(name) {
                      @Override
                      protected AttributeValue encode(String value) {
                        return AttributeValue.fromS(value);
                      }
                    }.in(schema.typeValues()))
            .orElse(null);
  }

  /**
   * The reads of one entity type.
   *
   * @param schema the entity's schema; not null
   * @param <T> the entity type
   * @return the entity's reads; hold one per repository
   */
  public static <T> EntityReads<T> of(ItemSchema<T> schema) {
    return new EntityReads<>(Objects.requireNonNull(schema, "schema"));
  }

  /**
   * Whether a key condition reads a global secondary index of the entity, which refuses
   * consistent reads.
   *
   * @param condition a key condition from the entity's generated key builder; not null
   * @return true if it names one of the schema's global indexes
   */
  public boolean readsGlobalIndex(KeyCondition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return condition.indexName().flatMap(this::indexNamed).map(IndexDefinition::global).orElse(false);
  }

  /**
   * One of the entity's secondary indexes, by name.
   *
   * @param indexName the index name; not null
   * @return the index's definition
   * @throws IllegalArgumentException if the entity declares no index of that name; the message
   *     lists those it declares
   */
  public IndexDefinition index(String indexName) {
    Objects.requireNonNull(indexName, "indexName");
    return indexNamed(indexName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    schema.entityName()
                        + " has no index "
                        + indexName
                        + "; its indexes are "
                        + schema.indexes().stream().map(IndexDefinition::name).toList()));
  }

  /**
   * A scan kept to this schema's own item types: in a table shared by several entity types, the
   * scan with a filter on the type attribute (every item is still read); otherwise the scan as it
   * is.
   *
   * @param scan a scan of the entity's table or of one of its indexes; not null
   * @param <R> the scan's type, blocking or not
   * @return the scan, filtered to this schema's types if the table is shared
   */
  public <R extends AbstractRead<T, R>> R ownTypesOf(R scan) {
    Objects.requireNonNull(scan, "scan");
    return ownTypes == null ? scan : scan.filter(ownTypes);
  }

  private Optional<IndexDefinition> indexNamed(String indexName) {
    return schema.indexes().stream().filter(index -> index.name().equals(indexName)).findFirst();
  }
}
