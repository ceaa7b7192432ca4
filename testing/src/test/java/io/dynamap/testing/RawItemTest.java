package io.dynamap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dynamap.runtime.schema.KeyDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@DynamapLocalTest
class RawItemTest {
  private static final RawItemSchema THINGS =
      new RawItemSchema("Thing", KeyDefinition.of("id", ScalarAttributeType.S));

  @Test
  void injectsTheSharedServerAndItsClient(LocalDynamoDb db, DynamoDbClient client) {
    assertSame(LocalDynamoDb.shared(), db);
    assertSame(db.client(), client);
  }

  @Test
  void storesAndReadsBackARawItem(TestTables tables, DynamoDbClient client) {
    String table = tables.create(THINGS);
    List<AttributeValue> sizes = List.of(AttributeValue.fromN("1"), AttributeValue.fromS("L"));
    Map<String, AttributeValue> item =
        Map.of(
            "id", AttributeValue.fromS("thing-1"),
            "count", AttributeValue.fromN("42"),
            "active", AttributeValue.fromBool(true),
            "sizes", AttributeValue.fromL(sizes),
            "owner", AttributeValue.fromM(Map.of("name", AttributeValue.fromS("Ada"))));

    client.putItem(put -> put.tableName(table).item(THINGS.toItem(item)));
    Map<String, AttributeValue> read =
        client
            .getItem(get -> get.tableName(table).key(THINGS.keyOf(item)).consistentRead(true))
            .item();

    assertEquals(item, THINGS.fromItem(read));
  }
}
