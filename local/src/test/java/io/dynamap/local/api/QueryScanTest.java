package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryScanTest {
  private final OperationHarness db = new OperationHarness();

  @BeforeEach
  void items() {
    db.createHashRangeTable("tbl");
    put("a", 1, "'g': {'S': 'x'}, 'l': {'N': '5'}, 'a': {'S': 'aa'}, 'b': {'S': 'bb'}");
    put("a", 2, "'g': {'S': 'x'}, 'l': {'N': '4'}, 'a': {'S': 'ab'}, 'b': {'S': 'bc'}");
    put("a", 3, "'g': {'S': 'y'}, 'a': {'S': 'ac'}");
    put("a", -10, "'l': {'N': '1'}");
    put("b", 1, "'g': {'S': 'x'}");
    put("c", 1, "'g': {'S': 'x'}");
  }

  private void put(String pk, int sk, String more) {
    db.call("PutItem", "{'TableName': 'tbl', 'Item': {'pk': {'S': '" + pk + "'}, 'sk': {'N': '"
        + sk + "'}" + (more.isEmpty() ? "" : ", " + more) + "}}");
  }

  private static List<String> sortKeys(ObjectNode response) {
    List<String> keys = new ArrayList<>();
    for (JsonNode item : response.get("Items")) {
      keys.add(item.path("pk").path("S").asText() + item.path("sk").path("N").asText());
    }
    return keys;
  }

  @Test
  void queryReturnsThePartitionInSortOrderBothWays() {
    String query = "{'TableName': 'tbl', 'KeyConditionExpression': 'pk = :p',"
        + " 'ExpressionAttributeValues': {':p': {'S': 'a'}}";
    assertEquals(List.of("a-10", "a1", "a2", "a3"), sortKeys(db.call("Query", query + "}")));
    assertEquals(List.of("a3", "a2", "a1", "a-10"),
        sortKeys(db.call("Query", query + ", 'ScanIndexForward': false}")));
  }

  @Test
  void limitPagesWithLastEvaluatedKey() {
    String query = "{'TableName': 'tbl', 'KeyConditionExpression': 'pk = :p and sk >= :s',"
        + " 'ExpressionAttributeValues': {':p': {'S': 'a'}, ':s': {'N': '1'}}, 'Limit': 2";
    ObjectNode first = db.call("Query", query + "}");
    assertEquals(List.of("a1", "a2"), sortKeys(first));
    assertEquals("{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"2\"}}",
        first.get("LastEvaluatedKey").toString());
    ObjectNode second = db.call("Query",
        query + ", 'ExclusiveStartKey': " + first.get("LastEvaluatedKey") + "}");
    assertEquals(List.of("a3"), sortKeys(second));
    assertFalse(second.has("LastEvaluatedKey"));
  }

  @Test
  void limitCountsItemsBeforeTheFilter() {
    ObjectNode response = db.call("Query", "{'TableName': 'tbl', 'KeyConditionExpression':"
        + " 'pk = :p', 'FilterExpression': 'a = :a', 'ExpressionAttributeValues':"
        + " {':p': {'S': 'a'}, ':a': {'S': 'ab'}}, 'Limit': 2}");
    assertEquals(0, response.get("Count").asInt());
    assertEquals(2, response.get("ScannedCount").asInt());
    assertTrue(response.has("LastEvaluatedKey"));
    ObjectNode counted = db.call("Query", "{'TableName': 'tbl', 'KeyConditionExpression':"
        + " 'pk = :p', 'FilterExpression': 'a = :a', 'ExpressionAttributeValues':"
        + " {':p': {'S': 'a'}, ':a': {'S': 'ab'}}, 'Select': 'COUNT'}");
    assertEquals("{\"Count\":1,\"ScannedCount\":4}", counted.toString());
  }

  @Test
  void globalIndexReturnsItsProjectionAndKeysInStartKey() {
    ObjectNode response = db.call("Query", "{'TableName': 'tbl', 'IndexName': 'gsi',"
        + " 'KeyConditionExpression': 'g = :g', 'ExpressionAttributeValues': {':g': {'S': 'x'}},"
        + " 'Limit': 1}");
    JsonNode item = response.get("Items").get(0);
    assertEquals(Set.of("pk", "sk", "g"), fieldNames(item));
    assertEquals(Set.of("pk", "sk", "g"), fieldNames(response.get("LastEvaluatedKey")));
    Set<String> seen = new HashSet<>(sortKeys(response));
    JsonNode start = response.get("LastEvaluatedKey");
    while (start != null) {
      ObjectNode page = db.call("Query", "{'TableName': 'tbl', 'IndexName': 'gsi',"
          + " 'KeyConditionExpression': 'g = :g', 'ExpressionAttributeValues': {':g': {'S': 'x'}},"
          + " 'Limit': 1, 'ExclusiveStartKey': " + start + "}");
      seen.addAll(sortKeys(page));
      start = page.get("LastEvaluatedKey");
    }
    assertEquals(Set.of("a1", "a2", "b1", "c1"), seen);
  }

  @Test
  void indexRulesAreEnforced() {
    String gsi = "{'TableName': 'tbl', 'IndexName': 'gsi', 'KeyConditionExpression': 'g = :g',"
        + " 'ExpressionAttributeValues': {':g': {'S': 'x'}}";
    db.assertValidation("Consistent reads are not supported on global secondary indexes", "Query",
        gsi + ", 'ConsistentRead': true}");
    db.assertValidation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is"
        + " not supported for global secondary index gsi because its projection type is not ALL",
        "Query", gsi + ", 'Select': 'ALL_ATTRIBUTES'}");
    db.assertValidation("One or more parameter values were invalid: Global secondary index gsi"
        + " does not project [a]", "Query", gsi + ", 'ProjectionExpression': 'a'}");
    db.assertValidation("The table does not have the specified index: nope", "Scan",
        "{'TableName': 'tbl', 'IndexName': 'nope'}");
    db.assertValidation("Filter Expression can only contain non-primary key attributes: Primary"
        + " key attribute: sk", "Query", "{'TableName': 'tbl', 'KeyConditionExpression': 'pk = :p',"
        + " 'FilterExpression': '#s > :p', 'ExpressionAttributeNames': {'#s': 'sk'},"
        + " 'ExpressionAttributeValues': {':p': {'S': 'a'}}}");
    db.assertValidation("Cannot specify the ProjectionExpression when choosing to get only the"
        + " Count", "Scan", "{'TableName': 'tbl', 'Select': 'COUNT', 'ProjectionExpression': 'a'}");
  }

  @Test
  void queryValidationFollowsDynamoDbsOrder() {
    // Unused placeholders before the filter on a key attribute.
    db.assertValidation("Value provided in ExpressionAttributeNames unused in expressions: keys:"
        + " {#x}", "Query", "{'TableName': 'tbl', 'KeyConditionExpression': 'pk = :p',"
        + " 'FilterExpression': 'sk = :s', 'ExpressionAttributeNames': {'#x': 'x'},"
        + " 'ExpressionAttributeValues': {':p': {'S': 'a'}, ':s': {'N': '1'}}}");
    // The filter's syntax before the key condition's type against the schema.
    db.assertValidation("Invalid FilterExpression: The BETWEEN operator requires upper bound to be"
        + " greater than or equal to lower bound; lower bound operand: AttributeValue: {N:2},"
        + " upper bound operand: AttributeValue: {N:1}", "Query", "{'TableName': 'tbl',"
        + " 'KeyConditionExpression': 'pk = :n', 'FilterExpression': 'a BETWEEN :two AND :n',"
        + " 'ExpressionAttributeValues': {':n': {'N': '1'}, ':two': {'N': '2'}}}");
    // The key condition's expression before the index's consistent read.
    db.assertValidation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound"
        + " to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:2},"
        + " upper bound operand: AttributeValue: {N:1}", "Query", "{'TableName': 'tbl',"
        + " 'IndexName': 'gsi', 'ConsistentRead': true, 'KeyConditionExpression':"
        + " 'g = :g AND sk BETWEEN :two AND :one', 'ExpressionAttributeValues': {':g': {'S': 'x'},"
        + " ':one': {'N': '1'}, ':two': {'N': '2'}}}");
    // The start key's elements before the key condition's types.
    db.assertValidation("The provided key element does not match the schema", "Query",
        "{'TableName': 'tbl', 'KeyConditionExpression': 'pk = :n', 'ExpressionAttributeValues':"
        + " {':n': {'N': '1'}}, 'ExclusiveStartKey': {'pk': {'N': '1'}, 'sk': {'N': '1'}}}");
    // The global index's projection before Select's combination with a projection.
    db.assertValidation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is"
        + " not supported for global secondary index gsi because its projection type is not ALL",
        "Scan", "{'TableName': 'tbl', 'IndexName': 'gsi', 'Select': 'ALL_ATTRIBUTES',"
        + " 'ProjectionExpression': 'a'}");
  }

  @Test
  void localIndexFetchesAllAttributesWhenAsked() {
    String lsi = "{'TableName': 'tbl', 'IndexName': 'lsi', 'KeyConditionExpression': 'pk = :p',"
        + " 'ExpressionAttributeValues': {':p': {'S': 'a'}}";
    ObjectNode projected = db.call("Query", lsi + "}");
    assertEquals(List.of("a-10", "a2", "a1"), sortKeys(projected));
    assertEquals(Set.of("pk", "sk", "l", "a"), fieldNames(projected.get("Items").get(1)));
    ObjectNode all = db.call("Query", lsi + ", 'Select': 'ALL_ATTRIBUTES'}");
    assertEquals(Set.of("pk", "sk", "l", "a", "b", "g"), fieldNames(all.get("Items").get(1)));
  }

  @Test
  void startKeysOutsideTheQueryAreRefused() {
    String query = "{'TableName': 'tbl', 'KeyConditionExpression': 'pk = :p',"
        + " 'ExpressionAttributeValues': {':p': {'S': 'a'}}, 'ExclusiveStartKey': ";
    db.assertValidation("The provided starting key is outside query boundaries based on provided"
        + " conditions", "Query", query + "{'pk': {'S': 'b'}, 'sk': {'N': '1'}}}");
    db.assertValidation("The provided starting key is invalid", "Query",
        query + "{'pk': {'S': 'a'}}}");
  }

  @Test
  void parallelScanSegmentsAreDisjointAndCoverTheTable() {
    List<String> all = sortKeys(db.call("Scan", "{'TableName': 'tbl'}"));
    assertEquals(6, all.size());
    for (int total = 1; total <= 5; total++) {
      List<String> union = new ArrayList<>();
      for (int segment = 0; segment < total; segment++) {
        union.addAll(sortKeys(db.call("Scan", "{'TableName': 'tbl', 'Segment': " + segment
            + ", 'TotalSegments': " + total + "}")));
      }
      assertEquals(all, union, "segments of " + total);
    }
  }

  @Test
  void scanPagesCoverTheTableOnce() {
    List<String> seen = new ArrayList<>();
    JsonNode start = null;
    do {
      ObjectNode page = db.call("Scan", "{'TableName': 'tbl', 'Limit': 4"
          + (start == null ? "" : ", 'ExclusiveStartKey': " + start) + "}");
      seen.addAll(sortKeys(page));
      start = page.get("LastEvaluatedKey");
    } while (start != null);
    assertEquals(sortKeys(db.call("Scan", "{'TableName': 'tbl'}")), seen);
  }

  @Test
  void pagesStopAfterOneMegabyte() {
    db.createHashTable("big");
    String data = "x".repeat(100 * 1024);
    for (int i = 0; i < 15; i++) {
      db.call("PutItem", "{'TableName': 'big', 'Item': {'id': {'S': 'k" + i + "'}, 'd': {'S': '"
          + data + "'}}}");
    }
    ObjectNode page = db.call("Scan", "{'TableName': 'big', 'Select': 'COUNT'}");
    assertEquals(11, page.get("ScannedCount").asInt(), "the item crossing 1 MB is the last");
    assertTrue(page.has("LastEvaluatedKey"));
  }

  @Test
  void legacyKeyConditionsAndFilters() {
    ObjectNode response = db.call("Query", "{'TableName': 'tbl', 'KeyConditions': {'pk':"
        + " {'ComparisonOperator': 'EQ', 'AttributeValueList': [{'S': 'a'}]}, 'sk':"
        + " {'ComparisonOperator': 'BETWEEN', 'AttributeValueList': [{'N': '1'}, {'N': '2'}]}},"
        + " 'QueryFilter': {'a': {'ComparisonOperator': 'BEGINS_WITH', 'AttributeValueList':"
        + " [{'S': 'ab'}]}}}");
    assertEquals(List.of("a2"), sortKeys(response));
    db.assertValidation("Attempted conditional constraint is not an indexable operation", "Query",
        "{'TableName': 'tbl', 'KeyConditions': {'pk': {'ComparisonOperator': 'NE',"
            + " 'AttributeValueList': [{'S': 'a'}]}}}");
    db.assertValidation("Either the KeyConditions or KeyConditionExpression parameter must be"
        + " specified in the request.", "Query", "{'TableName': 'tbl'}");
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
