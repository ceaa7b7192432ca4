package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.requestItems;
import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.CommonMembers.returnItemCollectionMetrics;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code BatchWriteItem} request, read and validated as far as it can be without the tables:
 * the deserializer's type errors, then the declared constraints (at most 25 requests a table,
 * table name patterns, enums), then the content of every attribute value and the item size.
 */
final class BatchWriteRequest {
  static final int MAX_REQUESTS = 25;

  /** One put (of an item) or delete (of a key) of a batch. */
  record Write(String tableName, boolean isPut, Map<String, Value> itemOrKey) {
    /** The write as DynamoDB's {@code WriteRequest}, as echoed in {@code UnprocessedItems}. */
    ObjectNode toJson() {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      if (isPut) {
        json.putObject("PutRequest").set("Item", ValueJson.writeItem(itemOrKey));
      } else {
        json.putObject("DeleteRequest").set("Key", ValueJson.writeItem(itemOrKey));
      }
      return json;
    }
  }

  /** The writes of one table, in request order. */
  record TableWrites(String tableName, List<Write> writes) {}

  private static final Shape.Kind WRITES = Shape.list(member("member",
      Shape.struct(true, "WriteRequest",
          member("DeleteRequest", Shape.struct(false, "DeleteRequest",
              member("Key", Shape.ATTRIBUTE_MAP_AS_READ).notNull())),
          member("PutRequest", Shape.struct(false, "PutRequest",
              member("Item", Shape.ATTRIBUTE_MAP_AS_READ).notNull())))),
      Shape.Nulls.READ);

  private static final Shape SHAPE = Shape.of(
      returnConsumedCapacity(),
      returnItemCollectionMetrics(),
      requestItems(Shape.map(member("member", WRITES),
          "java.util.List<" + Shape.MODEL + "WriteRequest>", Shape.Nulls.EMPTY))
          .values(member("member", WRITES).maxLength(MAX_REQUESTS).minLength(1)));

  final List<TableWrites> tables;
  final String returnConsumedCapacity;
  final String returnItemCollectionMetrics;

  private BatchWriteRequest(List<TableWrites> tables, String returnConsumedCapacity,
      String returnItemCollectionMetrics) {
    this.tables = tables;
    this.returnConsumedCapacity = returnConsumedCapacity;
    this.returnItemCollectionMetrics = returnItemCollectionMetrics;
  }

  static BatchWriteRequest parse(ObjectNode sent) {
    ObjectNode request = SHAPE.validate(sent);
    // The operation's own checks.
    List<TableWrites> tables = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, JsonNode> table : request.get("RequestItems").properties()) {
      for (JsonNode write : table.getValue()) {
        // DynamoDB's message for a write request that is neither (or both) a put and a delete.
        if (write.has("PutRequest") == write.has("DeleteRequest")) {
          throw DynamoException.validation("Supplied AttributeValue has more than one datatypes"
              + " set, must contain exactly one of the supported datatypes");
        }
      }
      List<Write> tableWrites = new ArrayList<>();
      for (JsonNode write : table.getValue()) {
        boolean isPut = write.has("PutRequest");
        Map<String, Value> itemOrKey = isPut
            ? ValueJson.readItem(write.get("PutRequest").get("Item"))
            : ValueJson.readItem(write.get("DeleteRequest").get("Key"));
        if (isPut && ItemSize.of(itemOrKey) > Requests.MAX_ITEM_SIZE) {
          throw DynamoException.validation("Item size has exceeded the maximum allowed size");
        }
        tableWrites.add(new Write(table.getKey(), isPut, itemOrKey));
      }
      total += tableWrites.size();
      tables.add(new TableWrites(table.getKey(), tableWrites));
    }
    if (total > MAX_REQUESTS) {
      throw DynamoException.validation("Too many items requested for the BatchWriteItem call");
    }
    return new BatchWriteRequest(tables, Requests.text(request, "ReturnConsumedCapacity"),
        Requests.text(request, "ReturnItemCollectionMetrics"));
  }

  /** The unprocessed writes as DynamoDB's {@code UnprocessedItems}: table to write requests. */
  static ObjectNode unprocessedItems(List<Write> writes) {
    ObjectNode unprocessed = JsonNodeFactory.instance.objectNode();
    for (Write write : writes) {
      ArrayNode requests = unprocessed.has(write.tableName())
          ? (ArrayNode) unprocessed.get(write.tableName())
          : unprocessed.putArray(write.tableName());
      requests.add(write.toJson());
    }
    return unprocessed;
  }
}
