package io.dynamap.runtime.json;

import io.dynamap.runtime.schema.DocumentSchema;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What plain JSON cannot say about a value: that a JSON string is a binary (base64) or a JSON
 * array a set. Generated schemas describe their attributes with shapes, so that {@code
 * fromJson} turns plain JSON back into the item the entity was written as. Everything a shape
 * does not mention is read as plain JSON maps naturally (string to {@code S}, number to {@code N},
 * array to {@code L}, object to {@code M}).
 */
public final class JsonShape {
  private enum Kind {
    AS_IS,
    BINARY,
    STRING_SET,
    NUMBER_SET,
    BINARY_SET,
    LIST,
    MAP,
    DOCUMENT
  }

  /** A value plain JSON reads correctly by itself. */
  public static final JsonShape AS_IS = new JsonShape(Kind.AS_IS, null, null);
  /** A binary, written in plain JSON as a base64 string. */
  public static final JsonShape BINARY = new JsonShape(Kind.BINARY, null, null);
  /** A string set, written as an array of strings. */
  public static final JsonShape STRING_SET = new JsonShape(Kind.STRING_SET, null, null);
  /** A number set, written as an array of numbers. */
  public static final JsonShape NUMBER_SET = new JsonShape(Kind.NUMBER_SET, null, null);
  /** A binary set, written as an array of base64 strings. */
  public static final JsonShape BINARY_SET = new JsonShape(Kind.BINARY_SET, null, null);

  private final Kind kind;
  private final JsonShape element;
  private final DocumentSchema<?> document;

  private JsonShape(Kind kind, JsonShape element, DocumentSchema<?> document) {
    this.kind = kind;
    this.element = element;
    this.document = document;
  }

  /**
   * A list whose elements have the given shape.
   *
   * @param element the shape of each element; not null
   * @return a list shape
   */
  public static JsonShape list(JsonShape element) {
    return new JsonShape(Kind.LIST, Objects.requireNonNull(element), null);
  }

  /**
   * A map whose values have the given shape.
   *
   * @param value the shape of each value; not null
   * @return a map shape
   */
  public static JsonShape map(JsonShape value) {
    return new JsonShape(Kind.MAP, Objects.requireNonNull(value), null);
  }

  /**
   * A document, shaped as its schema says. The schema is asked when a value is read, not when
   * the shape is made, so that recursive documents need no cycle at class initialisation.
   *
   * @param schema the document's generated schema; not null
   * @return a document shape
   */
  public static JsonShape document(DocumentSchema<?> schema) {
    return new JsonShape(Kind.DOCUMENT, null, Objects.requireNonNull(schema));
  }

  /**
   * An item read from plain JSON, with each attribute retyped as the shapes say. An attribute that
   * becomes an empty set is left out, as DynamoDB cannot hold one (it reads back as an empty set).
   *
   * @param item an item as {@link DynamoJson#fromPlainJson} read it
   * @param shapes the shape of each attribute that plain JSON cannot tell, by attribute name;
   *     attributes without a shape are left as read
   * @param path the JSON path of {@code item}, such as {@code $}, which error messages start with
   * @return {@code item} itself when {@code shapes} is empty, else a new map
   * @throws DynamoJsonException if a value cannot take its shape (a string that is not base64 for a
   *     binary, for example)
   */
  public static Map<String, AttributeValue> retype(
      Map<String, AttributeValue> item, Map<String, JsonShape> shapes, String path) {
    if (shapes.isEmpty()) {
      return item;
    }
    Map<String, AttributeValue> retyped = new LinkedHashMap<>(item);
    for (Map.Entry<String, JsonShape> shape : shapes.entrySet()) {
      AttributeValue value = item.get(shape.getKey());
      if (value != null) {
        AttributeValue converted = shape.getValue().retype(value, path + "." + shape.getKey());
        if (converted == null) {
          retyped.remove(shape.getKey());
        } else {
          retyped.put(shape.getKey(), converted);
        }
      }
    }
    return retyped;
  }

  /** The value retyped; {@code null} for an empty set. Values of another type are left as they are. */
  AttributeValue retype(AttributeValue value, String path) {
    if (Boolean.TRUE.equals(value.nul())) {
      return value;
    }
    switch (kind) {
      case AS_IS:
        return value;
      case BINARY:
        return value.s() == null ? value : AttributeValue.fromB(SdkBytes.fromByteArray(base64(value.s(), path)));
      case STRING_SET:
      case NUMBER_SET:
      case BINARY_SET:
        return value.hasL() ? set(value.l(), path) : value;
      case LIST:
        if (!value.hasL()) {
          return value;
        }
        List<AttributeValue> list = new ArrayList<>(value.l().size());
        for (int i = 0; i < value.l().size(); i++) {
          AttributeValue converted = element.retype(value.l().get(i), path + "[" + i + "]");
          list.add(converted == null ? AttributeValue.fromNul(true) : converted);
        }
        return AttributeValue.fromL(list);
      case MAP:
        if (!value.hasM()) {
          return value;
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          AttributeValue converted = element.retype(entry.getValue(), path + "." + entry.getKey());
          map.put(entry.getKey(), converted == null ? AttributeValue.fromNul(true) : converted);
        }
        return AttributeValue.fromM(map);
      case DOCUMENT:
        return value.hasM() ? AttributeValue.fromM(retype(value.m(), document.jsonShape(), path)) : value;
      default:
        throw new AssertionError(kind);
    }
  }

  private AttributeValue set(List<AttributeValue> members, String path) {
    if (members.isEmpty()) {
      return null;
    }
    List<String> strings = new ArrayList<>(members.size());
    List<SdkBytes> binaries = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      AttributeValue member = members.get(i);
      String memberPath = path + "[" + i + "]";
      switch (kind) {
        case STRING_SET -> strings.add(require(member.s(), memberPath, "a string"));
        case NUMBER_SET -> strings.add(require(member.n(), memberPath, "a number"));
        default -> binaries.add(SdkBytes.fromByteArray(base64(require(member.s(), memberPath, "a base64 string"), memberPath)));
      }
    }
    return switch (kind) {
      case STRING_SET -> AttributeValue.fromSs(strings);
      case NUMBER_SET -> AttributeValue.fromNs(strings);
      default -> AttributeValue.fromBs(binaries);
    };
  }

  private static String require(String value, String path, String what) {
    if (value == null) {
      throw new DynamoJsonException(path, "a set member must be " + what);
    }
    return value;
  }

  private static byte[] base64(String text, String path) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new DynamoJsonException(path, "\"" + text + "\" is not base64: " + e.getMessage());
    }
  }
}
