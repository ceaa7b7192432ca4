package io.dynamap.local.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.api.DynamoException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribute values to and from DynamoDB's JSON ({@code {"S": "x"}}), reading with DynamoDB's
 * validation: exactly one type per value, numbers in range, sets neither empty nor with
 * duplicates, {@code NULL} only {@code true}.
 */
public final class ValueJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ValueJson() {}

  /** Reads an item (a map of attribute values), validating every value. */
  public static Map<String, Value> readItem(JsonNode node) {
    Map<String, Value> item = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return item;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      item.put(field.getKey(), read(field.getValue()));
    }
    return item;
  }

  /** Reads one attribute value, validating it. */
  public static Value read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw DynamoException.serialization("Unexpected value type in payload");
    }
    if (node.isEmpty()) {
      throw DynamoException.validation(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    Value value = null;
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNull()) {
        continue;
      }
      Value read = readTyped(field.getKey(), field.getValue());
      if (read == null) {
        continue;
      }
      if (value != null) {
        throw DynamoException.validation(
            "Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
                + " the supported datatypes");
      }
      value = read;
    }
    if (value == null) {
      throw DynamoException.validation(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    return value;
  }

  private static Value readTyped(String type, JsonNode node) {
    switch (type) {
      case "S":
        return new Value.S(text(node));
      case "N":
        return new Value.N(Numbers.parse(text(node)));
      case "B":
        return new Value.B(binary(node));
      case "BOOL":
        if (!node.isBoolean()) {
          throw DynamoException.serialization("Unexpected token received from parser");
        }
        return Value.Bool.of(node.booleanValue());
      case "NULL":
        if (!node.isBoolean()) {
          throw DynamoException.serialization("Unexpected token received from parser");
        }
        if (!node.booleanValue()) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: Null attribute value types must have"
                  + " the value of true");
        }
        return Value.Null.INSTANCE;
      case "SS": {
        List<String> members = new ArrayList<>();
        for (JsonNode member : array(node)) {
          members.add(text(member));
        }
        if (members.isEmpty()) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: An string set  may not be empty");
        }
        Set<String> set = new LinkedHashSet<>(members);
        if (set.size() < members.size()) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: Input collection "
                  + listText(members) + " contains duplicates.");
        }
        return new Value.SS(set);
      }
      case "NS": {
        List<BigDecimal> members = new ArrayList<>();
        for (JsonNode member : array(node)) {
          members.add(Numbers.parse(text(member)));
        }
        if (members.isEmpty()) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: An number set  may not be empty");
        }
        Set<BigDecimal> set = new LinkedHashSet<>(members);
        if (set.size() < members.size()) {
          throw DynamoException.validation("Input collection contains duplicates");
        }
        return new Value.NS(set);
      }
      case "BS": {
        List<Bytes> members = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode member : array(node)) {
          members.add(binary(member));
          texts.add(member.asText());
        }
        if (members.isEmpty()) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: Binary sets should not be empty");
        }
        Set<Bytes> set = new LinkedHashSet<>(members);
        if (set.size() < members.size()) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: Input collection "
                  + listText(texts) + "of type BS contains duplicates.");
        }
        return new Value.BS(set);
      }
      case "M": {
        if (!node.isObject()) {
          throw DynamoException.serialization("Unexpected value type in payload");
        }
        return new Value.M(readItem(node));
      }
      case "L": {
        List<Value> values = new ArrayList<>();
        for (JsonNode member : array(node)) {
          values.add(read(member));
        }
        return new Value.L(values);
      }
      default:
        // DynamoDB's deserializer ignores fields it does not know.
        return null;
    }
  }

  private static String text(JsonNode node) {
    if (!node.isTextual()) {
      throw DynamoException.serialization(
          node.isNumber()
              ? "NUMBER_VALUE cannot be converted to String"
              : "Unexpected token received from parser");
    }
    return node.textValue();
  }

  private static Bytes binary(JsonNode node) {
    String text = text(node);
    try {
      return Bytes.fromBase64(text);
    } catch (IllegalArgumentException e) {
      throw DynamoException.serialization(
          "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
    }
  }

  private static ArrayNode array(JsonNode node) {
    if (!node.isArray()) {
      throw DynamoException.serialization("Unexpected field type");
    }
    return (ArrayNode) node;
  }

  private static String listText(List<String> members) {
    return "[" + String.join(", ", members) + "]";
  }

  /** Writes an item as DynamoDB's JSON. */
  public static ObjectNode writeItem(Map<String, Value> item) {
    ObjectNode node = JSON.objectNode();
    for (Map.Entry<String, Value> attribute : item.entrySet()) {
      node.set(attribute.getKey(), write(attribute.getValue()));
    }
    return node;
  }

  /** Writes one attribute value as DynamoDB's JSON, numbers in canonical form. */
  public static ObjectNode write(Value value) {
    ObjectNode node = JSON.objectNode();
    switch (value.type()) {
      case S -> node.put("S", ((Value.S) value).value());
      case N -> node.put("N", ((Value.N) value).text());
      case B -> node.put("B", ((Value.B) value).value().toBase64());
      case BOOL -> node.put("BOOL", ((Value.Bool) value).value());
      case NULL -> node.put("NULL", true);
      case SS -> {
        ArrayNode members = node.putArray("SS");
        ((Value.SS) value).values().forEach(members::add);
      }
      case NS -> {
        ArrayNode members = node.putArray("NS");
        ((Value.NS) value).values().forEach(member -> members.add(member.toPlainString()));
      }
      case BS -> {
        ArrayNode members = node.putArray("BS");
        ((Value.BS) value).values().forEach(member -> members.add(member.toBase64()));
      }
      case M -> node.set("M", writeItem(((Value.M) value).values()));
      case L -> {
        ArrayNode members = node.putArray("L");
        ((Value.L) value).values().forEach(member -> members.add(write(member)));
      }
    }
    return node;
  }
}
