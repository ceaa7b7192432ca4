package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code TransactGetItems} request, read and validated as far as it can be without the tables
 * (API reference, TransactGetItems and TransactGetItem): the deserializer's type errors, the
 * declared constraints (1 to 100 actions, each a {@code Get} with a key and a table name), the
 * keys' values and each projection's parameters.
 */
final class TransactGetRequest {
  static final int MAX_ACTIONS = 100;

  /** One {@code Get} of the transaction. */
  record Get(String tableName, Map<String, Value> key, ItemProjection projection) {}

  final List<Get> gets;
  final String returnConsumedCapacity;

  private TransactGetRequest(List<Get> gets, String returnConsumedCapacity) {
    this.gets = gets;
    this.returnConsumedCapacity = returnConsumedCapacity;
  }

  private record ParsedGet(ObjectNode json, Map<String, Value> key, String tableName,
      DynamoException valueError) {
    boolean present() {
      return json != null;
    }
  }

  static TransactGetRequest parse(ObjectNode request) {
    // 1. The deserializer.
    ArrayNode items = RequestShapes.list(request, "TransactItems");
    RequestShapes shapes = new RequestShapes();
    List<ParsedGet> parsed = new ArrayList<>();
    if (items != null) {
      for (JsonNode member : items) {
        ObjectNode json = RequestShapes.valueStruct(member, "TransactGetItem");
        ObjectNode get = RequestShapes.fieldStruct(json, "Get", "Get");
        if (get == null) {
          parsed.add(new ParsedGet(null, null, null, null));
          continue;
        }
        Map<String, Value> key = shapes.attributeMap(get, "Key");
        String tableName = RequestShapes.string(get, "TableName");
        RequestShapes.string(get, "ProjectionExpression");
        RequestShapes.names(get);
        parsed.add(new ParsedGet(get, key, tableName, shapes.takeDeferred()));
      }
    }
    String returnConsumedCapacity = RequestShapes.string(request, "ReturnConsumedCapacity");

    // 2. The declared constraints.
    ConstraintViolations violations = new ConstraintViolations();
    violations.notNull("transactItems", items);
    if (items != null) {
      violations.length("transactItems", items, items.size(), 1, MAX_ACTIONS);
    }
    for (int i = 0; i < parsed.size(); i++) {
      ParsedGet get = parsed.get(i);
      String path = "transactItems." + (i + 1) + ".member.get";
      if (!get.present()) {
        violations.notNull(path, null);
        continue;
      }
      violations.notNull(path + ".key", get.key());
      violations.notNull(path + ".tableName", get.tableName());
      violations.tableName(path + ".tableName", get.tableName());
    }
    violations.enumValue("returnConsumedCapacity", returnConsumedCapacity,
        "INDEXES", "TOTAL", "NONE");
    violations.throwIfAny();

    // 3. The operation's own checks, get by get.
    List<Get> gets = new ArrayList<>();
    for (ParsedGet get : parsed) {
      if (get.valueError() != null) {
        throw get.valueError();
      }
      ItemProjection projection = ItemProjection.of(get.json(), null);
      gets.add(new Get(get.tableName(), get.key(), projection));
    }
    return new TransactGetRequest(List.copyOf(gets), returnConsumedCapacity);
  }
}
