package io.dynamap.local.engine;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key of a table or index: its partition key attributes and its sort key attributes (none, one,
 * or several), each of type S, N or B. A table's key and a local index's key have one partition
 * attribute and at most one sort attribute; a global index's key may have up to four of each
 * (multi-attribute keys, developer guide, <em>Using Global Secondary Indexes</em>, "Multi-attribute
 * key schema"). Validates items and keys against itself with DynamoDB's messages.
 *
 * @param partitionAttributes the partition key attributes, in key schema order (at least one)
 * @param sortAttributes the sort key attributes, in key schema order (empty without sort key)
 */
public record KeySchema(List<Attribute> partitionAttributes, List<Attribute> sortAttributes) {

  /** The most attributes a global index's partition key, or its sort key, may have. */
  public static final int MAX_ATTRIBUTES_PER_ROLE = 4;

  private static final int MAX_PARTITION_KEY_BYTES = 2048;
  private static final int MAX_SORT_KEY_BYTES = 1024;

  /** One key attribute: its name and its scalar type. */
  public record Attribute(String name, Value.Type type) {}

  public KeySchema {
    partitionAttributes = List.copyOf(partitionAttributes);
    sortAttributes = List.copyOf(sortAttributes);
    if (partitionAttributes.isEmpty()) {
      throw new IllegalArgumentException("a key schema has a partition key");
    }
  }

  public static KeySchema of(String partitionKey, Value.Type partitionType) {
    return new KeySchema(List.of(new Attribute(partitionKey, partitionType)), List.of());
  }

  public static KeySchema of(String partitionKey, Value.Type partitionType, String sortKey,
      Value.Type sortType) {
    return new KeySchema(List.of(new Attribute(partitionKey, partitionType)),
        List.of(new Attribute(sortKey, sortType)));
  }

  /** Whether the partition key or the sort key has more than one attribute. */
  public boolean isMultiAttribute() {
    return partitionAttributes.size() > 1 || sortAttributes.size() > 1;
  }

  /**
   * The partition key's attribute, for the single-attribute keys of tables and local indexes.
   *
   * @throws IllegalStateException on a multi-attribute key, whose callers must use the lists
   */
  public String partitionKey() {
    return single(partitionAttributes).name();
  }

  /** The partition key's type; single-attribute keys only, as {@link #partitionKey()}. */
  public Value.Type partitionType() {
    return single(partitionAttributes).type();
  }

  /** The sort key's attribute or null; single-attribute keys only, as {@link #partitionKey()}. */
  public String sortKey() {
    return sortAttributes.isEmpty() ? null : single(sortAttributes).name();
  }

  /** The sort key's type or null; single-attribute keys only, as {@link #partitionKey()}. */
  public Value.Type sortType() {
    return sortAttributes.isEmpty() ? null : single(sortAttributes).type();
  }

  private Attribute single(List<Attribute> attributes) {
    if (isMultiAttribute()) {
      throw new IllegalStateException("multi-attribute key schema read as single: " + this);
    }
    return attributes.get(0);
  }

  public boolean hasSortKey() {
    return !sortAttributes.isEmpty();
  }

  /** Every key attribute's name: the partition attributes, then the sort attributes. */
  public List<String> attributeNames() {
    List<String> names = new ArrayList<>();
    for (Attribute attribute : partitionAttributes) {
      names.add(attribute.name());
    }
    for (Attribute attribute : sortAttributes) {
      names.add(attribute.name());
    }
    return names;
  }

  /** The partition attributes' types by name, in key schema order. */
  public Map<String, Value.Type> partitionTypes() {
    return typesOf(partitionAttributes);
  }

  /** The sort attributes' types by name, in key schema order. */
  public Map<String, Value.Type> sortTypes() {
    return typesOf(sortAttributes);
  }

  private static Map<String, Value.Type> typesOf(List<Attribute> attributes) {
    Map<String, Value.Type> types = new LinkedHashMap<>();
    for (Attribute attribute : attributes) {
      types.put(attribute.name(), attribute.type());
    }
    return Collections.unmodifiableMap(types);
  }

  /** The declared type of a key attribute, or null where {@code attribute} is not one. */
  public Value.Type typeOf(String attribute) {
    for (Attribute key : partitionAttributes) {
      if (key.name().equals(attribute)) {
        return key.type();
      }
    }
    for (Attribute key : sortAttributes) {
      if (key.name().equals(attribute)) {
        return key.type();
      }
    }
    return null;
  }

  /** Whether {@code attribute} is one of this schema's key attributes. */
  public boolean isKeyAttribute(String attribute) {
    return typeOf(attribute) != null;
  }

  /** The number of key attributes: 1 or 2 for a table, up to 8 for a global index. */
  public int size() {
    return partitionAttributes.size() + sortAttributes.size();
  }

  /** An item's partition attribute values in key schema order (null for a missing one). */
  public List<Value> partitionValues(Map<String, Value> item) {
    return valuesOf(partitionAttributes, item);
  }

  /** An item's sort attribute values in key schema order (null for a missing one). */
  public List<Value> sortValues(Map<String, Value> item) {
    return valuesOf(sortAttributes, item);
  }

  private static List<Value> valuesOf(List<Attribute> attributes, Map<String, Value> item) {
    List<Value> values = new ArrayList<>(attributes.size());
    for (Attribute attribute : attributes) {
      values.add(item.get(attribute.name()));
    }
    return values;
  }

  /**
   * The key of an item being written, refusing a missing key attribute, a key of the wrong type,
   * an empty string or binary, or a key over DynamoDB's size limits. Tables only.
   */
  public PrimaryKey keyOfItem(Map<String, Value> item) {
    Value partition = itemKeyValue(item, partitionKey(), partitionType(), true);
    Value sort = hasSortKey() ? itemKeyValue(item, sortKey(), sortType(), false) : null;
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
    checkSize(List.of(value), partition);
    return value;
  }

  /**
   * The key given in a request's {@code Key} (GetItem, DeleteItem, UpdateItem, ...): exactly the
   * key attributes, of the right types, else {@code The provided key element does not match the
   * schema}. Tables only.
   */
  public PrimaryKey keyOfKey(Map<String, Value> key) {
    checkKey(key);
    return new PrimaryKey(key.get(partitionKey()), hasSortKey() ? key.get(sortKey()) : null);
  }

  /**
   * Checks a key map of this schema (an ExclusiveStartKey's index key, a {@code Key}): exactly the
   * key attributes, each of its declared type, not empty, the partition attributes and the sort
   * attributes each within DynamoDB's size limit (added up where there are several).
   */
  public void checkKey(Map<String, Value> key) {
    if (key.size() != size()) {
      throw DynamoException.validation("The provided key element does not match the schema");
    }
    checkKeyValues(partitionAttributes, key, true);
    checkKeyValues(sortAttributes, key, false);
  }

  private static void checkKeyValues(List<Attribute> attributes, Map<String, Value> key,
      boolean partition) {
    List<Value> values = new ArrayList<>();
    for (Attribute attribute : attributes) {
      Value value = key.get(attribute.name());
      if (value == null || value.type() != attribute.type()) {
        throw DynamoException.validation("The provided key element does not match the schema");
      }
      checkNotEmpty(value, attribute.name(), "One or more parameter values were invalid: ");
      values.add(value);
    }
    checkSize(values, partition);
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

  private static void checkSize(List<Value> values, boolean partition) {
    long size = 0;
    for (Value value : values) {
      if (value instanceof Value.S s) {
        size += io.dynamap.local.value.ItemSize.utf8Length(s.value());
      } else if (value instanceof Value.B b) {
        size += b.value().length();
      } // numbers are always small enough
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
    for (String name : attributeNames()) {
      Value value = item.get(name);
      if (value != null) {
        key.put(name, value);
      }
    }
    return key;
  }

  /** The key as a map of attribute values. Tables only. */
  public Map<String, Value> toMap(PrimaryKey key) {
    Map<String, Value> map = new LinkedHashMap<>();
    map.put(partitionKey(), key.partition());
    if (hasSortKey()) {
      map.put(sortKey(), key.sort());
    }
    return map;
  }

  /**
   * Whether an item has every attribute of this schema: a secondary index holds only those (an
   * item lacking any one of a multi-attribute key's attributes is not in the index).
   */
  public boolean coversItem(Map<String, Value> item) {
    for (Attribute attribute : partitionAttributes) {
      if (!item.containsKey(attribute.name())) {
        return false;
      }
    }
    for (Attribute attribute : sortAttributes) {
      if (!item.containsKey(attribute.name())) {
        return false;
      }
    }
    return true;
  }
}
