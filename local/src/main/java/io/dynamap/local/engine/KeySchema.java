package io.dynamap.local.engine;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key of a table or index: a partition key and an optional sort key, each of type S, N or B.
 * Validates items and keys against itself with DynamoDB's messages.
 *
 * @param sortKey null for a partition-key-only schema
 * @param sortType null for a partition-key-only schema
 */
public record KeySchema(String partitionKey, Value.Type partitionType, String sortKey,
    Value.Type sortType) {

  private static final int MAX_PARTITION_KEY_BYTES = 2048;
  private static final int MAX_SORT_KEY_BYTES = 1024;

  public static KeySchema of(String partitionKey, Value.Type partitionType) {
    return new KeySchema(partitionKey, partitionType, null, null);
  }

  public static KeySchema of(String partitionKey, Value.Type partitionType, String sortKey,
      Value.Type sortType) {
    return new KeySchema(partitionKey, partitionType, sortKey, sortType);
  }

  public boolean hasSortKey() {
    return sortKey != null;
  }

  /** Whether {@code attribute} is one of this schema's key attributes. */
  public boolean isKeyAttribute(String attribute) {
    return attribute.equals(partitionKey) || attribute.equals(sortKey);
  }

  /** The number of key attributes: 1 or 2. */
  public int size() {
    return hasSortKey() ? 2 : 1;
  }

  /**
   * The key of an item being written, refusing a missing key attribute, a key of the wrong type,
   * an empty string or binary, or a key over DynamoDB's size limits.
   */
  public PrimaryKey keyOfItem(Map<String, Value> item) {
    Value partition = itemKeyValue(item, partitionKey, partitionType, true);
    Value sort = hasSortKey() ? itemKeyValue(item, sortKey, sortType, false) : null;
    return new PrimaryKey(partition, sort);
  }

  private static Value itemKeyValue(Map<String, Value> item, String name, Value.Type type,
      boolean partition) {
    Value value = item.get(name);
    if (value == null) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Missing the key " + name + " in the item");
    }
    if (value.type() != type) {
      throw DynamoException.validation("One or more parameter values were invalid: Type mismatch"
          + " for key " + name + " expected: " + type + " actual: " + value.type());
    }
    checkNotEmpty(value, name, "One or more parameter values are not valid. ");
    checkSize(value, partition);
    return value;
  }

  /**
   * The key given in a request's {@code Key} (GetItem, DeleteItem, UpdateItem, ...): exactly the
   * key attributes, of the right types, else {@code The provided key element does not match the
   * schema}.
   */
  public PrimaryKey keyOfKey(Map<String, Value> key) {
    if (key.size() != size()) {
      throw DynamoException.validation("The provided key element does not match the schema");
    }
    Value partition = keyValue(key, partitionKey, partitionType, true);
    Value sort = hasSortKey() ? keyValue(key, sortKey, sortType, false) : null;
    return new PrimaryKey(partition, sort);
  }

  private static Value keyValue(Map<String, Value> key, String name, Value.Type type,
      boolean partition) {
    Value value = key.get(name);
    if (value == null || value.type() != type) {
      throw DynamoException.validation("The provided key element does not match the schema");
    }
    checkNotEmpty(value, name, "One or more parameter values were invalid: ");
    checkSize(value, partition);
    return value;
  }

  private static void checkNotEmpty(Value value, String name, String prefix) {
    if (value instanceof Value.S s && s.value().isEmpty()) {
      throw DynamoException.validation(prefix
          + "The AttributeValue for a key attribute cannot contain an empty string value. Key: "
          + name);
    }
    if (value instanceof Value.B b && b.value().length() == 0) {
      throw DynamoException.validation(prefix
          + "The AttributeValue for a key attribute cannot contain an empty binary value. Key: "
          + name);
    }
  }

  private static void checkSize(Value value, boolean partition) {
    long size;
    if (value instanceof Value.S s) {
      size = io.dynamap.local.value.ItemSize.utf8Length(s.value());
    } else if (value instanceof Value.B b) {
      size = b.value().length();
    } else {
      return; // numbers are always small enough
    }
    if (partition && size > MAX_PARTITION_KEY_BYTES) {
      throw DynamoException.validation("One or more parameter values were invalid: Size of hashkey"
          + " has exceeded the maximum size limit of2048 bytes");
    }
    if (!partition && size > MAX_SORT_KEY_BYTES) {
      throw DynamoException.validation("One or more parameter values were invalid: Aggregated size"
          + " of all range keys has exceeded the size limit of 1024 bytes");
    }
  }

  /** The key attributes of an item, as a key map (in schema order). */
  public Map<String, Value> keyAttributes(Map<String, Value> item) {
    Map<String, Value> key = new LinkedHashMap<>();
    Value partition = item.get(partitionKey);
    if (partition != null) {
      key.put(partitionKey, partition);
    }
    if (hasSortKey()) {
      Value sort = item.get(sortKey);
      if (sort != null) {
        key.put(sortKey, sort);
      }
    }
    return key;
  }

  /** The key as a map of attribute values. */
  public Map<String, Value> toMap(PrimaryKey key) {
    Map<String, Value> map = new LinkedHashMap<>();
    map.put(partitionKey, key.partition());
    if (hasSortKey()) {
      map.put(sortKey, key.sort());
    }
    return map;
  }

  /** Whether an item has every attribute of this schema (sparse indexes hold only those). */
  public boolean coversItem(Map<String, Value> item) {
    return item.containsKey(partitionKey) && (!hasSortKey() || item.containsKey(sortKey));
  }
}
