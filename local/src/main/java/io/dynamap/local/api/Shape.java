package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shape of a request and DynamoDB's first two rounds of validation of it.
 *
 * <ol>
 *   <li>Types: every known member must have its JSON type, else a {@code SerializationException}
 *       with the message DynamoDB's deserializer gives; members of no known name are dropped, JSON
 *       nulls count as absent, booleans also come as "true"/"yes"/"1" strings and integers are
 *       truncated.
 *   <li>Constraints: "The parameter 'X' is required" and table-name length checks first, then all
 *       member constraints in declaration order, collected (ten at most) into one {@code
 *       ValidationException}: {@code 1 validation error detected: Value null at 'tableName' failed
 *       to satisfy constraint: Member must not be null}.
 * </ol>
 *
 * Operations then run their own checks on the normalized request {@link #validate} returns.
 */
public final class Shape {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_ERRORS = 10;

  private final List<Member> members;

  private Shape(List<Member> members) {
    this.members = members;
  }

  public static Shape of(Member... members) {
    return new Shape(List.of(members));
  }

  /**
   * Checks types then constraints and returns the request normalized: only known members, in the
   * declared order, with their converted values.
   */
  public ObjectNode validate(ObjectNode request) {
    ObjectNode normalized = Kind.normalizeStruct(request == null ? JSON.objectNode() : request,
        members);
    for (Member member : members) {
      JsonNode value = normalized.get(member.name);
      if (member.required && value == null) {
        throw DynamoException.validation("The parameter '" + member.name
            + "' is required but was not present in the request");
      }
      if (member.tableName && value != null) {
        int length = value.textValue().length();
        if (length < 3 || length > 255) {
          throw DynamoException.validation(member.name
              + " must be at least 3 characters long and at most 255 characters long");
        }
      }
    }
    List<String> errors = new ArrayList<>();
    for (Member member : members) {
      member.checkConstraints(normalized.get(member.name), "", errors);
    }
    if (!errors.isEmpty()) {
      throw DynamoException.validation(errors.size() + " validation error"
          + (errors.size() > 1 ? "s" : "") + " detected: " + String.join("; ", errors));
    }
    return normalized;
  }

  // ---------------------------------------------------------------- kinds

  /** A member's JSON type, with DynamoDB's deserialization errors. */
  public abstract static class Kind {
    /** Converts a non-null value, or throws a {@code SerializationException}. */
    abstract JsonNode normalize(JsonNode node);

    /** Children checked by constraints: list and map elements, struct members. */
    void checkChildren(JsonNode value, String path, List<String> errors) {}

    static ObjectNode normalizeStruct(JsonNode node, List<Member> members) {
      ObjectNode result = JSON.objectNode();
      for (Member member : members) {
        JsonNode value = node.get(member.name);
        if (value != null && !value.isNull()) {
          JsonNode converted = member.kind.normalize(value);
          if (converted != null && !converted.isNull()) {
            result.set(member.name, converted);
          }
        }
      }
      return result;
    }
  }

  private static DynamoException typeError(String message) {
    return DynamoException.serialization(message);
  }

  private static String scalarName(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE";
    }
    return "STRING_VALUE";
  }

  /** A string. */
  public static final Kind STRING = new Kind() {
    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isTextual()) {
        return node;
      }
      if (node.isBoolean() || node.isNumber()) {
        throw typeError(scalarName(node) + " cannot be converted to String");
      }
      if (node.isArray()) {
        throw typeError("Unrecognized collection type class java.lang.String");
      }
      throw typeError("Start of structure or map found where not expected");
    }
  };

  /** A boolean; the strings true/1/yes and false/0/no convert. */
  public static final Kind BOOLEAN = new Kind() {
    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isBoolean()) {
        return node;
      }
      if (node.isNumber()) {
        throw typeError(scalarName(node) + " cannot be converted to Boolean");
      }
      if (node.isTextual()) {
        String text = node.textValue().toUpperCase(java.util.Locale.ROOT);
        if (text.equals("TRUE") || text.equals("1") || text.equals("YES")) {
          return JSON.booleanNode(true);
        }
        if (text.equals("FALSE") || text.equals("0") || text.equals("NO")) {
          return JSON.booleanNode(false);
        }
        throw typeError("Unexpected token received from parser");
      }
      if (node.isArray()) {
        throw typeError("Unrecognized collection type class java.lang.Boolean");
      }
      throw typeError("Start of structure or map found where not expected");
    }
  };

  /** An Integer member. */
  public static final Kind INTEGER = integral("Integer");

  /** A Long member. */
  public static final Kind LONG = integral("Long");

  private static Kind integral(String typeName) {
    return new Kind() {
      @Override
      JsonNode normalize(JsonNode node) {
        if (node.isNumber()) {
          double value = node.doubleValue();
          if (node.isIntegralNumber()) {
            return node.isBigInteger() ? JSON.numberNode(node.doubleValue()) : JSON.numberNode(
                node.longValue());
          }
          return JSON.numberNode((long) Math.floor(value));
        }
        if (node.isBoolean() || node.isTextual()) {
          throw typeError(scalarName(node) + " cannot be converted to " + typeName);
        }
        if (node.isArray()) {
          throw typeError("Unrecognized collection type class java.lang." + typeName);
        }
        throw typeError("Start of structure or map found where not expected");
      }
    };
  }

  /** A base64 binary. */
  public static final Kind BLOB = new Kind() {
    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isBoolean() || node.isNumber()) {
        throw typeError("only base-64-encoded strings are convertible to bytes");
      }
      if (node.isArray()) {
        throw typeError("Unrecognized collection type class java.nio.ByteBuffer");
      }
      if (node.isObject()) {
        throw typeError("Start of structure or map found where not expected");
      }
      String text = node.textValue();
      if (text.length() % 4 != 0) {
        throw typeError(
            "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
      }
      try {
        byte[] decoded = java.util.Base64.getDecoder().decode(text);
        if (!java.util.Base64.getEncoder().encodeToString(decoded).equals(text)) {
          throw typeError("Invalid last non-pad Base64 character dectected");
        }
      } catch (IllegalArgumentException e) {
        throw typeError("Invalid last non-pad Base64 character dectected");
      }
      return node;
    }
  };

  /** A list of {@code element}s. */
  public static Kind list(Member element) {
    return new Kind() {
      @Override
      JsonNode normalize(JsonNode node) {
        if (node.isArray()) {
          ArrayNode result = JSON.arrayNode();
          for (JsonNode child : node) {
            result.add(child.isNull() ? child : element.kind.normalize(child));
          }
          return result;
        }
        if (node.isObject()) {
          throw typeError("Start of structure or map found where not expected");
        }
        throw typeError("Unexpected field type");
      }

      @Override
      void checkChildren(JsonNode value, String path, List<String> errors) {
        for (int i = 0; i < value.size(); i++) {
          String elementPath = path + "." + (i + 1);
          if (value.get(i).isNull()) {
            // A list never holds nulls: refused as a missing member.
            if (errors.size() < MAX_ERRORS) {
              errors.add(error(null, elementPath + ".member", "Member must not be null"));
            }
            continue;
          }
          element.checkConstraints(value.get(i), elementPath, errors);
        }
      }
    };
  }

  /** A list of strings. */
  public static Kind stringList() {
    return list(member("member", STRING));
  }

  /**
   * A map of {@code value}s.
   *
   * @param valueType the Java type in messages, such as {@code
   *     com.amazonaws.dynamodb.v20120810.AttributeValue} or {@code java.lang.String}
   */
  public static Kind map(Member value, String valueType) {
    return new Kind() {
      @Override
      JsonNode normalize(JsonNode node) {
        if (node.isObject()) {
          ObjectNode result = JSON.objectNode();
          Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode child = field.getValue();
            result.set(field.getKey(), child.isNull() ? child : value.kind.normalize(child));
          }
          return result;
        }
        if (node.isArray()) {
          throw typeError("Unrecognized collection type java.util.Map<java.lang.String, "
              + valueType + ">");
        }
        throw typeError("Unexpected field type");
      }

      @Override
      void checkChildren(JsonNode data, String path, List<String> errors) {
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          String entryPath = path + "." + field.getKey();
          if (field.getValue().isNull()) {
            if (errors.size() < MAX_ERRORS) {
              errors.add(error(null, entryPath + ".member", "Member must not be null"));
            }
            continue;
          }
          value.checkConstraints(field.getValue(), entryPath, errors);
        }
      }
    };
  }

  /**
   * A structure of {@code members}.
   *
   * @param valueStruct whether DynamoDB's deserializer reads it as a value (its scalar error is
   *     "Unexpected value type in payload") or as a field ("Unexpected field type")
   * @param typeName the structure's name in messages, such as {@code KeySchemaElement}
   */
  public static Kind struct(boolean valueStruct, String typeName, Member... members) {
    List<Member> fields = List.of(members);
    return new Kind() {
      @Override
      JsonNode normalize(JsonNode node) {
        if (node.isObject()) {
          return normalizeStruct(node, fields);
        }
        if (node.isArray()) {
          throw typeError("Unrecognized collection type class com.amazonaws.dynamodb.v20120810."
              + typeName);
        }
        throw typeError(valueStruct ? "Unexpected value type in payload" : "Unexpected field type");
      }

      @Override
      void checkChildren(JsonNode value, String path, List<String> errors) {
        for (Member member : fields) {
          member.checkConstraints(value.get(member.name), path, errors);
        }
      }
    };
  }

  /** An attribute value as a value ({@code Item} members, list elements, ...). */
  public static final Kind ATTRIBUTE_VALUE = attributeValue(true);

  /** An attribute value as a field ({@code Expected}'s {@code Value}). */
  public static final Kind ATTRIBUTE_VALUE_FIELD = attributeValue(false);

  /** A map of attribute values (an item, a key, ExpressionAttributeValues). */
  public static final Kind ATTRIBUTE_MAP = map(member("member", ATTRIBUTE_VALUE),
      "com.amazonaws.dynamodb.v20120810.AttributeValue");

  /** ExpressionAttributeNames. */
  public static final Kind STRING_MAP = map(member("member", STRING), "java.lang.String");

  private static Kind attributeValue(boolean valueStruct) {
    return new Kind() {
      private Kind shape;

      private Kind shape() {
        if (shape == null) {
          Kind nested = ATTRIBUTE_VALUE;
          shape = struct(valueStruct, "AttributeValue",
              member("S", STRING),
              member("B", BLOB),
              member("N", STRING),
              member("BOOL", BOOLEAN),
              member("NULL", BOOLEAN),
              member("BS", list(member("member", BLOB))),
              member("NS", stringList()),
              member("SS", stringList()),
              member("L", list(member("member", nested))),
              member("M", map(member("member", nested),
                  "com.amazonaws.dynamodb.v20120810.AttributeValue")));
        }
        return shape;
      }

      @Override
      JsonNode normalize(JsonNode node) {
        // Keep the value as sent (ValueJson reads it later), but check its types first.
        shape().normalize(node);
        return node;
      }
    };
  }

  // ---------------------------------------------------------------- members

  /** A named member with its kind and constraints. */
  public static Member member(String name, Kind kind) {
    return new Member(name, kind);
  }

  /** A member of a request or structure, with its constraints in the order DynamoDB checks them. */
  public static final class Member {
    private final String name;
    private final Kind kind;
    private final Map<String, Object> constraints = new LinkedHashMap<>();
    private boolean required;
    private boolean tableName;

    private Member(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }

    public String name() {
      return name;
    }

    /** Refused before constraints: "The parameter 'X' is required but was not present". */
    public Member required() {
      required = true;
      return this;
    }

    /** A table name, length-checked before constraints (3 to 255). */
    public Member tableName() {
      tableName = true;
      return this;
    }

    public Member notNull() {
      constraints.put("notNull", Boolean.TRUE);
      return this;
    }

    public Member min(long minimum) {
      constraints.put("min", minimum);
      return this;
    }

    public Member max(long maximum) {
      constraints.put("max", maximum);
      return this;
    }

    public Member pattern(String regex) {
      constraints.put("pattern", Pattern.compile(regex));
      return this;
    }

    public Member minLength(int minimum) {
      constraints.put("minLength", minimum);
      return this;
    }

    public Member maxLength(int maximum) {
      constraints.put("maxLength", maximum);
      return this;
    }

    public Member oneOf(String... values) {
      constraints.put("enum", List.of(values));
      return this;
    }

    /** The usual table name constraints: pattern, then 3 to 255 characters. */
    public Member tableNameConstraints() {
      return pattern("[a-zA-Z0-9_.-]+").minLength(3).maxLength(255);
    }

    @SuppressWarnings("unchecked")
    void checkConstraints(JsonNode value, String parent, List<String> errors) {
      String path = (parent.isEmpty() ? "" : parent + ".") + lowerFirst(name);
      for (Map.Entry<String, Object> constraint : constraints.entrySet()) {
        if (errors.size() >= MAX_ERRORS) {
          return;
        }
        String type = constraint.getKey();
        Object limit = constraint.getValue();
        if (value == null || value.isNull()) {
          if (type.equals("notNull")) {
            errors.add(error(null, path, "Member must not be null"));
          }
          continue;
        }
        switch (type) {
          case "min":
            if (value.asDouble() < (Long) limit) {
              errors.add(error(value, path,
                  "Member must have value greater than or equal to " + limit));
            }
            break;
          case "max":
            if (value.asDouble() > (Long) limit) {
              errors.add(error(value, path,
                  "Member must have value less than or equal to " + limit));
            }
            break;
          case "pattern":
            if (!((Pattern) limit).matcher(value.asText()).matches()) {
              errors.add(error(value, path,
                  "Member must satisfy regular expression pattern: " + limit));
            }
            break;
          case "minLength":
            if (length(value) < (Integer) limit) {
              errors.add(error(value, path,
                  "Member must have length greater than or equal to " + limit));
            }
            break;
          case "maxLength":
            if (length(value) > (Integer) limit) {
              errors.add(error(value, path,
                  "Member must have length less than or equal to " + limit));
            }
            break;
          case "enum":
            if (!((List<String>) limit).contains(value.asText()) || !value.isTextual()) {
              errors.add(error(value, path, "Member must satisfy enum value set: ["
                  + String.join(", ", (List<String>) limit) + "]"));
            }
            break;
          default:
            break;
        }
      }
      if (value != null && !value.isNull() && errors.size() < MAX_ERRORS) {
        kind.checkChildren(value, path, errors);
      }
    }

    private static int length(JsonNode value) {
      if (value.isTextual()) {
        return value.textValue().length();
      }
      return value.size();
    }
  }

  private static String error(JsonNode value, String path, String message) {
    String shown = value == null ? "null" : "'" + show(value) + "'";
    return "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + message;
  }

  /** A value as DynamoDB shows it in constraint messages. */
  static String show(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(element -> parts.add(show(element)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (value.isObject()) {
      return value.toString();
    }
    return value.asText();
  }

  static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
