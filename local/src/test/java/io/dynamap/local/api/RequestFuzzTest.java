package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random requests, mostly well-named members of random shapes, against every operation: each must
 * answer or throw a {@link DynamoException}, never crash.
 */
class RequestFuzzTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> MEMBERS = List.of("TableName", "Item", "Key",
      "ExpressionAttributeNames", "ExpressionAttributeValues", "ConditionExpression",
      "UpdateExpression", "ProjectionExpression", "FilterExpression", "KeyConditionExpression",
      "ReturnValues", "ReturnConsumedCapacity", "Expected", "AttributeUpdates", "AttributesToGet",
      "KeyConditions", "QueryFilter", "ScanFilter", "ConditionalOperator", "Limit",
      "ExclusiveStartKey", "Select", "IndexName", "Segment", "TotalSegments", "ConsistentRead",
      "ScanIndexForward", "AttributeDefinitions", "KeySchema", "BillingMode",
      "ProvisionedThroughput", "GlobalSecondaryIndexes", "LocalSecondaryIndexes",
      "GlobalSecondaryIndexUpdates", "StreamSpecification", "TimeToLiveSpecification",
      "ResourceArn", "Tags", "TagKeys", "ExclusiveStartTableName",
      "ReturnValuesOnConditionCheckFailure");
  private static final List<String> WORDS = List.of("fuzz", "pk", "sk", "g", "l", "a", "S", "N",
      "B", "SS", "M", "L", "NULL", "BOOL", "HASH", "RANGE", "ALL", "KEYS_ONLY", "INCLUDE", "EQ",
      "BETWEEN", "ALL_OLD", "ALL_NEW", "COUNT", "PUT", "ADD", "DELETE", "pk = :p", ":p", "#n",
      "AttributeName", "AttributeType", "KeyType", "IndexName", "Projection", "ProjectionType",
      "Value", "Exists", "ComparisonOperator", "AttributeValueList", "Create", "Delete", "1", "",
      "arn:aws:dynamodb:us-east-1:000000000000:table/fuzz", "SET a = :p", "a, b");

  private final Random random = new Random(Long.getLong("fuzz.seed", 20261205L));

  private JsonNode value(int depth) {
    switch (random.nextInt(depth > 3 ? 5 : 8)) {
      case 0:
        return JSON.textNode(WORDS.get(random.nextInt(WORDS.size())));
      case 1:
        return JSON.numberNode(random.nextInt(7) - 2);
      case 2:
        return JSON.booleanNode(random.nextBoolean());
      case 3:
        return JSON.nullNode();
      case 4:
        return JSON.numberNode(random.nextDouble() * 10);
      case 5: {
        ArrayNode array = JSON.arrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(value(depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = JSON.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(WORDS.get(random.nextInt(WORDS.size())), value(depth + 1));
        }
        return object;
      }
    }
  }

  private static final String[][] VALID = {
      {"PutItem", "{'TableName': 'fuzz', 'Item': {'pk': {'S': 'p'}, 'sk': {'N': '2'}, 'g': {'S':"
          + " 'y'}}, 'ConditionExpression': 'attribute_exists(#n) OR a = :p',"
          + " 'ExpressionAttributeNames': {'#n': 'pk'}, 'ExpressionAttributeValues': {':p': {'S':"
          + " 'x'}}, 'ReturnValues': 'ALL_OLD', 'ReturnConsumedCapacity': 'INDEXES'}"},
      {"UpdateItem", "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p'}, 'sk': {'N': '1'}},"
          + " 'UpdateExpression': 'SET a = :p ADD n :n', 'ExpressionAttributeValues': {':p': {'S':"
          + " 'x'}, ':n': {'N': '1'}}, 'ReturnValues': 'UPDATED_NEW'}"},
      {"UpdateItem", "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p'}, 'sk': {'N': '1'}},"
          + " 'AttributeUpdates': {'a': {'Action': 'PUT', 'Value': {'S': 'v'}}}, 'Expected':"
          + " {'a': {'ComparisonOperator': 'NOT_NULL'}}}"},
      {"Query", "{'TableName': 'fuzz', 'IndexName': 'gsi', 'KeyConditionExpression': 'g = :g',"
          + " 'ExpressionAttributeValues': {':g': {'S': 'x'}}, 'Limit': 1, 'ExclusiveStartKey':"
          + " {'g': {'S': 'x'}, 'sk': {'N': '1'}, 'pk': {'S': 'p'}}}"},
      {"Query", "{'TableName': 'fuzz', 'KeyConditions': {'pk': {'ComparisonOperator': 'EQ',"
          + " 'AttributeValueList': [{'S': 'p'}]}}, 'QueryFilter': {'a': {'ComparisonOperator':"
          + " 'IN', 'AttributeValueList': [{'S': 'p'}]}}, 'AttributesToGet': ['a']}"},
      {"Scan", "{'TableName': 'fuzz', 'Segment': 0, 'TotalSegments': 2, 'ExclusiveStartKey':"
          + " {'pk': {'S': 'p'}, 'sk': {'N': '1'}}, 'ScanFilter': {'g': {'ComparisonOperator':"
          + " 'BETWEEN', 'AttributeValueList': [{'S': 'a'}, {'S': 'z'}]}}}"},
      {"CreateTable", "{'TableName': 'fuzz2', 'BillingMode': 'PROVISIONED',"
          + " 'ProvisionedThroughput': {'ReadCapacityUnits': 1, 'WriteCapacityUnits': 1},"
          + " 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'},"
          + " {'AttributeName': 'g', 'AttributeType': 'N'}], 'KeySchema': [{'AttributeName': 'pk',"
          + " 'KeyType': 'HASH'}], 'GlobalSecondaryIndexes': [{'IndexName': 'gsi', 'KeySchema':"
          + " [{'AttributeName': 'g', 'KeyType': 'HASH'}], 'Projection': {'ProjectionType':"
          + " 'INCLUDE', 'NonKeyAttributes': ['a']}, 'ProvisionedThroughput':"
          + " {'ReadCapacityUnits': 1, 'WriteCapacityUnits': 1}}]}"},
      {"UpdateTable", "{'TableName': 'fuzz', 'AttributeDefinitions': [{'AttributeName': 'c',"
          + " 'AttributeType': 'S'}], 'GlobalSecondaryIndexUpdates': [{'Create': {'IndexName':"
          + " 'byC', 'KeySchema': [{'AttributeName': 'c', 'KeyType': 'HASH'}], 'Projection':"
          + " {'ProjectionType': 'ALL'}}}]}"},
      {"UpdateTimeToLive", "{'TableName': 'fuzz', 'TimeToLiveSpecification': {'AttributeName':"
          + " 'e', 'Enabled': true}}"},
      {"TagResource", "{'ResourceArn': 'arn:aws:dynamodb:us-east-1:000000000000:table/fuzz',"
          + " 'Tags': [{'Key': 'k', 'Value': 'v'}]}"}};

  /** Replaces one node somewhere in the tree by a random value. */
  private void mutate(JsonNode node) {
    if (node.isObject() && node.size() > 0) {
      List<String> names = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      JsonNode child = node.get(name);
      if (random.nextInt(3) == 0 || !child.isContainerNode() || child.isEmpty()) {
        ((ObjectNode) node).set(name, value(1));
      } else {
        mutate(child);
      }
    } else if (node.isArray() && node.size() > 0) {
      int index = random.nextInt(node.size());
      JsonNode child = node.get(index);
      if (random.nextInt(3) == 0 || !child.isContainerNode() || child.isEmpty()) {
        ((ArrayNode) node).set(index, value(1));
      } else {
        mutate(child);
      }
    }
  }

  @Test
  void mutatedValidRequestsNeverCrash() {
    OperationHarness db = new OperationHarness();
    db.createHashRangeTable("fuzz");
    db.call("PutItem", "{'TableName': 'fuzz', 'Item': {'pk': {'S': 'p'}, 'sk': {'N': '1'},"
        + " 'g': {'S': 'x'}}}");
    java.util.Map<String, Operation> operations = new java.util.HashMap<>();
    Operations.all(db.engine).forEach(operation -> operations.put(operation.name(), operation));
    for (int round = 0; round < 1000; round++) {
      String[] template = VALID[random.nextInt(VALID.length)];
      ObjectNode request = OperationHarness.parse(template[1]);
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        mutate(request);
      }
      try {
        operations.get(template[0]).execute(request.deepCopy());
      } catch (DynamoException expected) {
        // a refusal is fine
      } catch (RuntimeException crash) {
        fail(new AssertionError(template[0] + " " + request, crash));
      }
      if (template[0].equals("CreateTable") && db.engine.findTable("fuzz2") != null) {
        db.engine.deleteTable("fuzz2");
      }
    }
  }

  @Test
  void noRequestCrashesAnOperation() {
    OperationHarness db = new OperationHarness();
    db.createHashRangeTable("fuzz");
    db.call("PutItem", "{'TableName': 'fuzz', 'Item': {'pk': {'S': 'p'}, 'sk': {'N': '1'},"
        + " 'g': {'S': 'x'}}}");
    List<Operation> operations = Operations.all(db.engine);
    for (int round = 0; round < 1000; round++) {
      ObjectNode request = JSON.objectNode();
      request.put("TableName", "fuzz");
      for (int i = random.nextInt(5); i > 0; i--) {
        request.set(MEMBERS.get(random.nextInt(MEMBERS.size())), value(0));
      }
      Operation operation = operations.get(random.nextInt(operations.size()));
      if (operation.name().equals("DeleteTable")) {
        continue;
      }
      try {
        operation.execute(request.deepCopy());
      } catch (DynamoException expected) {
        // a refusal is fine
      } catch (RuntimeException crash) {
        AssertionError error = new AssertionError(operation.name() + " " + request, crash);
        fail(error);
      }
    }
  }
}
