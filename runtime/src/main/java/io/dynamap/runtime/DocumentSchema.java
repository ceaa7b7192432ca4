package io.dynamap.runtime;

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

  /** The document as an {@code M} value. */
  default AttributeValue toAttributeValue(T document) {
    return AttributeValue.fromM(toMap(document));
  }

  /**
   * A document read from a stored {@code M} value.
   *
   * @param attribute the attribute's name, for messages
   */
  default T fromAttributeValue(AttributeValue value, String attribute) {
    return fromMap(AttributeCodecs.toMapValue(value, attribute));
  }
}
