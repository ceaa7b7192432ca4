package io.dynamap.runtime.schema;

import io.dynamap.runtime.error.ItemMappingException;
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

  /**
   * The simple name of the document class, for messages.
   *
   * @return the class's simple name, such as {@code Address}
   */
  String documentName();

  /**
   * The document's attributes as a map; null attributes are left out unless stored as NULL.
   *
   * @param document the document; not null
   * @return a new map of the document's attributes
   */
  Map<String, AttributeValue> toMap(T document);

  /**
   * A document read from a stored map; unknown attributes are ignored.
   *
   * @param map the stored map; not null
   * @return a new document
   * @throws ItemMappingException if an attribute does not fit its field
   */
  T fromMap(Map<String, AttributeValue> map);

  /**
   * What plain JSON cannot tell about the attributes (binaries, sets, documents holding them), by
   * stored name; generated schemas list the attributes that need it.
   *
   * @return the shapes by stored attribute name, empty when plain JSON can tell every attribute
   */
  default Map<String, JsonShape> jsonShape() {
    return Map.of();
  }

  /**
   * The document as plain JSON: numbers as exact decimals, binaries as base64, sets as arrays, null
   * attributes left out as in the stored item.
   *
   * @param document the document; not null
   * @return the JSON text, on one line
   */
  default String toJson(T document) {
    return DynamoJson.toPlainJson(toMap(document));
  }

  /**
   * A document read from plain JSON as {@link #toJson} writes it, or as another service writes
   * the same shape.
   *
   * @param json the JSON text; not null
   * @return a new document
   * @throws io.dynamap.runtime.json.DynamoJsonException if the JSON is malformed, naming the path
   * @throws ItemMappingException if a value does not fit its attribute
   */
  default T fromJson(String json) {
    return fromMap(JsonShape.retype(DynamoJson.fromPlainJson(json), jsonShape(), "$"));
  }

  /**
   * The document as an {@code M} value.
   *
   * @param document the document; not null
   * @return an {@code M} value
   * @throws ItemMappingException if a value inside cannot be stored
   */
  default AttributeValue toAttributeValue(T document) {
    return AttributeValue.fromM(toMap(document));
  }

  /**
   * The document as an {@code M} value, stored at {@code attribute}: a value inside it that
   * cannot be stored is reported by its whole path ({@code home.geo.lat}).
   *
   * @param document the document; not null
   * @param attribute the document's path in the item, for messages
   * @return an {@code M} value
   * @throws ItemMappingException if a value inside cannot be stored
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
   * @param value the stored value; neither null nor {@code NULL}
   * @param attribute the document's path in the item, for messages
   * @return a new document
   */
  default T fromAttributeValue(AttributeValue value, String attribute) {
    Map<String, AttributeValue> map = AttributeCodecs.toMapValue(value, attribute);
    try {
      return fromMap(map);
    } catch (ItemMappingException e) {
      throw e.within(attribute);
    }
  }
  /**
   * The document stored at {@code attribute} of an item, in one call for generated code.
   *
   * @param item the stored item (or the stored map of an enclosing document)
   * @param attribute the attribute's stored name, for messages too
   * @return a new document, or null if the item lacks the attribute or holds {@code NULL}
   * @throws ItemMappingException if the stored value is not an {@code M} that reads as the document
   */
  default T getFrom(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return AttributeCodecs.isNull(value) ? null : fromAttributeValue(value, attribute);
  }

  /**
   * Puts the document as an {@code M} at {@code attribute} of an item; a null document is left
   * out.
   *
   * @param item the item being written (or the map of an enclosing document)
   * @param attribute the attribute's stored name, for messages too
   * @param document the document, or null
   * @throws ItemMappingException if a value inside cannot be stored
   */
  default void putInto(Map<String, AttributeValue> item, String attribute, T document) {
    if (document != null) {
      item.put(attribute, toAttributeValue(document, attribute));
    }
  }
}
