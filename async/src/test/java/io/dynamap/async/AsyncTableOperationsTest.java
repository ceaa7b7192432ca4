package io.dynamap.async;

import static io.dynamap.async.AsyncTableRepositoryTest.await;
import static io.dynamap.async.AsyncTableRepositoryTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Counters.LabelRepository;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableMismatchException;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.WaitPolicy;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Creating, describing, verifying and deleting a table through {@link AsyncTableRepository}. */
@DynamapLocalTest
class AsyncTableOperationsTest {
  private static final AtomicLong NAMES = new AtomicLong();

  private final DynamoDbAsyncClient client =
      DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build();
  private final LabelRepository labels =
      new LabelRepository(client, "AsyncLabels_" + NAMES.incrementAndGet() + "_" + System.nanoTime());

  @AfterEach
  void dropTableAndCloseClient() throws Exception {
    try {
      await(labels.deleteTableIfExists());
    } finally {
      client.close();
    }
  }

  @Test
  void createsDescribesVerifiesAndDeletesTheTable() throws Exception {
    assertEquals(WaitPolicy.LOCAL, WaitPolicy.forClient(client));
    await(labels.createTable());

    TableDescription table = await(labels.describe());
    assertEquals(labels.tableName(), table.name());
    assertEquals(TableStatus.ACTIVE, table.status());
    assertEquals(Optional.of("expiresAt"), table.timeToLiveAttribute());
    assertTrue(
        table.timeToLiveStatus() == TimeToLiveStatus.ENABLED
            || table.timeToLiveStatus() == TimeToLiveStatus.ENABLING,
        table.timeToLiveStatus().toString());
    await(labels.verifyTable());

    DynamapException exists = failure(DynamapException.class, labels.createTable());
    assertEquals(
        "CreateTable " + labels.tableName() + " failed: the table exists already",
        exists.getMessage());
    assertFalse(await(labels.createTableIfNotExists()));

    await(labels.deleteTable());
    failure(TableNotFoundException.class, labels.describe());
    TableNotFoundException gone = failure(TableNotFoundException.class, labels.deleteTable());
    assertTrue(gone.getMessage().startsWith("DeleteTable on table "), gone.getMessage());
    assertFalse(await(labels.deleteTableIfExists()));

    assertTrue(await(labels.createTableIfNotExists(WaitPolicy.LOCAL)));
    await(labels.verifyTable());
    assertTrue(await(labels.deleteTableIfExists(WaitPolicy.LOCAL)));
    failure(TableNotFoundException.class, labels.verifyTable());
  }

  @Test
  void aTableThatDriftedFromTheModelFailsVerification(TestTables tables) throws Exception {
    LabelRepository onEvents = new LabelRepository(client, tables.create(Events.SCHEMA));
    TableMismatchException mismatch =
        failure(TableMismatchException.class, onEvents.verifyTable());
    assertTrue(mismatch.getMessage().contains("the model of Label"), mismatch.getMessage());
  }

  @Test
  void waitingGivesUpAfterThePolicysTimeoutWithTheLastStatus() throws Exception {
    WaitPolicy brief = new WaitPolicy(Duration.ofMillis(20), Duration.ofMillis(300));
    TableWaitTimeoutException timedOut =
        failure(
            TableWaitTimeoutException.class,
            AsyncTableWaiter.of(client, brief).untilExists(labels.tableName()));
    assertEquals(labels.tableName(), timedOut.tableName());
    assertEquals("does not exist", timedOut.lastStatus());
    assertEquals(Duration.ofMillis(300), timedOut.timeout());
    // Polled again and again, not once: "after 300 ms (N checks)".
    assertTrue(
        timedOut.getMessage().matches(".*after 300 ms \\(([2-9]|\\d\\d+) checks\\).*"),
        timedOut.getMessage());

    // A table that is there already is there at the first poll.
    await(labels.createTable(brief.withTimeout(Duration.ofSeconds(30))));
    assertEquals(
        TableStatus.ACTIVE,
        await(AsyncTableWaiter.of(client, brief).untilIndexesActive(labels.tableName()))
            .tableStatus());
    failure(
        TableWaitTimeoutException.class,
        AsyncTableWaiter.of(client, brief).untilNotExists(labels.tableName()));
  }
}
