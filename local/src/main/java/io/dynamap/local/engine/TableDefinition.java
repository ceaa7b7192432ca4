package io.dynamap.local.engine;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table is, as CreateTable and UpdateTable define it: immutable; an update makes a new one.
 *
 * @param attributeDefinitions the attribute types declared, in the request's order
 * @param throughput the provisioned throughput; {@link Throughput#ON_DEMAND} when on demand
 * @param stream the stream settings, or null when none were given
 */
public record TableDefinition(String name, KeySchema keySchema,
    Map<String, Value.Type> attributeDefinitions, List<IndexDefinition> globalIndexes,
    List<IndexDefinition> localIndexes, BillingMode billingMode, Throughput throughput,
    StreamSpecification stream) {

  public TableDefinition {
    attributeDefinitions = java.util.Collections.unmodifiableMap(
        new LinkedHashMap<>(attributeDefinitions));
    globalIndexes = List.copyOf(globalIndexes);
    localIndexes = List.copyOf(localIndexes);
  }

  /** A table with only a key, on demand, for tests and simple callers. */
  public static TableDefinition simple(String name, KeySchema keySchema) {
    Map<String, Value.Type> attributes = new LinkedHashMap<>();
    attributes.put(keySchema.partitionKey(), keySchema.partitionType());
    if (keySchema.hasSortKey()) {
      attributes.put(keySchema.sortKey(), keySchema.sortType());
    }
    return new TableDefinition(name, keySchema, attributes, List.of(), List.of(),
        BillingMode.PAY_PER_REQUEST, Throughput.ON_DEMAND, null);
  }

  /** Both kinds of index, global ones first (the order DynamoDB checks index keys in). */
  public List<IndexDefinition> indexes() {
    List<IndexDefinition> all = new ArrayList<>(globalIndexes);
    all.addAll(localIndexes);
    return all;
  }

  /** The index of that name, or null. */
  public IndexDefinition index(String indexName) {
    for (IndexDefinition index : indexes()) {
      if (index.name().equals(indexName)) {
        return index;
      }
    }
    return null;
  }

  public TableDefinition withGlobalIndexes(List<IndexDefinition> indexes) {
    return new TableDefinition(name, keySchema, attributeDefinitions, indexes, localIndexes,
        billingMode, throughput, stream);
  }

  public TableDefinition withAttributeDefinitions(Map<String, Value.Type> definitions) {
    return new TableDefinition(name, keySchema, definitions, globalIndexes, localIndexes,
        billingMode, throughput, stream);
  }

  public TableDefinition withBilling(BillingMode mode, Throughput newThroughput) {
    return new TableDefinition(name, keySchema, attributeDefinitions, globalIndexes, localIndexes,
        mode, newThroughput, stream);
  }

  public TableDefinition withStream(StreamSpecification newStream) {
    return new TableDefinition(name, keySchema, attributeDefinitions, globalIndexes, localIndexes,
        billingMode, throughput, newStream);
  }

  /**
   * Validates an item to be stored and returns its key: the table's key attributes (present, typed,
   * not empty, within size limits), then every index key attribute present has the declared type
   * and is not empty.
   */
  public PrimaryKey validateItem(Map<String, Value> item) {
    PrimaryKey key = keySchema.keyOfItem(item);
    validateIndexKeys(item);
    return key;
  }

  /** Refuses index key attributes of the wrong type or empty (the item's own key is checked apart). */
  public void validateIndexKeys(Map<String, Value> item) {
    for (IndexDefinition index : indexes()) {
      for (KeySchema.Attribute attribute : index.keySchema().partitionAttributes()) {
        checkIndexKey(item, index, attribute.name(), attribute.type());
      }
      for (KeySchema.Attribute attribute : index.keySchema().sortAttributes()) {
        checkIndexKey(item, index, attribute.name(), attribute.type());
      }
    }
  }

  private void checkIndexKey(Map<String, Value> item, IndexDefinition index, String attribute,
      Value.Type type) {
    if (keySchema.isKeyAttribute(attribute)) {
      return;
    }
    Value value = item.get(attribute);
    if (value == null) {
      return;
    }
    if (value.type() != type) {
      throw DynamoException.validation("One or more parameter values were invalid: Type mismatch"
          + " for Index Key " + attribute + " Expected: " + type + " Actual: " + value.type()
          + " IndexName: " + index.name());
    }
    boolean empty = (value instanceof Value.S s && s.value().isEmpty())
        || (value instanceof Value.B b && b.value().length() == 0);
    if (empty) {
      // AWS refuses empty strings and binaries in index keys since empty values were allowed.
      throw DynamoException.validation("One or more parameter values are not valid. A value"
          + " specified for a secondary index key is not supported. The AttributeValue for a key"
          + " attribute cannot contain an empty " + (type == Value.Type.S ? "string" : "binary")
          + " value. IndexName: " + index.name() + ", IndexKey: " + attribute);
    }
  }
}
