package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.Iterator;
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

  final List<TableWrites> tables;
  final String returnConsumedCapacity;
  final String returnItemCollectionMetrics;

  private BatchWriteRequest(List<TableWrites> tables, String returnConsumedCapacity,
      String returnItemCollectionMetrics) {
    this.tables = tables;
    this.returnConsumedCapacity = returnConsumedCapacity;
    this.returnItemCollectionMetrics = returnItemCollectionMetrics;
  }

  /** A parsed request member: its shape, plus any attribute-value error found while reading. */
  private record ParsedWrite(ObjectNode put, ObjectNode delete,
      Map<String, Value> item, Map<String, Value> key, DynamoException valueError) {}

  static BatchWriteRequest parse(ObjectNode request) {
    // 1. The deserializer: JSON types, in the order of the operation's model.
    String returnConsumedCapacity = RequestShapes.string(request, "ReturnConsumedCapacity");
    String returnItemCollectionMetrics =
        RequestShapes.string(request, "ReturnItemCollectionMetrics");
    ObjectNode requestItems = RequestShapes.map(request, "RequestItems",
        "java.util.List<" + RequestShapes.MODEL + "WriteRequest>");
    RequestShapes shapes = new RequestShapes();
    List<String> tableNames = new ArrayList<>();
    List<List<ParsedWrite>> parsedTables = new ArrayList<>();
    if (requestItems != null) {
      Iterator<Map.Entry<String, JsonNode>> tables = requestItems.fields();
      while (tables.hasNext()) {
        Map.Entry<String, JsonNode> table = tables.next();
        tableNames.add(table.getKey());
        List<ParsedWrite> writes = null;
        if (!table.getValue().isNull()) {
          writes = new ArrayList<>();
          for (JsonNode member : RequestShapes.parameterizedList(table.getValue())) {
            writes.add(parseWrite(member, shapes));
          }
        }
        parsedTables.add(writes);
      }
    }

    // 2. The declared constraints, all reported at once.
    ConstraintViolations violations = new ConstraintViolations();
    violations.enumValue("returnConsumedCapacity", returnConsumedCapacity,
        "INDEXES", "TOTAL", "NONE");
    violations.enumValue("returnItemCollectionMetrics", returnItemCollectionMetrics,
        "SIZE", "NONE");
    violations.notNull("requestItems", requestItems);
    if (requestItems != null) {
      violations.length("requestItems", requestItems, requestItems.size(), 1, Integer.MAX_VALUE);
      for (String tableName : tableNames) {
        if (!validTableName(tableName)) {
          violations.add("requestItems", requestItems, "Map keys must satisfy constraint: ["
              + "Member must have length less than or equal to 255, Member must have length"
              + " greater than or equal to 3, Member must satisfy regular expression pattern:"
              + " [a-zA-Z0-9_.-]+]");
        }
      }
      for (List<ParsedWrite> writes : parsedTables) {
        int count = writes == null ? 0 : writes.size();
        if (count < 1 || count > MAX_REQUESTS) {
          violations.add("requestItems", requestItems, "Map value must satisfy constraint: ["
              + "Member must have length less than or equal to 25, Member must have length"
              + " greater than or equal to 1]");
        }
      }
      for (int t = 0; t < tableNames.size(); t++) {
        List<ParsedWrite> writes = parsedTables.get(t);
        if (writes == null) {
          continue;
        }
        for (int i = 0; i < writes.size(); i++) {
          ParsedWrite write = writes.get(i);
          String path = "requestItems." + tableNames.get(t) + ".member." + (i + 1) + ".member.";
          if (write.delete() != null) {
            violations.notNull(path + "deleteRequest.key", write.key());
          }
          if (write.put() != null) {
            violations.notNull(path + "putRequest.item", write.item());
          }
        }
      }
    }
    violations.throwIfAny();

    // 3. The operation's own checks.
    List<TableWrites> tables = new ArrayList<>();
    int total = 0;
    for (int t = 0; t < tableNames.size(); t++) {
      List<ParsedWrite> writes = parsedTables.get(t);
      for (ParsedWrite write : writes) {
        // DynamoDB's message for a write request that is neither (or both) a put and a delete.
        if ((write.put() == null) == (write.delete() == null)) {
          throw DynamoException.validation("Supplied AttributeValue has more than one datatypes"
              + " set, must contain exactly one of the supported datatypes");
        }
      }
      List<Write> tableWrites = new ArrayList<>();
      for (ParsedWrite write : writes) {
        if (write.valueError() != null) {
          throw write.valueError();
        }
        boolean isPut = write.put() != null;
        if (isPut && ItemSize.of(write.item()) > Requests.MAX_ITEM_SIZE) {
          throw DynamoException.validation("Item size has exceeded the maximum allowed size");
        }
        tableWrites.add(new Write(tableNames.get(t), isPut, isPut ? write.item() : write.key()));
      }
      total += tableWrites.size();
      tables.add(new TableWrites(tableNames.get(t), tableWrites));
    }
    if (total > MAX_REQUESTS) {
      throw DynamoException.validation("Too many items requested for the BatchWriteItem call");
    }
    return new BatchWriteRequest(tables, returnConsumedCapacity, returnItemCollectionMetrics);
  }

  private static ParsedWrite parseWrite(JsonNode member, RequestShapes shapes) {
    ObjectNode json = RequestShapes.valueStruct(member, "WriteRequest");
    ObjectNode delete = RequestShapes.fieldStruct(json, "DeleteRequest", "DeleteRequest");
    Map<String, Value> key = delete == null ? null : shapes.attributeMap(delete, "Key");
    DynamoException keyError = shapes.takeDeferred();
    ObjectNode put = RequestShapes.fieldStruct(json, "PutRequest", "PutRequest");
    Map<String, Value> item = put == null ? null : shapes.attributeMap(put, "Item");
    DynamoException itemError = shapes.takeDeferred();
    // A put wins over a delete as the request's content (both set is refused later anyway).
    DynamoException valueError = put != null ? itemError : keyError;
    return new ParsedWrite(put, delete, item, key, valueError);
  }

  static boolean validTableName(String name) {
    return name.length() >= 3 && name.length() <= 255
        && RequestShapes.TABLE_NAME.matcher(name).matches();
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
