package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.expression;
import static io.dynamap.local.api.CommonMembers.requestItems;
import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code BatchGetItem} request, read and validated as far as it can be without the tables: the
 * deserializer's type errors, the declared constraints, then per table the expression parameters,
 * the keys' values, duplicate keys and the limit of 100 keys.
 */
final class BatchGetRequest {
  static final int MAX_KEYS = 100;

  /**
   * The reads of one table: its keys in request order and how to read them.
   *
   * @param projection what to return of each item (all of it where none was asked)
   * @param json the table's {@code KeysAndAttributes} as given, echoed (with only the unprocessed
   *     keys) in {@code UnprocessedKeys}
   */
  record TableReads(String tableName, List<Map<String, Value>> keys, boolean consistentRead,
      ItemProjection projection, ObjectNode json) {}

  private static final Shape SHAPE = Shape.of(
      returnConsumedCapacity(),
      requestItems(Shape.map(member("member", Shape.struct(true, "KeysAndAttributes",
          member("Keys", Shape.list(member("member", Shape.ATTRIBUTE_MAP_AS_READ),
              Shape.Nulls.READ)).notNull().minLength(1).maxLength(MAX_KEYS),
          member("AttributesToGet", Shape.list(member("member", Shape.STRING),
              Shape.Nulls.DROPPED)).minLength(1).maxLength(255),
          member("ConsistentRead", Shape.BOOLEAN),
          expression("ProjectionExpression"),
          member("ExpressionAttributeNames", Shape.STRING_MAP_AS_READ))),
          Shape.MODEL + "KeysAndAttributes", Shape.Nulls.EMPTY)));

  final List<TableReads> tables;
  final String returnConsumedCapacity;

  private BatchGetRequest(List<TableReads> tables, String returnConsumedCapacity) {
    this.tables = tables;
    this.returnConsumedCapacity = returnConsumedCapacity;
  }

  static BatchGetRequest parse(ObjectNode sent) {
    ObjectNode request = SHAPE.validate(sent);
    // The operation's own checks, table by table.
    List<TableReads> tables = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, JsonNode> entry : request.get("RequestItems").properties()) {
      JsonNode table = entry.getValue();
      // The table's entry as sent: UnprocessedKeys echoes it, ItemProjection reads its names.
      ObjectNode sentTable = (ObjectNode) sent.get("RequestItems").get(entry.getKey());
      List<String> attributesToGet = null;
      if (table.has("AttributesToGet")) {
        attributesToGet = new ArrayList<>();
        for (JsonNode name : table.get("AttributesToGet")) {
          attributesToGet.add(name.textValue());
        }
      }
      ItemProjection projection = ItemProjection.of(sentTable, attributesToGet);
      List<Map<String, Value>> keys = new ArrayList<>();
      Set<Map<String, Value>> seen = new HashSet<>();
      for (JsonNode keyJson : table.get("Keys")) {
        Map<String, Value> key = ValueJson.readItem(keyJson);
        if (!seen.add(key)) {
          throw DynamoException.validation("Provided list of item keys contains duplicates");
        }
        total++;
        if (total > MAX_KEYS) {
          throw DynamoException.validation("Too many items requested for the BatchGetItem call");
        }
        keys.add(key);
      }
      tables.add(new TableReads(entry.getKey(), keys, Requests.flag((ObjectNode) table,
          "ConsistentRead"), projection, sentTable));
    }
    return new BatchGetRequest(tables, Requests.text(request, "ReturnConsumedCapacity"));
  }

  /**
   * A table's unprocessed keys as DynamoDB's {@code KeysAndAttributes}: the request's entry for
   * the table with only those keys.
   */
  static ObjectNode unprocessed(TableReads table, List<Map<String, Value>> keys) {
    ObjectNode entry = table.json().deepCopy();
    // As the request's entry after deserialization: no null members, ConsistentRead a boolean.
    List<String> nullMembers = new ArrayList<>();
    entry.fields().forEachRemaining(member -> {
      if (member.getValue().isNull()) {
        nullMembers.add(member.getKey());
      }
    });
    entry.remove(nullMembers);
    if (entry.has("ConsistentRead")) {
      entry.put("ConsistentRead", table.consistentRead());
    }
    ArrayNode keysJson = entry.putArray("Keys");
    for (Map<String, Value> key : keys) {
      keysJson.add(ValueJson.writeItem(key));
    }
    return entry;
  }
}
