package io.dynamap.local.expr;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
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
 * <p>Thread-safe, though a request's expressions are normally parsed by one thread.
 */
public final class ExpressionContext {
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

  /** A context with no placeholders, for expressions built from legacy parameters. */
  public static ExpressionContext empty() {
    return new ExpressionContext(null, null);
  }

  /** The attribute name {@code placeholder} stands for (marking it used), or null. */
  synchronized String name(String placeholder) {
    String name = names.get(placeholder);
    if (name != null) {
      usedNames.add(placeholder);
    }
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
