package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Runs JSON requests through the operations of one engine, as the front does. */
final class OperationHarness {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Engine engine;
  private final Map<String, Operation> operations = new HashMap<>();

  OperationHarness() {
    this(new Engine(Clock.systemUTC(), Duration.ZERO));
  }

  OperationHarness(Engine engine) {
    this.engine = engine;
    for (Operation operation : Operations.all(engine)) {
      operations.put(operation.name(), operation);
    }
  }

  /** Runs a request; JSON may use single quotes for readability. */
  ObjectNode call(String operation, String json) {
    Operation target = operations.get(operation);
    assertNotNull(target, operation);
    return target.execute(parse(json));
  }

  /** Runs a request expected to fail and returns the error. */
  DynamoException error(String operation, String json) {
    try {
      ObjectNode response = call(operation, json);
      fail("expected an error, got " + response);
      return null;
    } catch (DynamoException e) {
      return e;
    }
  }

  /** Asserts a request fails with that type and message. */
  void assertError(String type, String message, String operation, String json) {
    DynamoException error = error(operation, json);
    assertEquals(type + ": " + message, error.type() + ": " + error.getMessage(),
        operation + " " + json);
  }

  void assertValidation(String message, String operation, String json) {
    assertError("ValidationException", message, operation, json);
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  /** A hash+range table {@code name} (pk S, sk N) on demand, with a KEYS_ONLY GSI on g/sk. */
  void createHashRangeTable(String name) {
    call("CreateTable", "{'TableName': '" + name + "', 'BillingMode': 'PAY_PER_REQUEST',"
        + " 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'},"
        + " {'AttributeName': 'sk', 'AttributeType': 'N'},"
        + " {'AttributeName': 'g', 'AttributeType': 'S'},"
        + " {'AttributeName': 'l', 'AttributeType': 'N'}],"
        + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'},"
        + " {'AttributeName': 'sk', 'KeyType': 'RANGE'}],"
        + " 'GlobalSecondaryIndexes': [{'IndexName': 'gsi', 'KeySchema':"
        + " [{'AttributeName': 'g', 'KeyType': 'HASH'}, {'AttributeName': 'sk', 'KeyType': 'RANGE'}],"
        + " 'Projection': {'ProjectionType': 'KEYS_ONLY'}}],"
        + " 'LocalSecondaryIndexes': [{'IndexName': 'lsi', 'KeySchema':"
        + " [{'AttributeName': 'pk', 'KeyType': 'HASH'}, {'AttributeName': 'l', 'KeyType': 'RANGE'}],"
        + " 'Projection': {'ProjectionType': 'INCLUDE', 'NonKeyAttributes': ['a']}}]}");
  }

  /** A hash-only table {@code name} (id S) on demand. */
  void createHashTable(String name) {
    call("CreateTable", "{'TableName': '" + name + "', 'BillingMode': 'PAY_PER_REQUEST',"
        + " 'AttributeDefinitions': [{'AttributeName': 'id', 'AttributeType': 'S'}],"
        + " 'KeySchema': [{'AttributeName': 'id', 'KeyType': 'HASH'}]}");
  }
}
