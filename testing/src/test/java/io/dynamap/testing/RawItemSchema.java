package io.dynamap.testing;

import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A hand-written schema whose "entities" are raw items, to test without generated code. */
record RawItemSchema(String tableName, KeyDefinition key)
    implements ItemSchema<Map<String, AttributeValue>> {

  @Override
  public String entityName() {
    return "RawItem";
  }

  @Override
  public Map<String, AttributeValue> toItem(Map<String, AttributeValue> entity) {
    return Map.copyOf(entity);
  }

  @Override
  public Map<String, AttributeValue> fromItem(Map<String, AttributeValue> item) {
    return Map.copyOf(item);
  }

  @Override
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> entity) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put(key().partitionKey().name(), entity.get(key().partitionKey().name()));
    key().sortKeyIfAny().ifPresent(sortKey -> key.put(sortKey.name(), entity.get(sortKey.name())));
    return key;
  }
}
