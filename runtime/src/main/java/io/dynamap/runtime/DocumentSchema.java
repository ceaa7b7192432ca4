package io.dynamap.runtime;

import io.dynamap.runtime.json.DynamoJson;
import io.dynamap.runtime.json.JsonShape;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a {@code @Document} type is stored as a DynamoDB map. Generated ({@code
 * AddressSchema.INSTANCE}) and called by the schemas of the entities and documents that contain
 * it; stateless and thread-safe.
 *
 * @param <T> the document type
 */
public interface DocumentSchema<T> {

  /** The simple name of the document class, for messages. */
  String documentName();

  /** The document's attributes as a map; null attributes are left out unless stored as NULL. */
  Map<String, AttributeValue> toMap(T document);

  /** A document read from a stored map; unknown attributes are ignored. */
  T fromMap(Map<String, AttributeValue> map);

  /**
   * What plain JSON cannot tell about the attributes (binaries, sets, documents holding them), by
   * stored name; generated schemas list the attributes that need it.
   */
  default Map<String, JsonShape> jsonShape() {
    return Map.of();
  }

  /**
   * The document as plain JSON: numbers as exact decimals, binaries as base64, sets as arrays, null
   * attributes left out as in the stored item.
   */
  default String toJson(T document) {
    return DynamoJson.toPlainJson(toMap(document));
  }

  /**
   * A document read from plain JSON as {@link #toJson} writes it, or as another service writes
   * the same shape.
   *
   * @throws io.dynamap.runtime.json.DynamoJsonException if the JSON is malformed, naming the path
   * @throws ItemMappingException if a value does not fit its attribute
   */
  default T fromJson(String json) {
    return fromMap(JsonShape.retype(DynamoJson.fromPlainJson(json), jsonShape(), "$"));
  }

  /** The document as an {@code M} value. */
  default AttributeValue toAttributeValue(T document) {
    return AttributeValue.fromM(toMap(document));
  }

  /**
   * The document as an {@code M} value, stored at {@code attribute}: a value inside it that
   * cannot be stored is reported by its whole path ({@code home.geo.lat}).
   *
   * @param attribute the document's path in the item, for messages
   */
  default AttributeValue toAttributeValue(T document, String attribute) {
    try {
      return AttributeValue.fromM(toMap(document));
    } catch (ItemMappingException e) {
      throw e.within(attribute);
    }
  }

  /**
   * A document read from a stored {@code M} value; an attribute inside it that does not fit is
   * reported by its whole path ({@code home.geo.lat}).
   *
   * @param attribute the document's path in the item, for messages
   */
  default T fromAttributeValue(AttributeValue value, String attribute) {
    Map<String, AttributeValue> map = AttributeCodecs.toMapValue(value, attribute);
    try {
      return fromMap(map);
    } catch (ItemMappingException e) {
      throw e.within(attribute);
    }
  }
}
