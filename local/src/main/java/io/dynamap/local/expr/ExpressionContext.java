package io.dynamap.local.expr;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.Iterator;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request,
 * shared by all its expressions, recording which placeholders they used so that unused ones are
 * refused as DynamoDB refuses them.
 *
 * <p>DynamoDB's order of checks, which the operations follow: {@link #read} (the maps themselves),
 * then the expressions in the order {@code UpdateExpression}, {@code ConditionExpression}, {@code
 * KeyConditionExpression}, {@code FilterExpression}, {@code ProjectionExpression}, then {@link
 * #checkAllUsed}.
 *
 * <p>Thread-safe, though a request's expressions are normally parsed by one thread.
 */
public final class ExpressionContext {
  private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");
  private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");

  private final Map<String, String> names;
  private final Map<String, Value> values;
  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedValues = new HashSet<>();

  /**
   * @param names the request's {@code ExpressionAttributeNames}, or null
   * @param values the request's {@code ExpressionAttributeValues}, or null
   */
  public ExpressionContext(Map<String, String> names, Map<String, Value> values) {
    this.names = names == null ? Map.of() : new LinkedHashMap<>(names);
    this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
  }

  /**
   * Reads a request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} (each
   * null or JSON null where absent), validating them as DynamoDB does: not empty, keys {@code
   * #name} / {@code :value}, values valid attribute values.
   */
  public static ExpressionContext read(JsonNode namesNode, JsonNode valuesNode) {
    Map<String, String> names = null;
    if (namesNode != null && !namesNode.isNull()) {
      if (namesNode.isEmpty()) {
        throw DynamoException.validation("ExpressionAttributeNames must not be empty");
      }
      names = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : namesNode.properties()) {
        if (!NAME_KEY.matcher(field.getKey()).matches()) {
          throw DynamoException.validation(
              "ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                  + field.getKey() + "\"");
        }
        names.put(field.getKey(), field.getValue().asText());
      }
    }
    Map<String, Value> values = null;
    if (valuesNode != null && !valuesNode.isNull()) {
      if (valuesNode.isEmpty()) {
        throw DynamoException.validation("ExpressionAttributeValues must not be empty");
      }
      Iterator<String> keys = valuesNode.fieldNames();
      while (keys.hasNext()) {
        String key = keys.next();
        if (!VALUE_KEY.matcher(key).matches()) {
          throw DynamoException.validation(
              "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
        }
      }
      values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : valuesNode.properties()) {
        try {
          values.put(field.getKey(), ValueJson.read(field.getValue()));
        } catch (DynamoException e) {
          if (!e.type().equals("ValidationException")) {
            throw e;
          }
          throw DynamoException.validation("ExpressionAttributeValues contains invalid value: "
              + e.getMessage() + " for key " + field.getKey());
        }
      }
    }
    return new ExpressionContext(names, values);
  }

  /** A context with no placeholders, for expressions built from legacy parameters. */
  public static ExpressionContext empty() {
    return new ExpressionContext(null, null);
  }

  /** The attribute name {@code placeholder} stands for (marking it used), or null. */
  synchronized String name(String placeholder) {
    String name = names.get(placeholder);
    if (name == null || name.isEmpty()) {
      // An empty name counts as undefined, as in dynalite.
      return null;
    }
    usedNames.add(placeholder);
    return name;
  }

  /** The value {@code placeholder} stands for (marking it used), or null. */
  synchronized Value value(String placeholder) {
    Value value = values.get(placeholder);
    if (value != null) {
      usedValues.add(placeholder);
    }
    return value;
  }

  /**
   * Refuses placeholders no expression of the request used, with DynamoDB's message ({@code
   * Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}}); names are
   * checked before values.
   */
  public synchronized void checkAllUsed() {
    List<String> unusedNames = new ArrayList<>();
    for (String placeholder : names.keySet()) {
      if (!usedNames.contains(placeholder)) {
        unusedNames.add(placeholder);
      }
    }
    if (!unusedNames.isEmpty()) {
      throw DynamoException.validation(
          "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
              + String.join(", ", unusedNames) + "}");
    }
    List<String> unusedValues = new ArrayList<>();
    for (String placeholder : values.keySet()) {
      if (!usedValues.contains(placeholder)) {
        unusedValues.add(placeholder);
      }
    }
    if (!unusedValues.isEmpty()) {
      throw DynamoException.validation(
          "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
              + String.join(", ", unusedValues) + "}");
    }
  }
}
