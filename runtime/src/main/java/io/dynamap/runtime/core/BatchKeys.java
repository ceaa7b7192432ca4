package io.dynamap.runtime.core;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.KeyDefinition.KeyAttribute;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Primary keys of batch requests: checked against the entity's key, identified as DynamoDB
 * identifies them, and described for messages.
 */
public final class BatchKeys {
  private static final int MAX_SHOWN = 64;

  private BatchKeys() {}

  /**
   * A key map checked against the entity's primary key: exactly its key attributes, of their
   * declared types, not empty. Returned in key order (partition, then sort) and unmodifiable.
   *
   * @param table the entity's table
   * @param key the key to check
   * @return the key in key order, unmodifiable
   * @throws ItemMappingException naming the table and what is wrong
   */
  public static Map<String, AttributeValue> require(
      EntityTable<?> table, Map<String, AttributeValue> key) {
    KeyDefinition definition = table.schema().key();
    int expected = definition.sortKey() == null ? 1 : 2;
    if (key.size() != expected) {
      throw notAKey(
          table, key, "it has " + key.size() + " attribute" + (key.size() == 1 ? "" : "s"));
    }
    Map<String, AttributeValue> ordered = new LinkedHashMap<>(4);
    for (KeyAttribute attribute : keyAttributes(definition)) {
      AttributeValue value = key.get(attribute.name());
      if (value == null) {
        throw notAKey(table, key, "'" + attribute.name() + "' is missing");
      }
      String problem = checkValue(attribute, value);
      if (problem != null) {
        throw notAKey(table, key, problem);
      }
      ordered.put(attribute.name(), value);
    }
    return Collections.unmodifiableMap(ordered);
  }

  /**
   * The key attributes of an item the schema made, in key order. The schema has already refused
   * null and empty keys; this only guards against a schema that left one out.
   *
   * @param table the entity's table
   * @param item an item its schema made
   * @return the key attributes, unmodifiable
   * @throws ItemMappingException if a key attribute is missing
   */
  public static Map<String, AttributeValue> of(
      EntityTable<?> table, Map<String, AttributeValue> item) {
    KeyDefinition definition = table.schema().key();
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    for (KeyAttribute attribute : keyAttributes(definition)) {
      AttributeValue value = item.get(attribute.name());
      if (value == null) {
        throw new ItemMappingException(
            "table "
                + table.tableName()
                + ": the "
                + table.schema().entityName()
                + " item has no key attribute '"
                + attribute.name()
                + "'");
      }
      key.put(attribute.name(), value);
    }
    return Collections.unmodifiableMap(key);
  }

  /**
   * The identity of a key or item of this entity's table.
   *
   * @param table the entity's table
   * @param keyOrItem a key or an item
   * @return its identity
   */
  public static BatchItemId id(EntityTable<?> table, Map<String, AttributeValue> keyOrItem) {
    return id(table.tableName(), table.schema().key(), keyOrItem);
  }

  /**
   * The identity of a key or item of a table with this key.
   *
   * @param table the physical table name
   * @param definition the table's primary key
   * @param keyOrItem a key or an item
   * @return its identity
   */
  public static BatchItemId id(
      String table, KeyDefinition definition, Map<String, AttributeValue> keyOrItem) {
    return BatchItemId.of(
        table,
        definition.partitionKey().name(),
        definition.sortKey() == null ? null : definition.sortKey().name(),
        keyOrItem);
  }

  /**
   * The key attributes an item has, described; never fails, for messages about bad items.
   *
   * @param schema the item's schema
   * @param item the item
   * @return its key attributes as {@link #describe} shows them
   */
  public static String describeKeyIn(ItemSchema<?> schema, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    for (KeyAttribute attribute : keyAttributes(schema.key())) {
      if (item.get(attribute.name()) != null) {
        key.put(attribute.name(), item.get(attribute.name()));
      }
    }
    return describe(key);
  }

  /**
   * A key as {@code {customerId="c-1", placedAt="2026-…"}}, long values shortened.
   *
   * @param key a key of S, N or B values
   * @return its description
   */
  public static String describe(Map<String, AttributeValue> key) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    key.forEach((name, value) -> joiner.add(name + "=" + describe(value)));
    return joiner.toString();
  }

  private static String describe(AttributeValue value) {
    return switch (value.type()) {
      case S -> '"' + shorten(value.s()) + '"';
      case N -> shorten(value.n());
      case B -> "b64:" + shorten(Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe()));
      default -> value.type().toString();
    };
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
  }

  private static Iterable<KeyAttribute> keyAttributes(KeyDefinition definition) {
    return definition.sortKey() == null
        ? List.of(definition.partitionKey())
        : List.of(definition.partitionKey(), definition.sortKey());
  }

  /** What is wrong with one key value, or {@code null} if it is a valid value of its type. */
  private static String checkValue(KeyAttribute attribute, AttributeValue value) {
    String expected = attribute.type().toString();
    if (!value.type().toString().equals(expected)) {
      return "'" + attribute.name() + "' is " + value.type() + ", the key needs " + expected;
    }
    switch (value.type()) {
      case S -> {
        if (value.s().isEmpty()) {
          return "'" + attribute.name() + "' is an empty string";
        }
      }
      case B -> {
        if (value.b().asByteArrayUnsafe().length == 0) {
          return "'" + attribute.name() + "' is empty";
        }
      }
      case N -> {
        try {
          new BigDecimal(value.n());
        } catch (NumberFormatException e) {
          return "'" + attribute.name() + "' is not a number: " + shorten(value.n());
        }
      }
      default -> {
        // S, N and B are the only key types; the type check above has refused the rest.
      }
    }
    return null;
  }

  private static ItemMappingException notAKey(
      EntityTable<?> table, Map<String, AttributeValue> key, String problem) {
    KeyDefinition definition = table.schema().key();
    StringJoiner needed = new StringJoiner(" and ");
    for (KeyAttribute attribute : keyAttributes(definition)) {
      needed.add(attribute.name() + " (" + attribute.type() + ")");
    }
    return new ItemMappingException(
        "table "
            + table.tableName()
            + ": "
            + safeDescribe(key)
            + " is not a key of "
            + table.schema().entityName()
            + ", which needs "
            + needed
            + ": "
            + problem);
  }

  /** Describes a map that may hold any attribute types, for messages about invalid keys. */
  private static String safeDescribe(Map<String, AttributeValue> key) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    key.forEach(
        (name, value) -> joiner.add(name + "=" + (value == null ? "null" : describe(value))));
    return joiner.toString();
  }
}
