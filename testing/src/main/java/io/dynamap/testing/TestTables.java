package io.dynamap.testing;

import io.dynamap.runtime.schema.ItemSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Fresh tables for one test, deleted after it, on the {@linkplain LocalDynamoDb#shared() shared}
 * Dynamap Local. Get one as a parameter of a test, a {@code @BeforeEach} method or the test
 * class's constructor in a {@link DynamapLocalTest} class:
 *
 * <pre>{@code
 * @DynamapLocalTest
 * class OrderRepositoryTest {
 *   @Test
 *   void savesAnOrder(TestTables tables, DynamoDbClient client) {
 *     String table = tables.create(OrderSchema.INSTANCE); // "Order_t7"
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Each table gets a name no other table in the JVM has, so tests never see each other's data,
 * even when they run in parallel. Tables created by a test (or its {@code @BeforeEach} methods or
 * constructor) are deleted after its {@code @AfterEach} methods, whether it passed or failed.
 * Tables created from a {@code @BeforeAll} method, or a constructor under {@code
 * TestInstance.Lifecycle.PER_CLASS}, belong to the class and are deleted after its {@code
 * @AfterAll} methods.
 *
 * <p>Instances are safe to use from several threads.
 */
public final class TestTables {
  private static final int MAX_TABLE_NAME_LENGTH = 255;
  /** Numbers tables across the whole JVM, which owns the shared server. */
  private static final AtomicLong TABLE_NUMBERS = new AtomicLong();

  private final DynamoDbClient client;
  private final List<String> created = new ArrayList<>();

  TestTables(DynamoDbClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Creates a table for the schema's entity, named after {@link ItemSchema#tableName()} with a
   * unique suffix ({@code Order_t7}), and waits until it is {@code ACTIVE}.
   *
   * @param schema the entity's schema; its {@link ItemSchema#createTableRequest} defines the table
   * @return the new table's name, to give to a repository or request
   */
  public String create(ItemSchema<?> schema) {
    Objects.requireNonNull(schema, "schema");
    String name = uniqueName(Objects.requireNonNull(schema.tableName(), "schema.tableName()"));
    try {
      client.createTable(schema.createTableRequest(name));
    } catch (ResourceInUseException createdByAnEarlierAttempt) {
      // The name is unique to this JVM, which owns the server: the table is this call's own, made
      // by an attempt whose answer came too late and that the client retried.
    }
    synchronized (created) {
      created.add(name); // before waiting: a table that never turns ACTIVE is still deleted
    }
    try (DynamoDbWaiter waiter = client.waiter()) {
      waiter.waitUntilTableExists(request -> request.tableName(name));
    }
    return name;
  }

  /**
   * Deletes every table created so far. Tables already deleted, by the test itself for instance,
   * are skipped.
   *
   * @throws IllegalStateException if some tables could not be deleted, after trying all of them
   */
  void deleteAll() {
    List<String> toDelete;
    synchronized (created) {
      toDelete = List.copyOf(created);
      created.clear();
    }
    IllegalStateException failure = null;
    for (String name : toDelete) {
      try {
        delete(name);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = new IllegalStateException("Could not delete test tables");
        }
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void delete(String name) {
    try {
      client.deleteTable(request -> request.tableName(name));
    } catch (ResourceNotFoundException alreadyGone) {
      return;
    }
    try (DynamoDbWaiter waiter = client.waiter()) {
      waiter.waitUntilTableNotExists(request -> request.tableName(name));
    }
  }

  /**
   * {@code base} made a valid table name (characters outside {@code [a-zA-Z0-9_.-]} become {@code
   * _}) and unique in this JVM by a {@code _t<number>} suffix, within DynamoDB's 255 characters.
   * The suffix alone reaches the minimum of 3.
   */
  static String uniqueName(String base) {
    String suffix = "_t" + TABLE_NUMBERS.incrementAndGet();
    String validBase = base.replaceAll("[^a-zA-Z0-9_.-]", "_");
    int room = MAX_TABLE_NAME_LENGTH - suffix.length();
    return (validBase.length() > room ? validBase.substring(0, room) : validBase) + suffix;
  }
}
