package io.dynamap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.dynamap.runtime.schema.KeyDefinition;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@DynamapLocalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestTablesTest {
  private static final RawItemSchema ORDERS =
      new RawItemSchema(
          "Order",
          KeyDefinition.of("customerId", ScalarAttributeType.S, "placedAt", ScalarAttributeType.N));

  /** Every table this class's tests create, all of which must be gone once they have run. */
  private static final List<String> createdHere = new CopyOnWriteArrayList<>();

  @Test
  @Order(1)
  void createsAnActiveTableWithTheSchemasKey(TestTables tables, DynamoDbClient client) {
    String name = created(tables.create(ORDERS));

    assertTrue(name.matches("Order_t\\d+"), name);
    TableDescription table = describe(client, name);
    assertEquals(TableStatus.ACTIVE, table.tableStatus());
    assertEquals(
        List.of(key("customerId", KeyType.HASH), key("placedAt", KeyType.RANGE)),
        table.keySchema());
    assertEquals(
        Set.of(
            attribute("customerId", ScalarAttributeType.S),
            attribute("placedAt", ScalarAttributeType.N)),
        Set.copyOf(table.attributeDefinitions()));
  }

  @Test
  @Order(2)
  void deletesTheTablesOfTheTestBefore(DynamoDbClient client) {
    String tableOfFirstTest = createdHere.get(0);

    assertThrows(ResourceNotFoundException.class, () -> describe(client, tableOfFirstTest));
  }

  @Test
  void namesEveryTableOfASchemaDifferently(TestTables tables, DynamoDbClient client) {
    String first = created(tables.create(ORDERS));
    String second = created(tables.create(ORDERS));

    assertNotEquals(first, second);
    assertEquals(TableStatus.ACTIVE, describe(client, first).tableStatus());
    assertEquals(TableStatus.ACTIVE, describe(client, second).tableStatus());
  }

  @Test
  void makesAnyBaseNameAValidTableName(TestTables tables, DynamoDbClient client) {
    KeyDefinition key = KeyDefinition.of("id", ScalarAttributeType.S);

    String spaced = created(tables.create(new RawItemSchema("My Orders!", key)));
    String tooLong = created(tables.create(new RawItemSchema("x".repeat(300), key)));

    assertTrue(spaced.matches("My_Orders__t\\d+"), spaced);
    assertEquals(255, tooLong.length());
    assertTrue(tooLong.matches("x+_t\\d+"), tooLong);
    assertEquals(TableStatus.ACTIVE, describe(client, spaced).tableStatus());
    assertEquals(TableStatus.ACTIVE, describe(client, tooLong).tableStatus());
  }

  @Test
  void skipsTablesTheTestDeletedItself(TestTables tables, DynamoDbClient client) {
    String name = created(tables.create(ORDERS));

    client.deleteTable(delete -> delete.tableName(name));
    // The extension's clean-up after this test must not fail on the missing table.
  }

  @Test
  void deletesTheTablesOfAFailedTest(DynamoDbClient client) {
    Events tests = run(FailingScenario.class);

    tests.assertStatistics(stats -> stats.started(1).failed(1));
    Throwable failure =
        tests.failed().stream()
            .map(event -> event.getRequiredPayload(TestExecutionResult.class))
            .flatMap(result -> result.getThrowable().stream())
            .findFirst()
            .orElseThrow();
    assertEquals("deliberate failure", failure.getMessage());
    assertNotNull(FailingScenario.createdTable);
    assertThrows(
        ResourceNotFoundException.class, () -> describe(client, FailingScenario.createdTable));
  }

  @Test
  void keepsTablesFromBeforeAllForTheWholeClassThenDeletesThem(DynamoDbClient client) {
    Events tests = run(ClassTablesScenario.class);

    tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    assertNotNull(ClassTablesScenario.classTable);
    assertThrows(
        ResourceNotFoundException.class, () -> describe(client, ClassTablesScenario.classTable));
  }

  @AfterAll
  static void everyTableOfThisClassIsGone(DynamoDbClient client) {
    assertTrue(createdHere.size() >= 6, createdHere.toString());
    for (String name : createdHere) {
      assertThrows(ResourceNotFoundException.class, () -> describe(client, name), name);
    }
  }

  /** Run through the test kit, not by Surefire, which skips nested classes. */
  @DynamapLocalTest
  static class FailingScenario {
    static volatile String createdTable;

    @Test
    void createsATableThenFails(TestTables tables) {
      createdTable = tables.create(ORDERS);
      fail("deliberate failure");
    }
  }

  /** Run through the test kit, not by Surefire, which skips nested classes. */
  @DynamapLocalTest
  static class ClassTablesScenario {
    static volatile String classTable;

    @BeforeAll
    static void createTableForTheClass(TestTables tables) {
      classTable = tables.create(ORDERS);
    }

    @Test
    void firstTestSeesTheClassTable(DynamoDbClient client) {
      assertEquals(TableStatus.ACTIVE, describe(client, classTable).tableStatus());
    }

    @Test
    void secondTestStillSeesTheClassTable(DynamoDbClient client) {
      assertEquals(TableStatus.ACTIVE, describe(client, classTable).tableStatus());
    }
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents();
  }

  private static String created(String name) {
    createdHere.add(name);
    return name;
  }

  private static TableDescription describe(DynamoDbClient client, String name) {
    return client.describeTable(describe -> describe.tableName(name)).table();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }
}
