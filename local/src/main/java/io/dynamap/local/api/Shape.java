package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.ValueJson;
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
 *       to satisfy constraint: Member must not be null}. A value in a message is shown normalized.
 * </ol>
 *
 * <p>All operations declare their requests with it, the batch and transaction ones too: how a list
 * or map treats JSON nulls ({@link Nulls}), map key and value constraints ({@link Member#keys},
 * {@link Member#values}), one-of structures ({@link #union}) and attribute maps type-checked as
 * {@code ValueJson} reads them ({@link #ATTRIBUTE_MAP_AS_READ}) are what those need.
 *
 * Operations then run their own checks on the normalized request {@link #validate} returns.
 */
public final class Shape {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_ERRORS = 10;
  /** The pattern of table and index names. */
  static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";
  /** The package of DynamoDB's model classes, as its messages name them. */
  static final String MODEL = "com.amazonaws.dynamodb.v20120810.";

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

    /**
     * Converts a non-null element of a list or value of a map. DynamoDB's deserializer reads a
     * list or map nested so as a parameterized type, and has another message for a scalar there.
     */
    JsonNode normalizeNested(JsonNode node) {
      return normalize(node);
    }

    /** The empty value of this kind, for a {@link Nulls#EMPTY} null. */
    JsonNode empty() {
      throw new UnsupportedOperationException("no empty value");
    }

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

  /**
   * What a list or map does with a JSON {@code null} element or value. DynamoDB's deserializer
   * treats them differently from one member to another, so each list and map says which.
   */
  public enum Nulls {
    /** Kept, then refused as a missing member ({@code Value null at 'path.member'}). */
    REFUSED,
    /** Dropped, as if not sent. */
    DROPPED,
    /** Read by the element's kind, whose type error it meets (lists). */
    READ,
    /** Kept, and checked by the constraints as an empty value of the value's kind (maps). */
    EMPTY
  }

  /** DynamoDB's message for a scalar where a list or map nested in a list or map belongs. */
  private static final String PARAMETERIZED_CAST =
      "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class"
          + " java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and"
          + " java.lang.Class are in module java.base of loader 'bootstrap')";

  /** A list of {@code element}s; null elements are refused. */
  public static Kind list(Member element) {
    return list(element, Nulls.REFUSED);
  }

  /** A list of {@code element}s whose null elements {@code nulls} says what becomes of. */
  public static Kind list(Member element, Nulls nulls) {
    return new ListKind(element, nulls);
  }

  private static final class ListKind extends Kind {
    private final Member element;
    private final Nulls nulls;

    ListKind(Member element, Nulls nulls) {
      this.element = element;
      this.nulls = nulls;
    }

    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isArray()) {
        ArrayNode result = JSON.arrayNode();
        for (JsonNode child : node) {
          if (child.isNull() && nulls != Nulls.READ) {
            if (nulls != Nulls.DROPPED) {
              result.add(child);
            }
            continue;
          }
          result.add(element.kind.normalizeNested(child));
        }
        return result;
      }
      if (node.isObject()) {
        throw typeError("Start of structure or map found where not expected");
      }
      throw typeError("Unexpected field type");
    }

    @Override
    JsonNode normalizeNested(JsonNode node) {
      return node.isArray() || node.isObject() ? normalize(node) : parameterizedCast();
    }

    @Override
    JsonNode empty() {
      return JSON.arrayNode();
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
  }

  private static JsonNode parameterizedCast() {
    throw typeError(PARAMETERIZED_CAST);
  }

  /** A list of strings. */
  public static Kind stringList() {
    return list(member("member", STRING));
  }

  /**
   * A map of {@code value}s; null values are refused.
   *
   * @param valueType the Java type in messages, such as {@code
   *     com.amazonaws.dynamodb.v20120810.AttributeValue} or {@code java.lang.String}
   */
  public static Kind map(Member value, String valueType) {
    return map(value, valueType, Nulls.REFUSED);
  }

  /** A map of {@code value}s whose null values {@code nulls} says what becomes of. */
  public static Kind map(Member value, String valueType, Nulls nulls) {
    return new MapKind(value, valueType, nulls);
  }

  private static final class MapKind extends Kind {
    private final Member value;
    private final String valueType;
    private final Nulls nulls;

    MapKind(Member value, String valueType, Nulls nulls) {
      this.value = value;
      this.valueType = valueType;
      this.nulls = nulls;
    }

    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isObject()) {
        ObjectNode result = JSON.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          JsonNode child = field.getValue();
          if (child.isNull() && nulls == Nulls.DROPPED) {
            continue;
          }
          result.set(field.getKey(), child.isNull() ? child : value.kind.normalizeNested(child));
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
    JsonNode normalizeNested(JsonNode node) {
      return node.isArray() || node.isObject() ? normalize(node) : parameterizedCast();
    }

    /** A value as its constraints see it: an {@link Nulls#EMPTY} null as an empty value. */
    JsonNode checked(JsonNode child) {
      return child.isNull() && nulls == Nulls.EMPTY ? value.kind.empty() : child;
    }

    @Override
    void checkChildren(JsonNode data, String path, List<String> errors) {
      Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String entryPath = path + "." + field.getKey();
        JsonNode child = checked(field.getValue());
        if (child.isNull()) {
          if (errors.size() < MAX_ERRORS) {
            errors.add(error(null, entryPath + ".member", "Member must not be null"));
          }
          continue;
        }
        value.checkConstraints(child, entryPath, errors);
      }
    }
  }

  /**
   * A structure of {@code members}.
   *
   * @param valueStruct whether DynamoDB's deserializer reads it as a value (its scalar error is
   *     "Unexpected value type in payload") or as a field ("Unexpected field type")
   * @param typeName the structure's name in messages, such as {@code KeySchemaElement}
   */
  public static Kind struct(boolean valueStruct, String typeName, Member... members) {
    return new StructKind(valueStruct, typeName, false, List.of(members));
  }

  /**
   * A structure of which one member only is to be set ({@code TransactWriteItem}): the first
   * member present is read and constrained, the later ones only checked to be structures, as the
   * operation refuses them anyway once the constraints pass.
   */
  public static Kind union(boolean valueStruct, String typeName, Member... members) {
    return new StructKind(valueStruct, typeName, true, List.of(members));
  }

  private static final class StructKind extends Kind {
    private final boolean valueStruct;
    private final String typeName;
    private final boolean union;
    private final List<Member> fields;

    StructKind(boolean valueStruct, String typeName, boolean union, List<Member> fields) {
      this.valueStruct = valueStruct;
      this.typeName = typeName;
      this.union = union;
      this.fields = fields;
    }

    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isObject()) {
        if (!union) {
          return normalizeStruct(node, fields);
        }
        ObjectNode result = JSON.objectNode();
        for (Member member : fields) {
          JsonNode value = node.get(member.name);
          if (value != null && !value.isNull()) {
            result.set(member.name, result.isEmpty() || !value.isObject()
                ? member.kind.normalize(value) : value);
          }
        }
        return result;
      }
      if (node.isArray()) {
        throw typeError("Unrecognized collection type class com.amazonaws.dynamodb.v20120810."
            + typeName);
      }
      throw typeError(valueStruct ? "Unexpected value type in payload" : "Unexpected field type");
    }

    @Override
    JsonNode empty() {
      return JSON.objectNode();
    }

    @Override
    void checkChildren(JsonNode value, String path, List<String> errors) {
      for (Member member : fields) {
        JsonNode child = value.get(member.name);
        member.checkConstraints(child, path, errors);
        if (union && child != null) {
          return;
        }
      }
    }
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

  /**
   * A map of attribute values as the batch and transaction requests read it: null values dropped,
   * each value type-checked by {@link ValueJson#read} (its SerializationExceptions), whose content
   * errors (ValidationExceptions) come only when the operation reads the map, after the
   * constraints.
   */
  public static final Kind ATTRIBUTE_MAP_AS_READ = map(member("member", new Kind() {
    @Override
    JsonNode normalize(JsonNode node) {
      if (node.isArray()) {
        throw typeError("Unrecognized collection type class " + MODEL + "AttributeValue");
      }
      try {
        ValueJson.read(node);
      } catch (DynamoException e) {
        if (!e.type().equals("ValidationException")) {
          throw e;
        }
      }
      return node;
    }
  }), MODEL + "AttributeValue", Nulls.DROPPED);

  /** ExpressionAttributeNames as the batch and transaction requests read it: nulls dropped. */
  public static final Kind STRING_MAP_AS_READ = map(member("member", STRING), "java.lang.String",
      Nulls.DROPPED);

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
      return pattern(NAME_PATTERN).minLength(3).maxLength(255);
    }

    /**
     * Every key of this map must satisfy {@code key}'s constraints: DynamoDB reports each key
     * that does not as one error of the map listing all of them, in the order {@code key} has them.
     */
    public Member keys(Member key) {
      constraints.put("keys", key);
      return this;
    }

    /** Every value of this map must satisfy {@code value}'s constraints, reported as for keys. */
    public Member values(Member value) {
      constraints.put("values", value);
      return this;
    }

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
        if (type.equals("keys") || type.equals("values")) {
          checkEntries(value, path, type.equals("keys"), (Member) limit, errors);
        } else if (violates(type, limit, value)) {
          errors.add(error(value, path, message(type, limit)));
        }
      }
      if (value != null && !value.isNull() && errors.size() < MAX_ERRORS) {
        kind.checkChildren(value, path, errors);
      }
    }

    private void checkEntries(JsonNode map, String path, boolean keys, Member entry,
        List<String> errors) {
      List<String> messages = new ArrayList<>();
      entry.constraints.forEach((type, limit) -> messages.add(message(type, limit)));
      String message = "Map " + (keys ? "keys" : "value") + " must satisfy constraint: ["
          + String.join(", ", messages) + "]";
      Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
      while (fields.hasNext() && errors.size() < MAX_ERRORS) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode checked = keys ? JSON.textNode(field.getKey())
            : ((MapKind) kind).checked(field.getValue());
        boolean violated = false;
        for (Map.Entry<String, Object> constraint : entry.constraints.entrySet()) {
          violated |= violates(constraint.getKey(), constraint.getValue(), checked);
        }
        if (violated) {
          errors.add(error(map, path, message));
        }
      }
    }

    @SuppressWarnings("unchecked")
    private static boolean violates(String type, Object limit, JsonNode value) {
      switch (type) {
        case "min":
          return value.asDouble() < (Long) limit;
        case "max":
          return value.asDouble() > (Long) limit;
        case "pattern":
          return !((Pattern) limit).matcher(value.asText()).matches();
        case "minLength":
          return length(value) < (Integer) limit;
        case "maxLength":
          return length(value) > (Integer) limit;
        case "enum":
          return !((List<String>) limit).contains(value.asText()) || !value.isTextual();
        default:
          return false;
      }
    }

    @SuppressWarnings("unchecked")
    private static String message(String type, Object limit) {
      switch (type) {
        case "notNull":
          return "Member must not be null";
        case "min":
          return "Member must have value greater than or equal to " + limit;
        case "max":
          return "Member must have value less than or equal to " + limit;
        case "pattern":
          return "Member must satisfy regular expression pattern: " + limit;
        case "minLength":
          return "Member must have length greater than or equal to " + limit;
        case "maxLength":
          return "Member must have length less than or equal to " + limit;
        case "enum":
          return "Member must satisfy enum value set: ["
              + String.join(", ", (List<String>) limit) + "]";
        default:
          throw new IllegalStateException(type);
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
