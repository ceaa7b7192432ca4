package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers in a form where what may legitimately differ in JSON does not: a number's spelling
 * ({@code 1e1} and {@code 10}), the order of a set's members, base64 padding, field order. What
 * DynamoDB leaves unordered (a batch get's responses) becomes a sorted list.
 */
final class Normalized {
  private Normalized() {}

  /** The body of a successful answer, its attribute values normalised. */
  static JsonNode body(String target, JsonNode body) {
    if (!body.isObject()) {
      return body;
    }
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    if (copy.get("TableDescription") instanceof ObjectNode table) {
      copy.set("TableDescription", tableShape(table));
    }
    if (copy.has("ConsumedCapacity")) {
      copy.set("ConsumedCapacity", capacity(copy.get("ConsumedCapacity")));
    }
    for (String field : List.of("Item", "Attributes", "LastEvaluatedKey")) {
      if (copy.has(field)) {
        copy.set(field, item(copy.get(field)));
      }
    }
    if (copy.get("Items") instanceof ArrayNode items) {
      copy.set("Items", items(items, false));
    }
    if (copy.get("Responses") instanceof ObjectNode responses) {
      responses.fields().forEachRemaining(e -> {
        if (e.getValue() instanceof ArrayNode items) {
          e.setValue(items(items, true));
        }
      });
    }
    return copy;
  }

  /** Consumed capacity with its numbers compared by value ({@code 1} and {@code 1.0}). */
  static JsonNode capacity(JsonNode capacity) {
    if (capacity.isNumber()) {
      return Json.MAPPER.getNodeFactory().numberNode(capacity.decimalValue().stripTrailingZeros());
    }
    if (capacity.isObject()) {
      ObjectNode result = Json.object();
      capacity.fields().forEachRemaining(e -> result.set(e.getKey(), capacity(e.getValue())));
      return result;
    }
    if (capacity.isArray()) {
      ArrayNode result = Json.array();
      List<JsonNode> elements = new ArrayList<>();
      capacity.forEach(element -> elements.add(capacity(element)));
      elements.sort((a, b) -> canonical(a).compareTo(canonical(b)));
      elements.forEach(result::add);
      return result;
    }
    return capacity;
  }

  /**
   * What two servers' descriptions of one table share: its key and indexes, not its identifier,
   * creation time, status or sizes.
   */
  private static ObjectNode tableShape(ObjectNode table) {
    ObjectNode shape = Json.object();
    for (String field : List.of("TableName", "KeySchema", "AttributeDefinitions")) {
      shape.set(field, table.path(field));
    }
    for (String field : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
      ArrayNode indexes = shape.putArray(field);
      for (JsonNode index : table.path(field)) {
        ObjectNode indexShape = indexes.addObject().put("IndexName", index.path("IndexName").asText());
        indexShape.set("KeySchema", index.path("KeySchema"));
        indexShape.set("Projection", index.path("Projection"));
      }
    }
    return shape;
  }

  static ArrayNode items(ArrayNode items, boolean sorted) {
    List<JsonNode> normalised = new ArrayList<>();
    items.forEach(item -> normalised.add(item(item)));
    if (sorted) {
      normalised.sort((a, b) -> canonical(a).compareTo(canonical(b)));
    }
    ArrayNode result = Json.array();
    normalised.forEach(result::add);
    return result;
  }

  /** An item (or key): every attribute value normalised. */
  static JsonNode item(JsonNode item) {
    if (!item.isObject()) {
      return item;
    }
    ObjectNode result = Json.object();
    item.fields().forEachRemaining(e -> result.set(e.getKey(), value(e.getValue())));
    return result;
  }

  /** One attribute value, such as {@code {"N": "1e1"}}, normalised ({@code {"N": "10"}}). */
  static JsonNode value(JsonNode value) {
    if (!value.isObject() || value.size() != 1) {
      return value;
    }
    Map.Entry<String, JsonNode> only = value.fields().next();
    JsonNode content = only.getValue();
    ObjectNode result = Json.object();
    switch (only.getKey()) {
      case "N":
        return content.isTextual() ? result.put("N", number(content.asText())) : value;
      case "B":
        return content.isTextual() ? result.put("B", binary(content.asText())) : value;
      case "SS":
      case "NS":
      case "BS": {
        if (!content.isArray()) {
          return value;
        }
        List<String> members = new ArrayList<>();
        for (JsonNode member : content) {
          String text = member.asText();
          members.add(only.getKey().equals("NS") ? number(text) : only.getKey().equals("BS") ? binary(text) : text);
        }
        members.sort(null);
        ArrayNode array = result.putArray(only.getKey());
        members.forEach(array::add);
        return result;
      }
      case "M":
        result.set("M", item(content));
        return result;
      case "L": {
        if (!content.isArray()) {
          return value;
        }
        ArrayNode array = result.putArray("L");
        content.forEach(element -> array.add(value(element)));
        return result;
      }
      default:
        return value;
    }
  }

  private static String number(String text) {
    try {
      BigDecimal number = new BigDecimal(text.trim()).stripTrailingZeros();
      return number.signum() == 0 ? "0" : number.toString();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static String binary(String text) {
    try {
      return Base64.getEncoder().encodeToString(Base64.getMimeDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** A text that is equal for equal JSON values whatever their field order. */
  static String canonical(JsonNode node) {
    StringBuilder text = new StringBuilder();
    canonical(node, text);
    return text.toString();
  }

  private static void canonical(JsonNode node, StringBuilder text) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
      text.append('{');
      Iterator<Map.Entry<String, JsonNode>> entries = fields.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        text.append(Json.compact(Json.MAPPER.getNodeFactory().textNode(entry.getKey()))).append(':');
        canonical(entry.getValue(), text);
        if (entries.hasNext()) {
          text.append(',');
        }
      }
      text.append('}');
    } else if (node.isArray()) {
      text.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          text.append(',');
        }
        canonical(node.get(i), text);
      }
      text.append(']');
    } else {
      text.append(Json.compact(node));
    }
  }
}
