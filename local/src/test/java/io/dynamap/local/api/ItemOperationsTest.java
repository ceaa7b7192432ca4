package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemOperationsTest {
  private final OperationHarness db = new OperationHarness();

  @BeforeEach
  void tables() {
    db.createHashTable("items");
    db.createHashRangeTable("ranges");
  }

  @Test
  void putThenGetReturnsTheItem() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'n': {'N': '1.50'}}}");
    ObjectNode got = db.call("GetItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}}}");
    assertEquals("{\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1.5\"}}}", got.toString());
    assertEquals("{}",
        db.call("GetItem", "{'TableName': 'items', 'Key': {'id': {'S': 'b'}}}").toString());
  }

  @Test
  void putReturnsTheOldItemOnlyWithAllOld() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'v': {'S': '1'}}}");
    ObjectNode none = db.call("PutItem",
        "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'v': {'S': '2'}}}");
    assertEquals("{}", none.toString());
    ObjectNode old = db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'},"
        + " 'v': {'S': '3'}}, 'ReturnValues': 'ALL_OLD'}");
    assertEquals("{\"id\":{\"S\":\"a\"},\"v\":{\"S\":\"2\"}}", old.get("Attributes").toString());
    db.assertValidation("ReturnValues can only be ALL_OLD or NONE", "PutItem",
        "{'TableName': 'items', 'Item': {'id': {'S': 'a'}}, 'ReturnValues': 'ALL_NEW'}");
  }

  @Test
  void requestShapeErrorsComeFirstAndTogether() {
    db.assertValidation("1 validation error detected: Value null at 'tableName' failed to satisfy"
        + " constraint: Member must not be null", "GetItem", "{'Key': {'id': {'S': 'a'}}}");
    db.assertValidation("2 validation errors detected: Value 'x' at 'returnConsumedCapacity'"
        + " failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL,"
        + " NONE]; Value 'a;b' at 'tableName' failed to satisfy constraint: Member must satisfy"
        + " regular expression pattern: [a-zA-Z0-9_.-]+", "PutItem",
        "{'TableName': 'a;b', 'ReturnConsumedCapacity': 'x', 'Item': {}}");
    db.assertError("SerializationException", "NUMBER_VALUE cannot be converted to String",
        "GetItem", "{'TableName': 5}");
  }

  @Test
  void keysAreCheckedAgainstTheSchema() {
    db.assertValidation("One or more parameter values were invalid: Missing the key id in the"
        + " item", "PutItem", "{'TableName': 'items', 'Item': {'x': {'S': 'a'}}}");
    db.assertValidation("One or more parameter values were invalid: Type mismatch for key id"
        + " expected: S actual: N", "PutItem", "{'TableName': 'items', 'Item': {'id': {'N': '1'}}}");
    db.assertValidation("One or more parameter values are not valid. The AttributeValue for a key"
        + " attribute cannot contain an empty string value. Key: id", "PutItem",
        "{'TableName': 'items', 'Item': {'id': {'S': ''}}}");
    db.assertValidation("The provided key element does not match the schema", "GetItem",
        "{'TableName': 'items', 'Key': {'id': {'S': 'a'}, 'x': {'S': 'b'}}}");
    db.assertValidation("The provided key element does not match the schema", "DeleteItem",
        "{'TableName': 'ranges', 'Key': {'pk': {'S': 'a'}}}");
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g"
        + " Expected: S Actual: N IndexName: gsi", "PutItem",
        "{'TableName': 'ranges', 'Item': {'pk': {'S': 'a'}, 'sk': {'N': '1'}, 'g': {'N': '1'}}}");
    db.assertError("ResourceNotFoundException", "Requested resource not found", "GetItem",
        "{'TableName': 'missing', 'Key': {'id': {'S': 'a'}}}");
  }

  @Test
  void itemsOver400KbAreRefused() {
    String big = "x".repeat(400 * 1024);
    db.assertValidation("Item size has exceeded the maximum allowed size", "PutItem",
        "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'd': {'S': '" + big + "'}}}");
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'd': {'S': '"
        + "x".repeat(300 * 1024) + "'}}}");
    db.assertValidation("Item size to update has exceeded the maximum allowed size", "UpdateItem",
        "{'TableName': 'items', 'Key': {'id': {'S': 'a'}}, 'UpdateExpression': 'SET e = :e',"
            + " 'ExpressionAttributeValues': {':e': {'S': '" + "y".repeat(150 * 1024) + "'}}}");
  }

  @Test
  void failedConditionsReturnTheItemWhenAsked() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'v': {'N': '1'}}}");
    DynamoException plain = db.error("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}},"
        + " 'ConditionExpression': 'attribute_not_exists(id)'}");
    assertEquals("ConditionalCheckFailedException", plain.type());
    assertEquals(null, plain.extra());
    DynamoException withItem = db.error("DeleteItem", "{'TableName': 'items', 'Key': {'id':"
        + " {'S': 'a'}}, 'ConditionExpression': 'v = :two', 'ExpressionAttributeValues':"
        + " {':two': {'N': '2'}}, 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}");
    assertEquals("{\"id\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}",
        withItem.extra().get("Item").toString());
    assertEquals("The conditional request failed", withItem.getMessage());
  }

  @Test
  void updateCreatesAndReturnsEveryMode() {
    ObjectNode created = db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'UpdateExpression': 'SET v = :v, w = :w', 'ExpressionAttributeValues':"
        + " {':v': {'N': '1'}, ':w': {'S': 'x'}}, 'ReturnValues': 'ALL_NEW'}");
    assertEquals("{\"id\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"},\"w\":{\"S\":\"x\"}}",
        created.get("Attributes").toString());
    ObjectNode updatedOld = db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S':"
        + " 'a'}}, 'UpdateExpression': 'ADD v :one', 'ExpressionAttributeValues':"
        + " {':one': {'N': '1'}}, 'ReturnValues': 'UPDATED_OLD'}");
    assertEquals("{\"v\":{\"N\":\"1\"}}", updatedOld.get("Attributes").toString());
    ObjectNode updatedNew = db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S':"
        + " 'a'}}, 'UpdateExpression': 'ADD v :one', 'ExpressionAttributeValues':"
        + " {':one': {'N': '1'}}, 'ReturnValues': 'UPDATED_NEW'}");
    assertEquals("{\"v\":{\"N\":\"3\"}}", updatedNew.get("Attributes").toString());
    ObjectNode allOld = db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'UpdateExpression': 'REMOVE w', 'ReturnValues': 'ALL_OLD'}");
    assertEquals("{\"id\":{\"S\":\"a\"},\"v\":{\"N\":\"3\"},\"w\":{\"S\":\"x\"}}",
        allOld.get("Attributes").toString());
    ObjectNode keyOnly = db.call("UpdateItem",
        "{'TableName': 'items', 'Key': {'id': {'S': 'new'}}, 'ReturnValues': 'ALL_NEW'}");
    assertEquals("{\"id\":{\"S\":\"new\"}}", keyOnly.get("Attributes").toString());
  }

  @Test
  void updatedValuesReturnOnlyTheUpdatedPaths() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'm': {'M': {'x': {'N':"
        + " '1'}, 'y': {'N': '2'}}}, 'l': {'L': [{'S': 'a'}, {'S': 'b'}, {'S': 'c'}]}}}");
    String update = "'TableName': 'items', 'Key': {'id': {'S': 'a'}}, 'UpdateExpression':"
        + " 'SET m.x = :v, l[1] = :w', 'ExpressionAttributeValues': {':v': {'N': '5'}, ':w':"
        + " {'S': 'B'}}";
    ObjectNode old = db.call("UpdateItem", "{" + update + ", 'ReturnValues': 'UPDATED_OLD'}");
    assertEquals("{\"m\":{\"M\":{\"x\":{\"N\":\"1\"}}},\"l\":{\"L\":[{\"S\":\"b\"}]}}",
        old.get("Attributes").toString());
    ObjectNode updated = db.call("UpdateItem", "{" + update + ", 'ReturnValues': 'UPDATED_NEW'}");
    assertEquals("{\"m\":{\"M\":{\"x\":{\"N\":\"5\"}}},\"l\":{\"L\":[{\"S\":\"B\"}]}}",
        updated.get("Attributes").toString());
    // Nothing left to return: Attributes is left out rather than sent empty.
    ObjectNode removed = db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'UpdateExpression': 'REMOVE m', 'ReturnValues': 'UPDATED_NEW'}");
    assertFalse(removed.has("Attributes"));
  }

  @Test
  void ofSeveralFailingActionsTheFirstWrittenIsReported() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'm': {'M': {}},"
        + " 'ns': {'SS': ['x']}}}");
    String values = "'ExpressionAttributeValues': {':v': {'N': '1'}, ':n': {'NS': ['1']}}}";
    db.assertValidation("The document path provided in the update expression is invalid for"
        + " update", "UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'UpdateExpression': 'SET m.y.z = :v ADD ns :n', " + values);
    db.assertValidation("An operand in the update expression has an incorrect data type",
        "UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'UpdateExpression': 'ADD ns :n SET m.y.z = :v', " + values);
  }

  @Test
  void anIndexKeyOfAnotherTypeFailsInTheOrderOfTheActions() {
    db.call("PutItem", "{'TableName': 'ranges', 'Item': {'pk': {'S': 'a'}, 'sk': {'N': '1'},"
        + " 'x': {'N': '5'}, 'ns': {'NS': ['1']}}}");
    String request = "{'TableName': 'ranges', 'Key': {'pk': {'S': 'a'}, 'sk': {'N': '1'}},"
        + " 'UpdateExpression': '%s', 'ExpressionAttributeValues': {':v': {'SS': ['a']}}}";
    db.assertValidation("The update expression attempted to update the secondary index key to"
        + " unsupported type", "UpdateItem", String.format(request, "SET g = x ADD ns :v"));
    db.assertValidation("An operand in the update expression has an incorrect data type",
        "UpdateItem", String.format(request, "ADD ns :v SET g = x"));
  }

  @Test
  void updatesOfKeyAttributesAreRefused() {
    db.assertValidation("One or more parameter values were invalid: Cannot update attribute id."
        + " This attribute is part of the key", "UpdateItem", "{'TableName': 'items', 'Key':"
        + " {'id': {'S': 'a'}}, 'UpdateExpression': 'SET id = :v', 'ExpressionAttributeValues':"
        + " {':v': {'S': 'b'}}}");
  }

  @Test
  void indexKeyTypesKnownFromTheUpdateAreCheckedBeforeTheItemIsRead() {
    String key = "'TableName': 'ranges', 'Key': {'pk': {'S': 'a'}, 'sk': {'N': '1'}}";
    // Before the condition: the item does not exist, so attribute_exists would fail.
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g"
        + " Expected: S Actual: N IndexName: gsi", "UpdateItem", "{" + key + ","
        + " 'UpdateExpression': 'SET g = :n', 'ConditionExpression': 'attribute_exists(pk)',"
        + " 'ExpressionAttributeValues': {':n': {'N': '1'}}}");
    // Before the update's run-time error (x does not exist); the global index comes first.
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g"
        + " Expected: S Actual: N IndexName: gsi", "UpdateItem", "{" + key + ","
        + " 'UpdateExpression': 'SET l = :s, g = x + :n',"
        + " 'ExpressionAttributeValues': {':n': {'N': '1'}, ':s': {'S': 's'}}}");
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key l"
        + " Expected: N Actual: L IndexName: lsi", "UpdateItem", "{" + key + ","
        + " 'UpdateExpression': 'SET g = x, l = list_append(x, :l)',"
        + " 'ExpressionAttributeValues': {':l': {'L': []}}}");
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g"
        + " Expected: S Actual: SS IndexName: gsi", "UpdateItem", "{" + key + ","
        + " 'AttributeUpdates': {'g': {'Action': 'ADD', 'Value': {'SS': ['a']}}},"
        + " 'Expected': {'pk': {'Value': {'S': 'other'}}}}");
    // A value read from the item is checked as the update runs, with another message.
    db.call("PutItem", "{'TableName': 'ranges', 'Item': {'pk': {'S': 'a'}, 'sk': {'N': '1'},"
        + " 'x': {'N': '5'}}}");
    db.assertValidation("The update expression attempted to update the secondary index key to"
        + " unsupported type", "UpdateItem", "{" + key + ", 'UpdateExpression': 'SET g = x'}");
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g"
        + " Expected: S Actual: N IndexName: gsi", "PutItem", "{'TableName': 'ranges', 'Item':"
        + " {'pk': {'S': 'a'}, 'sk': {'N': '1'}, 'g': {'N': '5'}}}");
    // A matching type lets the update run into its own error.
    db.assertValidation("The provided expression refers to an attribute that does not exist in"
        + " the item", "UpdateItem", "{" + key + ", 'UpdateExpression': 'SET l = y + :n',"
        + " 'ExpressionAttributeValues': {':n': {'N': '1'}}}");
  }

  @Test
  void updatesGivingIndexKeysAnotherTypeAreRefused() {
    db.call("PutItem", "{'TableName': 'ranges', 'Item': {'pk': {'S': 'a'}, 'sk': {'N': '1'},"
        + " 'n': {'N': '5'}}}");
    db.assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g"
        + " Expected: S Actual: N IndexName: gsi", "UpdateItem", "{'TableName': 'ranges', 'Key':"
        + " {'pk': {'S': 'a'}, 'sk': {'N': '1'}}, 'UpdateExpression': 'SET g = :v',"
        + " 'ConditionExpression': 'attribute_not_exists(pk)', 'ExpressionAttributeValues':"
        + " {':v': {'N': '1'}}}");
    db.assertValidation("The update expression attempted to update the secondary index key to"
        + " unsupported type", "UpdateItem", "{'TableName': 'ranges', 'Key': {'pk': {'S': 'a'},"
        + " 'sk': {'N': '1'}}, 'UpdateExpression': 'SET g = n'}");
  }

  @Test
  void documentPathsIntoKeysAreRefused() {
    db.assertValidation("Key attributes must be scalars; list random access '[]' and map lookup"
        + " '.' are not allowed: Key: pk", "GetItem", "{'TableName': 'ranges', 'Key': {'pk':"
        + " {'S': 'a'}, 'sk': {'N': '1'}}, 'ProjectionExpression': 'pk.x'}");
    db.assertValidation("Key attributes must be scalars; list random access '[]' and map lookup"
        + " '.' are not allowed: IndexKey: g", "UpdateItem", "{'TableName': 'ranges', 'Key':"
        + " {'pk': {'S': 'a'}, 'sk': {'N': '1'}}, 'UpdateExpression': 'SET #g[0] = :v',"
        + " 'ExpressionAttributeNames': {'#g': 'g'}, 'ExpressionAttributeValues': {':v': {'N':"
        + " '2'}}}");
  }

  @Test
  void placeholdersNeedExpressionsAndMustBeUsed() {
    db.assertValidation("ExpressionAttributeNames can only be specified when using expressions",
        "PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}},"
            + " 'ExpressionAttributeNames': {'#a': 'a'}}");
    db.assertValidation("ExpressionAttributeValues can only be specified when using expressions:"
        + " ConditionExpression is null", "PutItem", "{'TableName': 'items', 'Item': {'id':"
        + " {'S': 'a'}}, 'ExpressionAttributeValues': {':a': {'S': 'a'}}}");
    db.assertValidation("Value provided in ExpressionAttributeValues unused in expressions: keys:"
        + " {:b}", "PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}},"
        + " 'ConditionExpression': 'x = :a', 'ExpressionAttributeValues': {':a': {'S': 'a'},"
        + " ':b': {'S': 'b'}}}");
    db.assertValidation("Can not use both expression and non-expression parameters in the same"
        + " request: Non-expression parameters: {Expected} Expression parameters:"
        + " {ConditionExpression}", "PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}},"
        + " 'ConditionExpression': 'x = y', 'Expected': {'x': {'Exists': false}}}");
  }

  @Test
  void legacyParametersWork() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}, 'n': {'N': '1'}},"
        + " 'Expected': {'id': {'Exists': false}}}");
    assertEquals("ConditionalCheckFailedException", db.error("PutItem", "{'TableName': 'items',"
        + " 'Item': {'id': {'S': 'a'}}, 'Expected': {'id': {'Exists': false}}}").type());
    ObjectNode updated = db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'AttributeUpdates': {'n': {'Action': 'ADD', 'Value': {'N': '2'}},"
        + " 's': {'Action': 'PUT', 'Value': {'SS': ['x']}}}, 'ReturnValues': 'ALL_NEW'}");
    assertEquals("{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"3\"},\"s\":{\"SS\":[\"x\"]}}",
        updated.get("Attributes").toString());
    ObjectNode got = db.call("GetItem", "{'TableName': 'items', 'Key': {'id': {'S': 'a'}},"
        + " 'AttributesToGet': ['n']}");
    assertEquals("{\"Item\":{\"n\":{\"N\":\"3\"}}}", got.toString());
  }

  @Test
  void consumedCapacityCountsIndexWrites() {
    ObjectNode put = db.call("PutItem", "{'TableName': 'ranges', 'Item': {'pk': {'S': 'a'},"
        + " 'sk': {'N': '1'}, 'g': {'S': 'x'}}, 'ReturnConsumedCapacity': 'INDEXES'}");
    assertEquals("{\"TableName\":\"ranges\",\"CapacityUnits\":2.0,\"Table\":{\"CapacityUnits\":1.0},"
        + "\"GlobalSecondaryIndexes\":{\"gsi\":{\"CapacityUnits\":1.0}}}",
        put.get("ConsumedCapacity").toString());
    ObjectNode read = db.call("GetItem", "{'TableName': 'ranges', 'Key': {'pk': {'S': 'a'},"
        + " 'sk': {'N': '1'}}, 'ReturnConsumedCapacity': 'TOTAL'}");
    assertEquals("{\"TableName\":\"ranges\",\"CapacityUnits\":0.5}",
        read.get("ConsumedCapacity").toString());
  }

  @Test
  void concurrentUpdatesOfOneItemLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 100; i++) {
          db.call("UpdateItem", "{'TableName': 'items', 'Key': {'id': {'S': 'c'}},"
              + " 'UpdateExpression': 'ADD n :one', 'ExpressionAttributeValues':"
              + " {':one': {'N': '1'}}}");
        }
      }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    ObjectNode got = db.call("GetItem", "{'TableName': 'items', 'Key': {'id': {'S': 'c'}}}");
    assertEquals("400", got.get("Item").get("n").get("N").asText());
  }

  @Test
  void itemCollectionMetricsForTablesWithLocalIndexes() {
    ObjectNode put = db.call("PutItem", "{'TableName': 'ranges', 'Item': {'pk': {'S': 'a'},"
        + " 'sk': {'N': '1'}}, 'ReturnItemCollectionMetrics': 'SIZE'}");
    assertEquals("{\"ItemCollectionKey\":{\"pk\":{\"S\":\"a\"}},\"SizeEstimateRangeGB\":[0.0,1.0]}",
        put.get("ItemCollectionMetrics").toString());
    assertFalse(db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}},"
        + " 'ReturnItemCollectionMetrics': 'SIZE'}").has("ItemCollectionMetrics"));
  }

  @Test
  void deleteReturnsTheOldItem() {
    db.call("PutItem", "{'TableName': 'items', 'Item': {'id': {'S': 'a'}}}");
    ObjectNode deleted = db.call("DeleteItem",
        "{'TableName': 'items', 'Key': {'id': {'S': 'a'}}, 'ReturnValues': 'ALL_OLD'}");
    assertTrue(deleted.has("Attributes"));
    ObjectNode again = db.call("DeleteItem",
        "{'TableName': 'items', 'Key': {'id': {'S': 'a'}}, 'ReturnValues': 'ALL_OLD'}");
    assertFalse(again.has("Attributes"));
  }
}
