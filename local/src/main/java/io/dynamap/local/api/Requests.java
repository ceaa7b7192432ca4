package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.ExpressionParameters;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.List;
import java.util.Map;

/**
 * Checks and readers shared by the operations, for requests already normalized by a {@link
 * Shape}: attribute values, expression parameters, the maximum item size.
 */
public final class Requests {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** DynamoDB's maximum item size, 400 KB. */
  public static final long MAX_ITEM_SIZE = 400 * 1024;

  private Requests() {}

  /** The text of a member, or null. */
  public static String text(ObjectNode request, String member) {
    JsonNode node = request.get(member);
    return node == null ? null : node.asText();
  }

  /** Whether a member is present. */
  public static boolean has(ObjectNode request, String member) {
    return request.hasNonNull(member);
  }

  /** Whether a boolean member is present and true. */
  public static boolean flag(ObjectNode request, String member) {
    JsonNode node = request.get(member);
    return node != null && node.asBoolean();
  }

  /** Reads a map of attribute values (an item or a key), validating every value; null if absent. */
  public static Map<String, Value> attributeMap(ObjectNode request, String member) {
    JsonNode node = request.get(member);
    return node == null ? null : ValueJson.readItem(node);
  }

  /**
   * DynamoDB's rule that expression and legacy parameters do not mix, and that placeholders come
   * only with expressions (the expression package's check).
   *
   * @param expressions the expression parameters the operation takes, in DynamoDB's order
   * @param legacy the legacy parameters they replace
   */
  public static void checkExpressionParameters(ObjectNode request, List<String> expressions,
      List<String> legacy) {
    ExpressionParameters.check(request, expressions, legacy);
  }


  /**
   * The request's placeholders, checked as DynamoDB checks them before parsing expressions: maps
   * not empty, keys well formed, values valid. The request's Shape has refused null names already,
   * so ExpressionContext.read, which also serves raw batch and transaction entries, reads it.
   */
  public static ExpressionContext expressionContext(ObjectNode request) {
    return ExpressionContext.read(request.get("ExpressionAttributeNames"),
        request.get("ExpressionAttributeValues"));
  }

  /**
   * Refuses a legacy parameter this engine does not convert (see KNOWN-DIFFERENCES.md), so the
   * request fails clearly instead of being half understood.
   */
  public static void refuseLegacy(ObjectNode request, String... members) {
    for (String member : members) {
      if (request.has(member)) {
        throw DynamoException.validation("Dynamap Local does not support the legacy parameter "
            + member + "; use expressions instead");
      }
    }
  }

  /** The JSON of an item. */
  public static ObjectNode itemJson(Map<String, Value> item) {
    return ValueJson.writeItem(item);
  }
}
