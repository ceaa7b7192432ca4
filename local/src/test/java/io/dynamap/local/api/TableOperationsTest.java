package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TableOperationsTest {
  private final OperationHarness db = new OperationHarness();

  @Test
  void createdTableIsDescribed() {
    ObjectNode created = db.call("CreateTable", "{'TableName': 'things',"
        + " 'AttributeDefinitions': [{'AttributeName': 'id', 'AttributeType': 'S'}],"
        + " 'KeySchema': [{'AttributeName': 'id', 'KeyType': 'HASH'}],"
        + " 'ProvisionedThroughput': {'ReadCapacityUnits': 3, 'WriteCapacityUnits': 4},"
        + " 'StreamSpecification': {'StreamEnabled': true, 'StreamViewType': 'NEW_IMAGE'}}");
    JsonNode description = created.get("TableDescription");
    assertEquals("CREATING", description.get("TableStatus").asText());
    assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/things",
        description.get("TableArn").asText());
    assertEquals(3, description.get("ProvisionedThroughput").get("ReadCapacityUnits").asInt());
    assertEquals("NEW_IMAGE",
        description.get("StreamSpecification").get("StreamViewType").asText());
    assertFalse(description.has("BillingModeSummary"));

    db.call("PutItem", "{'TableName': 'things', 'Item': {'id': {'S': 'a'}, 'v': {'S': 'xyz'}}}");
    JsonNode table = db.call("DescribeTable", "{'TableName': 'things'}").get("Table");
    assertEquals("ACTIVE", table.get("TableStatus").asText());
    assertEquals(1, table.get("ItemCount").asInt());
    assertEquals(7, table.get("TableSizeBytes").asInt());
    db.assertError("ResourceNotFoundException", "Requested resource not found: Table: nope not"
        + " found", "DescribeTable", "{'TableName': 'nope'}");
    db.assertError("ResourceInUseException", "Table already exists: things", "CreateTable",
        "{'TableName': 'things', 'BillingMode': 'PAY_PER_REQUEST', 'AttributeDefinitions':"
            + " [{'AttributeName': 'id', 'AttributeType': 'S'}], 'KeySchema': [{'AttributeName':"
            + " 'id', 'KeyType': 'HASH'}]}");
  }

  @Test
  void createTableValidation() {
    db.assertValidation("The parameter 'TableName' is required but was not present in the request",
        "CreateTable", "{}");
    db.assertValidation("One or more parameter values were invalid: ReadCapacityUnits and"
        + " WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
        "CreateTable", "{'TableName': 'abc', 'AttributeDefinitions': [{'AttributeName': 'id',"
            + " 'AttributeType': 'S'}], 'KeySchema': [{'AttributeName': 'id', 'KeyType': 'HASH'}]}");
    db.assertValidation("One or more parameter values were invalid: Number of attributes in"
        + " KeySchema does not exactly match number of attributes defined in AttributeDefinitions",
        "CreateTable", "{'TableName': 'abc', 'BillingMode': 'PAY_PER_REQUEST',"
            + " 'AttributeDefinitions': [{'AttributeName': 'id', 'AttributeType': 'S'},"
            + " {'AttributeName': 'x', 'AttributeType': 'S'}], 'KeySchema': [{'AttributeName':"
            + " 'id', 'KeyType': 'HASH'}]}");
    db.assertValidation("One or more parameter values were invalid: Table KeySchema does not have"
        + " a range key, which is required when specifying a LocalSecondaryIndex", "CreateTable",
        "{'TableName': 'abc', 'BillingMode': 'PAY_PER_REQUEST', 'AttributeDefinitions':"
            + " [{'AttributeName': 'id', 'AttributeType': 'S'}, {'AttributeName': 'r',"
            + " 'AttributeType': 'S'}], 'KeySchema': [{'AttributeName': 'id', 'KeyType': 'HASH'}],"
            + " 'LocalSecondaryIndexes': [{'IndexName': 'lsi', 'KeySchema': [{'AttributeName':"
            + " 'id', 'KeyType': 'HASH'}, {'AttributeName': 'r', 'KeyType': 'RANGE'}],"
            + " 'Projection': {'ProjectionType': 'ALL'}}]}");
  }

  @Test
  void listTablesPages() {
    for (String name : new String[] {"ccc", "aaa", "bbb"}) {
      db.createHashTable(name);
    }
    assertEquals("{\"TableNames\":[\"aaa\",\"bbb\",\"ccc\"]}",
        db.call("ListTables", "{}").toString());
    assertEquals("{\"LastEvaluatedTableName\":\"bbb\",\"TableNames\":[\"aaa\",\"bbb\"]}",
        db.call("ListTables", "{'Limit': 2}").toString());
    assertEquals("{\"TableNames\":[\"ccc\"]}",
        db.call("ListTables", "{'Limit': 2, 'ExclusiveStartTableName': 'bbb'}").toString());
    db.assertValidation("1 validation error detected: Value '0' at 'limit' failed to satisfy"
        + " constraint: Member must have value greater than or equal to 1", "ListTables",
        "{'Limit': 0}");
  }

  @Test
  void statusesAreObservableWithATransitionDelay() throws Exception {
    OperationHarness slow = new OperationHarness(
        new Engine(Clock.systemUTC(), Duration.ofMillis(300)));
    slow.createHashTable("slow");
    assertEquals("CREATING", slow.call("DescribeTable", "{'TableName': 'slow'}")
        .get("Table").get("TableStatus").asText());
    slow.assertError("ResourceNotFoundException", "Requested resource not found", "PutItem",
        "{'TableName': 'slow', 'Item': {'id': {'S': 'a'}}}");
    slow.assertError("ResourceInUseException", "Attempt to change a resource which is still in"
        + " use: Table is being created: slow", "DeleteTable", "{'TableName': 'slow'}");
    Thread.sleep(400);
    assertEquals("ACTIVE", slow.call("DescribeTable", "{'TableName': 'slow'}")
        .get("Table").get("TableStatus").asText());
  }

  @Test
  void globalIndexIsCreatedWithBackfillThenDeleted() {
    db.createHashTable("gsis");
    db.call("PutItem", "{'TableName': 'gsis', 'Item': {'id': {'S': 'a'}, 'c': {'S': 'red'}}}");
    db.call("PutItem", "{'TableName': 'gsis', 'Item': {'id': {'S': 'b'}}}");
    ObjectNode updated = db.call("UpdateTable", "{'TableName': 'gsis', 'AttributeDefinitions':"
        + " [{'AttributeName': 'c', 'AttributeType': 'S'}], 'GlobalSecondaryIndexUpdates':"
        + " [{'Create': {'IndexName': 'byColor', 'KeySchema': [{'AttributeName': 'c', 'KeyType':"
        + " 'HASH'}], 'Projection': {'ProjectionType': 'ALL'}}}]}");
    assertEquals("UPDATING", updated.get("TableDescription").get("TableStatus").asText());
    ObjectNode found = db.call("Query", "{'TableName': 'gsis', 'IndexName': 'byColor',"
        + " 'KeyConditionExpression': 'c = :c', 'ExpressionAttributeValues': {':c': {'S':"
        + " 'red'}}}");
    assertEquals(1, found.get("Count").asInt());
    JsonNode index = db.call("DescribeTable", "{'TableName': 'gsis'}").get("Table")
        .get("GlobalSecondaryIndexes").get(0);
    assertEquals("ACTIVE", index.get("IndexStatus").asText());
    assertEquals(1, index.get("ItemCount").asInt());

    db.call("UpdateTable", "{'TableName': 'gsis', 'GlobalSecondaryIndexUpdates':"
        + " [{'Delete': {'IndexName': 'byColor'}}]}");
    JsonNode table = db.call("DescribeTable", "{'TableName': 'gsis'}").get("Table");
    assertFalse(table.has("GlobalSecondaryIndexes"));
    assertEquals(1, table.get("AttributeDefinitions").size());
    db.assertValidation("The table does not have the specified index: byColor", "Query",
        "{'TableName': 'gsis', 'IndexName': 'byColor', 'KeyConditionExpression': 'c = :c',"
            + " 'ExpressionAttributeValues': {':c': {'S': 'red'}}}");
  }

  @Test
  void backfillingIndexCannotBeReadUntilActive() throws Exception {
    OperationHarness slow = new OperationHarness(
        new Engine(Clock.systemUTC(), Duration.ofMillis(300)));
    slow.createHashTable("fills");
    Thread.sleep(350);
    slow.call("UpdateTable", "{'TableName': 'fills', 'AttributeDefinitions':"
        + " [{'AttributeName': 'c', 'AttributeType': 'S'}], 'GlobalSecondaryIndexUpdates':"
        + " [{'Create': {'IndexName': 'byC', 'KeySchema': [{'AttributeName': 'c', 'KeyType':"
        + " 'HASH'}], 'Projection': {'ProjectionType': 'KEYS_ONLY'}}}]}");
    JsonNode index = slow.call("DescribeTable", "{'TableName': 'fills'}").get("Table")
        .get("GlobalSecondaryIndexes").get(0);
    assertEquals("CREATING", index.get("IndexStatus").asText());
    assertTrue(index.get("Backfilling").asBoolean());
    slow.assertValidation("Cannot read from backfilling global secondary index: byC", "Scan",
        "{'TableName': 'fills', 'IndexName': 'byC'}");
    Thread.sleep(350);
    assertEquals(0, slow.call("Scan", "{'TableName': 'fills', 'IndexName': 'byC'}")
        .get("Count").asInt());
  }

  @Test
  void billingModeSwitches() {
    db.createHashTable("bills");
    db.assertValidation("One or more parameter values were invalid: ProvisionedThroughput must be"
        + " specified when BillingMode is PROVISIONED", "UpdateTable",
        "{'TableName': 'bills', 'BillingMode': 'PROVISIONED'}");
    db.call("UpdateTable", "{'TableName': 'bills', 'BillingMode': 'PROVISIONED',"
        + " 'ProvisionedThroughput': {'ReadCapacityUnits': 2, 'WriteCapacityUnits': 3}}");
    JsonNode table = db.call("DescribeTable", "{'TableName': 'bills'}").get("Table");
    // Once switched, the summary stays and names the new mode (as dynalite does too).
    assertEquals("PROVISIONED", table.get("BillingModeSummary").get("BillingMode").asText());
    assertEquals(3, table.get("ProvisionedThroughput").get("WriteCapacityUnits").asInt());
    db.assertValidation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
        + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required",
        "UpdateTable", "{'TableName': 'bills'}");
  }

  @Test
  void deleteTableAnswersDeleting() {
    db.createHashTable("gone");
    ObjectNode deleted = db.call("DeleteTable", "{'TableName': 'gone'}");
    assertEquals("DELETING", deleted.get("TableDescription").get("TableStatus").asText());
    db.assertError("ResourceNotFoundException", "Requested resource not found: Table: gone not"
        + " found", "DeleteTable", "{'TableName': 'gone'}");
  }

  @Test
  void protectedTablesAreNotDeleted() {
    db.call("CreateTable", "{'TableName': 'kept', 'BillingMode': 'PAY_PER_REQUEST',"
        + " 'DeletionProtectionEnabled': true, 'AttributeDefinitions': [{'AttributeName': 'id',"
        + " 'AttributeType': 'S'}], 'KeySchema': [{'AttributeName': 'id', 'KeyType': 'HASH'}]}");
    db.assertValidation("Resource cannot be deleted as it is currently protected against deletion."
        + " Disable deletion protection first.", "DeleteTable", "{'TableName': 'kept'}");
    db.call("UpdateTable", "{'TableName': 'kept', 'DeletionProtectionEnabled': false}");
    assertFalse(db.call("DescribeTable", "{'TableName': 'kept'}").get("Table")
        .get("DeletionProtectionEnabled").asBoolean());
    db.call("DeleteTable", "{'TableName': 'kept'}");
  }

  @Test
  void timeToLiveIsSetAndSwept() {
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    OperationHarness timed = new OperationHarness(
        new Engine(Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO));
    timed.createHashTable("ttls");
    assertEquals("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"DISABLED\"}}",
        timed.call("DescribeTimeToLive", "{'TableName': 'ttls'}").toString());
    timed.call("UpdateTimeToLive", "{'TableName': 'ttls', 'TimeToLiveSpecification':"
        + " {'AttributeName': 'exp', 'Enabled': true}}");
    timed.assertValidation("TimeToLive is already enabled", "UpdateTimeToLive",
        "{'TableName': 'ttls', 'TimeToLiveSpecification': {'AttributeName': 'exp',"
            + " 'Enabled': true}}");
    assertEquals("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"ENABLED\","
        + "\"AttributeName\":\"exp\"}}",
        timed.call("DescribeTimeToLive", "{'TableName': 'ttls'}").toString());
    long seconds = now.getEpochSecond();
    timed.call("PutItem", "{'TableName': 'ttls', 'Item': {'id': {'S': 'old'}, 'exp': {'N': '"
        + (seconds - 1) + "'}}}");
    timed.call("PutItem", "{'TableName': 'ttls', 'Item': {'id': {'S': 'new'}, 'exp': {'N': '"
        + (seconds + 60) + "'}}}");
    assertEquals(1, timed.engine.sweepExpiredItems());
    assertEquals(1, timed.call("Scan", "{'TableName': 'ttls'}").get("Count").asInt());
  }

  @Test
  void tagsAreListedInKeyOrder() {
    db.createHashTable("tagged");
    String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/tagged";
    assertEquals("{}", db.call("TagResource", "{'ResourceArn': '" + arn + "', 'Tags':"
        + " [{'Key': 'b', 'Value': '1'}, {'Key': 'a', 'Value': '2'}]}").toString());
    db.call("UntagResource", "{'ResourceArn': '" + arn + "', 'TagKeys': ['b']}");
    assertEquals("{\"Tags\":[{\"Key\":\"a\",\"Value\":\"2\"}]}",
        db.call("ListTagsOfResource", "{'ResourceArn': '" + arn + "'}").toString());
    db.assertError("ResourceNotFoundException", "Requested resource not found: ResourcArn:"
        + " arn:aws:dynamodb:us-east-1:000000000000:table/other not found", "ListTagsOfResource",
        "{'ResourceArn': 'arn:aws:dynamodb:us-east-1:000000000000:table/other'}");
    assertTrue(db.error("TagResource", "{'ResourceArn': '" + arn + "'}").getMessage()
        .contains("Member must not be null"));
  }
}
