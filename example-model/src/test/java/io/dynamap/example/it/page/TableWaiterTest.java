package io.dynamap.example.it.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.TableWaiter;
import io.dynamap.runtime.waiter.WaitPolicy;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Waiting for tables and indexes, creating and deleting tables, and giving up in time. */
@DynamapLocalTest
class TableWaiterTest {
  private static final WaitPolicy ONE_SECOND = new WaitPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));

  @Test
  void waitingForATableThatNeverAppearsGivesUpNamingIt(DynamoDbClient client) {
    String table = "NeverCreated_" + System.nanoTime();
    long start = System.nanoTime();
    TableWaitTimeoutException e =
        assertThrows(TableWaitTimeoutException.class, () -> TableWaiter.of(client, ONE_SECOND).untilExists(table));
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(e.getMessage().startsWith("Gave up waiting for table " + table + " to exist and be ACTIVE after 1 s ("),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("; its last status: does not exist"), e.getMessage());
    assertEquals(table, e.tableName());
    assertEquals("does not exist", e.lastStatus());
    assertTrue(waited.compareTo(Duration.ofMillis(700)) > 0 && waited.compareTo(Duration.ofSeconds(3)) < 0, "waited " + waited);
  }

  @Test
  void waitingForAnExistingTableToGoGivesUpWithItsStatus(DynamoDbClient client, TestTables tables) {
    String table = tables.create(CustomerSchema.INSTANCE);
    TableWaitTimeoutException e =
        assertThrows(TableWaitTimeoutException.class, () -> TableWaiter.of(client, ONE_SECOND).untilNotExists(table));
    assertEquals("ACTIVE", e.lastStatus());
    assertTrue(e.getMessage().contains("table " + table + " to be deleted"), e.getMessage());
  }

  @Test
  void createAndDeleteTablesWaitTillDone(DynamoDbClient client) {
    CustomerRepository customers = new CustomerRepository(client, "WaiterTest_" + System.nanoTime());
    assertEquals(WaitPolicy.LOCAL, WaitPolicy.forClient(client), "the test server is on loopback");
    try {
      assertTrue(customers.createTableIfNotExists());
      assertFalse(customers.createTableIfNotExists(ONE_SECOND));
      customers.put(new Customer("c-1", "Ada", "ada@example.com", Instant.EPOCH));
      assertEquals(1, customers.scan().stream().count());
    } finally {
      customers.deleteTable();
    }
    assertThrows(ResourceNotFoundException.class, () -> client.describeTable(r -> r.tableName(customers.tableName())));
    TableNotFoundException gone = assertThrows(TableNotFoundException.class, customers::deleteTable);
    assertTrue(gone.getMessage().startsWith("DeleteTable on table " + customers.tableName()), gone.getMessage());
    assertFalse(customers.deleteTableIfExists());

    customers.createTable(ONE_SECOND);
    assertTrue(customers.deleteTableIfExists(ONE_SECOND));
  }

  @Test
  void waitsForIndexesAddedToATable(DynamoDbClient client, TestTables tables) {
    String table = tables.create(CustomerSchema.INSTANCE);
    client.updateTable(r -> r.tableName(table)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("email").attributeType(ScalarAttributeType.S).build())
        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
            .create(c -> c.indexName("byEmail")
                .keySchema(KeySchemaElement.builder().attributeName("email").keyType(KeyType.HASH).build())
                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
            .build()));

    TableDescription description = TableWaiter.of(client, ONE_SECOND).untilIndexesActive(table);

    assertEquals(TableStatus.ACTIVE, description.tableStatus());
    assertEquals("byEmail", description.globalSecondaryIndexes().get(0).indexName());
    assertEquals(IndexStatus.ACTIVE, description.globalSecondaryIndexes().get(0).indexStatus());
  }
}
