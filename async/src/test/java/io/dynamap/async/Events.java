package io.dynamap.async;

import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Raw items keyed by a stream ("pk") and a sequence number ("sk"), for the async client tests. */
final class Events implements ItemSchema<Map<String, AttributeValue>> {
  static final Events SCHEMA = new Events();

  private Events() {}

  static Map<String, AttributeValue> event(String stream, int sequence, String payload) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.putAll(key(stream, sequence));
    item.put("payload", AttributeValue.fromS(payload));
    return item;
  }

  static Map<String, AttributeValue> key(String stream, int sequence) {
    // Zero-padded, so that the string sort key orders as the numbers do.
    return Map.of(
        "pk", AttributeValue.fromS(stream),
        "sk", AttributeValue.fromS(String.format("%05d", sequence)));
  }

  @Override
  public String entityName() {
    return "Event";
  }

  @Override
  public String tableName() {
    return "Event";
  }

  @Override
  public KeyDefinition key() {
    return KeyDefinition.of("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
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
    return Map.of("pk", entity.get("pk"), "sk", entity.get("sk"));
  }
}
