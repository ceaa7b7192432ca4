package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the fields of the batch and transaction requests the way DynamoDB's deserializer does:
 * a field of the wrong JSON type is a {@code SerializationException} with the deserializer's
 * message, a JSON {@code null} is an absent field. Attribute values whose content DynamoDB refuses
 * later (after its constraint checks) are remembered as {@linkplain #deferred() a deferred error}
 * so that constraint violations are reported first, as DynamoDB reports them.
 */
final class RequestShapes {
  static final String MODEL = "com.amazonaws.dynamodb.v20120810.";
  private static final String PARAMETERIZED_CAST =
      "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class"
          + " java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and"
          + " java.lang.Class are in module java.base of loader 'bootstrap')";
  static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

  private DynamoException deferred;

  /**
   * The first attribute-value error met since the last call, to throw after the constraint
   * checks, or null; clears it.
   */
  DynamoException takeDeferred() {
    DynamoException error = deferred;
    deferred = null;
    return error;
  }

  static JsonNode field(JsonNode parent, String name) {
    JsonNode node = parent == null ? null : parent.get(name);
    return node == null || node.isNull() ? null : node;
  }

  /** A string field, or null when absent. */
  static String string(JsonNode parent, String name) {
    JsonNode node = field(parent, name);
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    throw DynamoException.serialization(notConvertible(node, "String", "class java.lang.String"));
  }

  /** A boolean field (DynamoDB also accepts the strings true/false, 1/0, yes/no), or null. */
  static Boolean bool(JsonNode parent, String name) {
    JsonNode node = field(parent, name);
    if (node == null) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String text = node.textValue().toUpperCase(java.util.Locale.ROOT);
      if (text.equals("TRUE") || text.equals("1") || text.equals("YES")) {
        return true;
      }
      if (text.equals("FALSE") || text.equals("0") || text.equals("NO")) {
        return false;
      }
      throw DynamoException.serialization("Unexpected token received from parser");
    }
    throw DynamoException.serialization(notConvertible(node, "Boolean", "class java.lang.Boolean"));
  }

  private static String notConvertible(JsonNode node, String type, String collectionType) {
    if (node.isBoolean()) {
      return (node.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE") + " cannot be converted to " + type;
    }
    if (node.isNumber()) {
      return (node.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE")
          + " cannot be converted to " + type;
    }
    if (node.isArray()) {
      return "Unrecognized collection type " + collectionType;
    }
    return "Start of structure or map found where not expected";
  }

  /** A list of strings ({@code AttributesToGet}) without null members, or null. */
  static List<String> stringList(JsonNode parent, String name) {
    ArrayNode array = list(parent, name);
    if (array == null) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode member : array) {
      if (member.isNull()) {
        continue; // the deserializer drops null members
      }
      if (member.isTextual()) {
        strings.add(member.textValue());
      } else {
        throw DynamoException.serialization(
            notConvertible(member, "String", "class java.lang.String"));
      }
    }
    return strings;
  }

  /** A plain list field, or null. */
  static ArrayNode list(JsonNode parent, String name) {
    JsonNode node = field(parent, name);
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return (ArrayNode) node;
    }
    throw DynamoException.serialization(
        node.isObject() ? "Start of structure or map found where not expected"
            : "Unexpected field type");
  }

  /** A list nested in a map's value, which DynamoDB's deserializer reads as a parameterized type. */
  static ArrayNode parameterizedList(JsonNode node) {
    if (node.isArray()) {
      return (ArrayNode) node;
    }
    throw DynamoException.serialization(
        node.isObject() ? "Start of structure or map found where not expected"
            : PARAMETERIZED_CAST);
  }

  /** An attribute-value map that is a list member, read as a parameterized type. */
  static ObjectNode parameterizedMap(JsonNode node) {
    if (node.isObject()) {
      return (ObjectNode) node;
    }
    throw DynamoException.serialization(
        node.isArray()
            ? "Unrecognized collection type java.util.Map<java.lang.String, " + MODEL
                + "AttributeValue>"
            : PARAMETERIZED_CAST);
  }

  /**
   * A map field, or null.
   *
   * @param valueType the Java type of the map's values in DynamoDB's model, for the message
   */
  static ObjectNode map(JsonNode parent, String name, String valueType) {
    JsonNode node = field(parent, name);
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      return (ObjectNode) node;
    }
    throw DynamoException.serialization(
        node.isArray()
            ? "Unrecognized collection type java.util.Map<java.lang.String, " + valueType + ">"
            : "Unexpected field type");
  }

  /** A structure that is a member of a list or map. */
  static ObjectNode valueStruct(JsonNode node, String structure) {
    if (node.isObject()) {
      return (ObjectNode) node;
    }
    throw DynamoException.serialization(
        node.isArray()
            ? "Unrecognized collection type class " + MODEL + structure
            : "Unexpected value type in payload");
  }

  /** A structure that is a field of another structure, or null. */
  static ObjectNode fieldStruct(JsonNode parent, String name, String structure) {
    JsonNode node = field(parent, name);
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      return (ObjectNode) node;
    }
    throw DynamoException.serialization(
        node.isArray()
            ? "Unrecognized collection type class " + MODEL + structure
            : "Unexpected field type");
  }

  /** {@code ExpressionAttributeNames}, or null. */
  static Map<String, String> names(JsonNode parent) {
    ObjectNode node = map(parent, "ExpressionAttributeNames", "java.lang.String");
    if (node == null) {
      return null;
    }
    Map<String, String> names = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        continue;
      }
      if (!value.isTextual()) {
        throw DynamoException.serialization(
            notConvertible(value, "String", "class java.lang.String"));
      }
      names.put(entry.getKey(), value.textValue());
    }
    return names;
  }

  /** An attribute-value map field ({@code Item}, {@code Key}, ...), or null. */
  Map<String, Value> attributeMap(JsonNode parent, String name) {
    ObjectNode node = map(parent, name, MODEL + "AttributeValue");
    return node == null ? null : attributes(node);
  }

  /** The attribute values of a map node, deferring DynamoDB's value-content errors. */
  Map<String, Value> attributes(ObjectNode node) {
    Map<String, Value> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      if (entry.getValue().isNull()) {
        continue;
      }
      if (entry.getValue().isArray()) {
        throw DynamoException.serialization(
            "Unrecognized collection type class " + MODEL + "AttributeValue");
      }
      try {
        values.put(entry.getKey(), ValueJson.read(entry.getValue()));
      } catch (DynamoException e) {
        if (!e.type().equals("ValidationException")) {
          throw e;
        }
        if (deferred == null) {
          deferred = e;
        }
      }
    }
    return values;
  }
}
