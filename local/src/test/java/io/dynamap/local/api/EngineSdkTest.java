package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.DynamapLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** The engine's operations through the AWS SDK, in process: the wire format as clients read it. */
class EngineSdkTest {
  private static DynamapLocal local;
  private static DynamoDbClient client;

  @BeforeAll
  static void start() {
    local = DynamapLocal.builder().http(false).start();
    client = DynamoDbClient.builder()
        .endpointOverride(DynamapLocal.IN_PROCESS_ENDPOINT)
        .httpClient(local.inProcessHttpClient())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    client.createTable(builder -> builder.tableName("orders")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("customer")
                .attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("number")
                .attributeType(ScalarAttributeType.N).build(),
            AttributeDefinition.builder().attributeName("status")
                .attributeType(ScalarAttributeType.S).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("number").keyType(KeyType.RANGE).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
            .keySchema(KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH)
                .build())
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build()));
    client.waiter().waitUntilTableExists(builder -> builder.tableName("orders"));
  }

  @AfterAll
  static void stop() {
    client.close();
    local.close();
  }

  private static Map<String, AttributeValue> order(String customer, int number, String status) {
    return Map.of("customer", AttributeValue.fromS(customer),
        "number", AttributeValue.fromN(Integer.toString(number)),
        "status", AttributeValue.fromS(status));
  }

  @Test
  void describeParsesInTheSdk() {
    TableDescription table = client.describeTable(builder -> builder.tableName("orders")).table();
    assertEquals(TableStatus.ACTIVE, table.tableStatus());
    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    assertTrue(table.creationDateTime().getEpochSecond() > 1_600_000_000L);
    assertEquals("byStatus", table.globalSecondaryIndexes().get(0).indexName());
  }

  @Test
  void itemsRoundTripWithCapacityAndConditions() {
    ConsumedCapacity capacity = client.putItem(builder -> builder.tableName("orders")
        .item(order("ann", 1, "open"))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
    assertEquals(2.0, capacity.capacityUnits());
    assertEquals(1.0, capacity.globalSecondaryIndexes().get("byStatus").capacityUnits());
    Map<String, AttributeValue> updated = client.updateItem(builder -> builder.tableName("orders")
        .key(Map.of("customer", AttributeValue.fromS("ann"), "number", AttributeValue.fromN("1")))
        .updateExpression("SET #s = :s")
        .expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("shipped")))
        .returnValues(ReturnValue.UPDATED_NEW)).attributes();
    assertEquals(Map.of("status", AttributeValue.fromS("shipped")), updated);
    ConditionalCheckFailedException failed = assertThrows(ConditionalCheckFailedException.class,
        () -> client.putItem(builder -> builder.tableName("orders")
            .item(order("ann", 1, "open"))
            .conditionExpression("attribute_not_exists(customer)")
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
    assertEquals(AttributeValue.fromS("shipped"), failed.item().get("status"));
  }

  @Test
  void queryPagesThroughAnIndex() {
    for (int number = 10; number < 20; number++) {
      int n = number;
      client.putItem(builder -> builder.tableName("orders").item(order("bob", n, "paged")));
    }
    List<String> numbers = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page = client.query(builder -> builder.tableName("orders")
          .indexName("byStatus")
          .keyConditionExpression("#s = :s")
          .expressionAttributeNames(Map.of("#s", "status"))
          .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("paged")))
          .limit(3)
          .exclusiveStartKey(from));
      page.items().forEach(item -> numbers.add(item.get("number").n()));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
          ? page.lastEvaluatedKey() : null;
    } while (start != null);
    assertEquals(10, numbers.size());
    assertEquals(10, numbers.stream().distinct().count());
  }
}
