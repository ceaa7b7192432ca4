package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
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

  final List<TableReads> tables;
  final String returnConsumedCapacity;

  private BatchGetRequest(List<TableReads> tables, String returnConsumedCapacity) {
    this.tables = tables;
    this.returnConsumedCapacity = returnConsumedCapacity;
  }

  /** One table's entry as read, with any attribute-value errors of its keys. */
  private record ParsedTable(String name, ObjectNode json, ArrayNode keysJson,
      List<Map<String, Value>> keys, List<DynamoException> keyErrors, List<String> attributesToGet,
      Boolean consistentRead) {}

  static BatchGetRequest parse(ObjectNode request) {
    // 1. The deserializer.
    String returnConsumedCapacity = RequestShapes.string(request, "ReturnConsumedCapacity");
    ObjectNode requestItems = RequestShapes.map(request, "RequestItems",
        RequestShapes.MODEL + "KeysAndAttributes");
    RequestShapes shapes = new RequestShapes();
    List<ParsedTable> parsed = new ArrayList<>();
    if (requestItems != null) {
      Iterator<Map.Entry<String, JsonNode>> entries = requestItems.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        if (entry.getValue().isNull()) {
          parsed.add(new ParsedTable(entry.getKey(), null, null, null, null, null, null));
          continue;
        }
        ObjectNode json = RequestShapes.valueStruct(entry.getValue(), "KeysAndAttributes");
        ArrayNode keysJson = RequestShapes.list(json, "Keys");
        List<Map<String, Value>> keys = null;
        List<DynamoException> keyErrors = null;
        if (keysJson != null) {
          keys = new ArrayList<>();
          keyErrors = new ArrayList<>();
          for (JsonNode key : keysJson) {
            keys.add(shapes.attributes(RequestShapes.parameterizedMap(key)));
            keyErrors.add(shapes.takeDeferred());
          }
        }
        List<String> attributesToGet = RequestShapes.stringList(json, "AttributesToGet");
        Boolean consistentRead = RequestShapes.bool(json, "ConsistentRead");
        RequestShapes.string(json, "ProjectionExpression");
        RequestShapes.names(json);
        parsed.add(new ParsedTable(entry.getKey(), json, keysJson, keys, keyErrors,
            attributesToGet, consistentRead));
      }
    }

    // 2. The declared constraints.
    ConstraintViolations violations = new ConstraintViolations();
    violations.enumValue("returnConsumedCapacity", returnConsumedCapacity,
        "INDEXES", "TOTAL", "NONE");
    violations.notNull("requestItems", requestItems);
    if (requestItems != null) {
      violations.length("requestItems", requestItems, requestItems.size(), 1, Integer.MAX_VALUE);
      for (ParsedTable table : parsed) {
        if (!BatchWriteRequest.validTableName(table.name())) {
          violations.add("requestItems", requestItems, "Map keys must satisfy constraint: ["
              + "Member must have length less than or equal to 255, Member must have length"
              + " greater than or equal to 3, Member must satisfy regular expression pattern:"
              + " [a-zA-Z0-9_.-]+]");
        }
      }
      for (ParsedTable table : parsed) {
        String path = "requestItems." + table.name() + ".member.";
        violations.notNull(path + "keys", table.keysJson());
        if (table.keysJson() != null) {
          violations.length(path + "keys", table.keysJson(), table.keysJson().size(), 1, MAX_KEYS);
        }
        if (table.attributesToGet() != null) {
          violations.length(path + "attributesToGet", table.attributesToGet(),
              table.attributesToGet().size(), 1, 255);
        }
      }
    }
    violations.throwIfAny();

    // 3. The operation's own checks, table by table.
    List<TableReads> tables = new ArrayList<>();
    int total = 0;
    for (ParsedTable table : parsed) {
      ItemProjection projection = ItemProjection.of(table.json(), table.attributesToGet());
      Set<Map<String, Value>> seen = new HashSet<>();
      for (int i = 0; i < table.keys().size(); i++) {
        if (table.keyErrors().get(i) != null) {
          throw table.keyErrors().get(i);
        }
        if (!seen.add(table.keys().get(i))) {
          throw DynamoException.validation("Provided list of item keys contains duplicates");
        }
        total++;
        if (total > MAX_KEYS) {
          throw DynamoException.validation("Too many items requested for the BatchGetItem call");
        }
      }
      tables.add(new TableReads(table.name(), table.keys(),
          Boolean.TRUE.equals(table.consistentRead()), projection, table.json()));
    }
    return new BatchGetRequest(tables, returnConsumedCapacity);
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
      keysJson.add(io.dynamap.local.value.ValueJson.writeItem(key));
    }
    return entry;
  }
}
