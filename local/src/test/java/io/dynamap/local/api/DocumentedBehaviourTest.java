package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What dynalite, the differential oracle, does not implement (Time to Live, {@code
 * ReturnValuesOnConditionCheckFailure}, {@code UpdateTable} on global indexes), checked case by
 * case against AWS's documentation. Each test names the section it follows: "API reference" is the
 * Amazon DynamoDB API Reference, "developer guide" the Amazon DynamoDB Developer Guide.
 */
class DocumentedBehaviourTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Nested
  class TimeToLive {
    private final OperationHarness db =
        new OperationHarness(new Engine(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO));

    TimeToLive() {
      db.createHashTable("ttl");
      db.call("UpdateTimeToLive", "{'TableName': 'ttl', 'TimeToLiveSpecification':"
          + " {'AttributeName': 'expires', 'Enabled': true}}");
    }

    private void put(String id, String expiresJson) {
      db.call("PutItem", "{'TableName': 'ttl', 'Item': {'id': {'S': '" + id + "'}"
          + (expiresJson == null ? "" : ", 'expires': " + expiresJson) + "}}");
    }

    private boolean exists(String id) {
      return db.call("GetItem", "{'TableName': 'ttl', 'Key': {'id': {'S': '" + id + "'}}}")
          .has("Item");
    }

    @Test
    @DisplayName("API reference, UpdateTimeToLive: the response echoes the specification")
    void updateEchoesTheSpecification() {
      OperationHarness fresh = new OperationHarness(new Engine(Clock.systemUTC(), Duration.ZERO));
      fresh.createHashTable("echo");
      ObjectNode answer = fresh.call("UpdateTimeToLive", "{'TableName': 'echo',"
          + " 'TimeToLiveSpecification': {'AttributeName': 'exp', 'Enabled': true}}");
      assertEquals("{\"TimeToLiveSpecification\":{\"AttributeName\":\"exp\",\"Enabled\":true}}",
          answer.toString());
    }

    @Test
    @DisplayName("Developer guide, Time to Live: items whose TTL number is in the past are deleted")
    void expiredItemsAreDeleted() {
      put("past", "{'N': '" + (NOW.getEpochSecond() - 1) + "'}");
      put("future", "{'N': '" + (NOW.getEpochSecond() + 3600) + "'}");
      put("none", null);

      assertTrue(exists("past"), "an expired item stays readable until TTL deletes it");
      assertEquals(1, db.engine.sweepExpiredItems());

      assertFalse(exists("past"));
      assertTrue(exists("future"));
      assertTrue(exists("none"));
    }

    @Test
    @DisplayName("Developer guide, Time to Live: a TTL attribute that is not a Number is ignored")
    void nonNumberTimesAreIgnored() {
      put("string", "{'S': '1'}");
      put("set", "{'NS': ['1']}");
      put("list", "{'L': [{'N': '1'}]}");

      assertEquals(0, db.engine.sweepExpiredItems());
      assertTrue(exists("string") && exists("set") && exists("list"));
    }

    @Test
    @DisplayName("Developer guide, Time to Live: an expiry more than five years in the past is ignored")
    void expiriesOlderThanFiveYearsAreIgnored() {
      long sixYearsAgo = NOW.minus(Duration.ofDays(6 * 366)).getEpochSecond();
      put("ancient", "{'N': '" + sixYearsAgo + "'}");

      assertEquals(0, db.engine.sweepExpiredItems());
      assertTrue(exists("ancient"));
    }

    @Test
    @DisplayName("API reference, UpdateTimeToLive: disabling keeps expired items")
    void disabledTimeToLiveDeletesNothing() {
      put("past", "{'N': '" + (NOW.getEpochSecond() - 1) + "'}");
      db.call("UpdateTimeToLive", "{'TableName': 'ttl', 'TimeToLiveSpecification':"
          + " {'AttributeName': 'expires', 'Enabled': false}}");

      assertEquals(0, db.engine.sweepExpiredItems());
      assertTrue(exists("past"));
      assertEquals("DISABLED", db.call("DescribeTimeToLive", "{'TableName': 'ttl'}")
          .get("TimeToLiveDescription").get("TimeToLiveStatus").asText());
    }

    @Test
    @DisplayName("API reference, UpdateTimeToLive: a table that does not exist")
    void unknownTable() {
      DynamoException e = db.error("UpdateTimeToLive", "{'TableName': 'nope',"
          + " 'TimeToLiveSpecification': {'AttributeName': 'e', 'Enabled': true}}");
      assertEquals("ResourceNotFoundException", e.type());
    }
  }

  @Nested
  class ReturnValuesOnConditionCheckFailure {
    private final OperationHarness db = new OperationHarness();

    ReturnValuesOnConditionCheckFailure() {
      db.createHashTable("rvoccf");
      db.call("PutItem", "{'TableName': 'rvoccf', 'Item': {'id': {'S': 'a'}, 'n': {'N': '1.50'}}}");
    }

    private JsonNode failedItem(String operation, String request) {
      DynamoException e = db.error(operation, request);
      assertEquals("ConditionalCheckFailedException", e.type());
      assertEquals("The conditional request failed", e.getMessage());
      return e.extra() == null ? null : e.extra().get("Item");
    }

    @Test
    @DisplayName("API reference, PutItem, ReturnValuesOnConditionCheckFailure ALL_OLD: the item as it was")
    void putReturnsTheItemThatFailedTheCondition() {
      JsonNode item = failedItem("PutItem", "{'TableName': 'rvoccf', 'Item': {'id': {'S': 'a'}},"
          + " 'ConditionExpression': 'attribute_not_exists(id)',"
          + " 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}");
      assertEquals("{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1.5\"}}", item.toString());
    }

    @Test
    @DisplayName("API reference, UpdateItem and DeleteItem, ReturnValuesOnConditionCheckFailure ALL_OLD")
    void updateAndDeleteReturnTheItemToo() {
      String update = "{'TableName': 'rvoccf', 'Key': {'id': {'S': 'a'}}, 'UpdateExpression': 'SET n = :v',"
          + " 'ConditionExpression': 'n > :v', 'ExpressionAttributeValues': {':v': {'N': '5'}},"
          + " 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}";
      String delete = "{'TableName': 'rvoccf', 'Key': {'id': {'S': 'a'}},"
          + " 'ConditionExpression': 'attribute_not_exists(n)',"
          + " 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}";
      assertEquals("1.5", failedItem("UpdateItem", update).get("n").get("N").asText());
      assertEquals("1.5", failedItem("DeleteItem", delete).get("n").get("N").asText());
    }

    @Test
    @DisplayName("API reference, PutItem, ReturnValuesOnConditionCheckFailure NONE (the default): no item")
    void noneReturnsNothing() {
      assertNull(failedItem("PutItem", "{'TableName': 'rvoccf', 'Item': {'id': {'S': 'a'}},"
          + " 'ConditionExpression': 'attribute_not_exists(id)'}"));
      assertNull(failedItem("PutItem", "{'TableName': 'rvoccf', 'Item': {'id': {'S': 'a'}},"
          + " 'ConditionExpression': 'attribute_not_exists(id)',"
          + " 'ReturnValuesOnConditionCheckFailure': 'NONE'}"));
    }

    @Test
    @DisplayName("API reference, PutItem, ReturnValuesOnConditionCheckFailure: no item when none existed")
    void noItemWhenThereWasNone() {
      assertNull(failedItem("PutItem", "{'TableName': 'rvoccf', 'Item': {'id': {'S': 'b'}},"
          + " 'ConditionExpression': 'attribute_exists(id)',"
          + " 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}"));
    }

    @Test
    @DisplayName("API reference, PutItem, ReturnValuesOnConditionCheckFailure: valid values ALL_OLD | NONE")
    void otherValuesAreRefused() {
      DynamoException e = db.error("PutItem", "{'TableName': 'rvoccf', 'Item': {'id': {'S': 'a'}},"
          + " 'ReturnValuesOnConditionCheckFailure': 'ALL_NEW'}");
      assertEquals("ValidationException", e.type());
      assertTrue(e.getMessage().contains("'returnValuesOnConditionCheckFailure' failed to satisfy"
          + " constraint: Member must satisfy enum value set: [ALL_OLD, NONE]"), e.getMessage());
    }
  }

  @Nested
  class UpdateTableGlobalIndexes {
    private final OperationHarness db = new OperationHarness();

    UpdateTableGlobalIndexes() {
      db.createHashTable("upd");
      for (int i = 0; i < 5; i++) {
        db.call("PutItem", "{'TableName': 'upd', 'Item': {'id': {'S': 'i" + i + "'}"
            + (i % 2 == 0 ? ", 'colour': {'S': 'red'}" : "") + "}}");
      }
    }

    private String addIndex(String name, String attribute) {
      return "{'TableName': 'upd', 'AttributeDefinitions': [{'AttributeName': '" + attribute
          + "', 'AttributeType': 'S'}], 'GlobalSecondaryIndexUpdates': [{'Create': {'IndexName': '"
          + name + "', 'KeySchema': [{'AttributeName': '" + attribute + "', 'KeyType': 'HASH'}],"
          + " 'Projection': {'ProjectionType': 'ALL'}}}]}";
    }

    @Test
    @DisplayName("Developer guide, Adding a global secondary index to an existing table: backfilled from the table")
    void aNewIndexHoldsTheExistingItems() {
      JsonNode answer = db.call("UpdateTable", addIndex("byColour", "colour"));
      JsonNode index = answer.get("TableDescription").get("GlobalSecondaryIndexes").get(0);
      assertEquals("CREATING", index.get("IndexStatus").asText(), "the answer shows it CREATING");

      ObjectNode read = db.call("Query", "{'TableName': 'upd', 'IndexName': 'byColour',"
          + " 'KeyConditionExpression': 'colour = :c',"
          + " 'ExpressionAttributeValues': {':c': {'S': 'red'}}}");
      assertEquals(3, read.get("Count").asInt(), "items written before the index are in it");
    }

    @Test
    @DisplayName("API reference, UpdateTable, GlobalSecondaryIndexUpdates: Delete removes the index")
    void aDeletedIndexCannotBeRead() {
      db.call("UpdateTable", addIndex("byColour", "colour"));
      db.call("UpdateTable", "{'TableName': 'upd', 'GlobalSecondaryIndexUpdates':"
          + " [{'Delete': {'IndexName': 'byColour'}}]}");

      DynamoException e = db.error("Query", "{'TableName': 'upd', 'IndexName': 'byColour',"
          + " 'KeyConditionExpression': 'colour = :c',"
          + " 'ExpressionAttributeValues': {':c': {'S': 'red'}}}");
      assertEquals("ValidationException", e.type());
      assertFalse(db.call("DescribeTable", "{'TableName': 'upd'}").get("Table")
          .has("GlobalSecondaryIndexes"));
    }

    @Test
    @DisplayName("API reference, UpdateTable: an index whose key attribute is not defined")
    void undefinedKeyAttributesAreRefused() {
      DynamoException e = db.error("UpdateTable", "{'TableName': 'upd', 'GlobalSecondaryIndexUpdates':"
          + " [{'Create': {'IndexName': 'bad', 'KeySchema': [{'AttributeName': 'missing',"
          + " 'KeyType': 'HASH'}], 'Projection': {'ProjectionType': 'ALL'}}}]}");
      assertEquals("ValidationException", e.type());
    }

    @Test
    @DisplayName("API reference, UpdateTable: billing mode switch shows in DescribeTable")
    void billingModeChanges() {
      db.call("UpdateTable", "{'TableName': 'upd', 'BillingMode': 'PROVISIONED',"
          + " 'ProvisionedThroughput': {'ReadCapacityUnits': 5, 'WriteCapacityUnits': 7}}");
      JsonNode table = db.call("DescribeTable", "{'TableName': 'upd'}").get("Table");
      assertEquals("PROVISIONED", table.get("BillingModeSummary").get("BillingMode").asText());
      assertEquals(7, table.get("ProvisionedThroughput").get("WriteCapacityUnits").asInt());
    }
  }
}
