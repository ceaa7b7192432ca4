package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.expression;
import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.CommonMembers.tableName;
import static io.dynamap.local.api.CommonMembers.transactItems;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
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
  private static final Shape SHAPE = Shape.of(
      transactItems(Shape.struct(true, "TransactGetItem",
          member("Get", Shape.struct(false, "Get",
              member("Key", Shape.ATTRIBUTE_MAP_AS_READ).notNull(),
              tableName(),
              expression("ProjectionExpression"),
              member("ExpressionAttributeNames", Shape.STRING_MAP_AS_READ))).notNull())),
      returnConsumedCapacity());

  /** One {@code Get} of the transaction. */
  record Get(String tableName, Map<String, Value> key, ItemProjection projection) {}

  final List<Get> gets;
  final String returnConsumedCapacity;

  private TransactGetRequest(List<Get> gets, String returnConsumedCapacity) {
    this.gets = gets;
    this.returnConsumedCapacity = returnConsumedCapacity;
  }

  static TransactGetRequest parse(ObjectNode sent) {
    ObjectNode request = SHAPE.validate(sent);
    // The operation's own checks, get by get.
    JsonNode items = request.get("TransactItems");
    List<Get> gets = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ObjectNode get = (ObjectNode) items.get(i).get("Get");
      Map<String, Value> key = ValueJson.readItem(get.get("Key"));
      // The Get as sent, its ExpressionAttributeNames with any nulls, as ItemProjection reads it.
      ItemProjection projection =
          ItemProjection.of((ObjectNode) sent.get("TransactItems").get(i).get("Get"), null);
      gets.add(new Get(Requests.text(get, "TableName"), key, projection));
    }
    return new TransactGetRequest(List.copyOf(gets),
        Requests.text(request, "ReturnConsumedCapacity"));
  }
}
