package io.dynamap.local.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Reads and writes the JSON bodies of the DynamoDB API. Thread-safe. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /**
   * Parses a request body, which must be one JSON object.
   *
   * @throws DynamoException {@code SerializationException}, without a message as DynamoDB answers
   *     for a body that is not JSON, if it is not a JSON object
   */
  public static ObjectNode parseObject(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException | RuntimeException e) {
      // Jackson reports syntax errors, too deep nesting and too long tokens alike.
      throw DynamoException.serialization(null);
    }
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw DynamoException.serialization(null);
  }

  /** The UTF-8 bytes of a JSON value. */
  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      // A tree of Jackson nodes always serializes.
      throw new IllegalStateException(e);
    }
  }
}
