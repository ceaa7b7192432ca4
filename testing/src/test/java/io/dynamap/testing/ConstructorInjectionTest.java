package io.dynamap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamap.runtime.schema.KeyDefinition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Under the default per-method lifecycle, constructor-injected tables belong to one test. */
@DynamapLocalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConstructorInjectionTest {
  private static final RawItemSchema ITEMS =
      new RawItemSchema("Item", KeyDefinition.of("id", ScalarAttributeType.S));

  private static TestTables tablesOfFirstTest;
  private static String tableOfFirstTest;

  private final TestTables tables;
  private final DynamoDbClient client;

  ConstructorInjectionTest(TestTables tables, DynamoDbClient client) {
    this.tables = tables;
    this.client = client;
  }

  @Test
  @Order(1)
  void constructorTablesServeTheTest() {
    tablesOfFirstTest = tables;
    tableOfFirstTest = tables.create(ITEMS);

    assertSame(LocalDynamoDb.shared().client(), client);
    String table = tableOfFirstTest;
    assertEquals(
        TableStatus.ACTIVE,
        client.describeTable(describe -> describe.tableName(table)).table().tableStatus());
  }

  @Test
  @Order(2)
  void nextTestGetsNewTablesAndTheFirstTestsAreGone() {
    assertNotSame(tablesOfFirstTest, tables);
    assertThrows(
        ResourceNotFoundException.class,
        () -> client.describeTable(describe -> describe.tableName(tableOfFirstTest)));
  }
}
