package io.dynamap.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.api.DynamoException;
import io.dynamap.local.api.Operation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Small stand-ins for the engine's operations, enough to test the fronts: one table-less store of
 * items keyed by their {@code "id"} string, whatever the table name.
 */
public final class FakeOperations {
  private final ConcurrentMap<String, ConcurrentMap<String, ObjectNode>> tables =
      new ConcurrentHashMap<>();

  /**
   * Every fake operation: PutItem, GetItem, BatchWriteItem, BatchGetItem, ListTables, Echo, Boom.
   */
  public List<Operation> all() {
    List<Operation> operations = new ArrayList<>();
    operations.add(operation("PutItem", this::putItem));
    operations.add(operation("GetItem", this::getItem));
    operations.add(operation("BatchWriteItem", this::batchWriteItem));
    operations.add(operation("BatchGetItem", this::batchGetItem));
    operations.add(operation("ListTables", request -> listTables()));
    operations.add(operation("Echo", request -> request));
    operations.add(
        operation(
            "Boom",
            request -> {
              throw new IllegalStateException("a bug in an operation");
            }));
    operations.add(
        operation(
            "Invalid",
            request -> {
              throw DynamoException.validation("always invalid");
            }));
    return operations;
  }

  /** How many items a table holds. */
  public int size(String table) {
    return table(table).size();
  }

  /** Whether a table holds an item of this id. */
  public boolean contains(String table, String id) {
    return table(table).containsKey(id);
  }

  public static Operation operation(String name, Function<ObjectNode, ObjectNode> body) {
    return new Operation() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ObjectNode execute(ObjectNode request) {
        return body.apply(request);
      }
    };
  }

  private ConcurrentMap<String, ObjectNode> table(String name) {
    return tables.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
  }

  private static String id(JsonNode item) {
    JsonNode id = item.path("id").path("S");
    if (!id.isTextual()) {
      throw DynamoException.validation("One of the required keys was not given a value");
    }
    return id.asText();
  }

  private ObjectNode putItem(ObjectNode request) {
    ObjectNode item = (ObjectNode) request.get("Item");
    table(request.path("TableName").asText()).put(id(item), item.deepCopy());
    return JsonNodeFactory.instance.objectNode();
  }

  private ObjectNode getItem(ObjectNode request) {
    ObjectNode item = table(request.path("TableName").asText()).get(id(request.get("Key")));
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    if (item != null) {
      response.set("Item", item.deepCopy());
    }
    return response;
  }

  private ObjectNode batchWriteItem(ObjectNode request) {
    Iterator<Map.Entry<String, JsonNode>> tablesRequested = request.path("RequestItems").fields();
    while (tablesRequested.hasNext()) {
      Map.Entry<String, JsonNode> table = tablesRequested.next();
      for (JsonNode write : table.getValue()) {
        ObjectNode item = (ObjectNode) write.path("PutRequest").get("Item");
        table(table.getKey()).put(id(item), item.deepCopy());
      }
    }
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.putObject("UnprocessedItems");
    return response;
  }

  private ObjectNode batchGetItem(ObjectNode request) {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    ObjectNode responses = response.putObject("Responses");
    Iterator<Map.Entry<String, JsonNode>> tablesRequested = request.path("RequestItems").fields();
    while (tablesRequested.hasNext()) {
      Map.Entry<String, JsonNode> table = tablesRequested.next();
      ArrayNode items = responses.putArray(table.getKey());
      for (JsonNode key : table.getValue().path("Keys")) {
        ObjectNode item = table(table.getKey()).get(id(key));
        if (item != null) {
          items.add(item.deepCopy());
        }
      }
    }
    response.putObject("UnprocessedKeys");
    return response;
  }

  private ObjectNode listTables() {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    ArrayNode names = response.putArray("TableNames");
    tables.keySet().stream().sorted().forEach(names::add);
    return response;
  }
}
