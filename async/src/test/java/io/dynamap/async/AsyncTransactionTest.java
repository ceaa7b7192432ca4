package io.dynamap.async;

import static io.dynamap.async.AsyncBatchWriterTest.await;
import static io.dynamap.async.AsyncBatchWriterTest.failureOf;
import static io.dynamap.async.Readings.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Readings.Reading;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.error.TransactionCancelledException.Outcome;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.ScalarAttributes.Kind;
import io.dynamap.runtime.tx.TransactGetResult;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link AsyncTransaction} against Dynamap Local, across two tables. */
@DynamapLocalTest
class AsyncTransactionTest {
  private final DynamoDbClient direct;
  private final DynamoDbAsyncClient client;
  private final EntityTable<Reading> readings;
  private final EntityTable<Map<String, AttributeValue>> events;

  AsyncTransactionTest(TestTables tables, DynamoDbClient direct) {
    this.direct = direct;
    this.client = DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build();
    this.readings = Readings.table(tables.create(Readings.SCHEMA));
    this.events = EntityTable.of(tables.create(Events.SCHEMA), Events.SCHEMA);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private Optional<Reading> storedReading(Reading reading) {
    var item = direct.getItem(get -> get.tableName(readings.tableName()).key(key(reading))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Readings.SCHEMA.fromItem(item));
  }

  /** {@code attribute_not_exists(payload)} on an event. */
  private static Condition<Map<String, AttributeValue>> noPayload() {
    return ScalarAttributes.<Map<String, AttributeValue>, String>string(
            AttributePath.of("payload"), Kind.STRING, "payload")
        .notExists();
  }

  @Test
  void writesAcrossTablesAreMadeTogetherAndReadBackTyped() throws Exception {
    Reading first = new Reading("tx", 1, 10);
    Reading gone = new Reading("tx", 2, 20);
    await(AsyncTransaction.write(client).put(readings, gone).execute());
    Map<String, AttributeValue> event = Events.event("orders", 1, "placed");

    AsyncWriteTransaction write =
        AsyncTransaction.write(client)
            .put(readings, first, Readings.VALUE.notExists())
            .put(events, event)
            .delete(readings, gone)
            .conditionCheckByKey(events, Events.key("orders", 2), noPayload())
            .idempotencyToken("async-tx-1");
    assertEquals(4, write.size());
    assertEquals(4, write.toRequest().transactItems().size());
    await(write.execute());

    TransactGetResult read =
        await(
            AsyncTransaction.get(client)
                .get(readings, first)
                .getByKey(events, Events.key("orders", 1))
                .get(readings, gone)
                .execute());
    assertEquals(3, read.size());
    assertEquals(Optional.of(first), read.item(readings, 0));
    assertEquals(Optional.of(event), read.itemByKey(events, Events.key("orders", 1)));
    assertFalse(read.exists(2), "deleted in the same transaction");
    assertEquals(List.of(first), read.items(readings));
    assertEquals(Optional.of(first), storedReading(first));
    assertEquals(Optional.empty(), storedReading(gone));
  }

  @Test
  void aFailedConditionCancelsEveryWriteAndNamesItsActionWithTheCurrentItem() throws Exception {
    Reading stored = new Reading("tx", 1, 7);
    await(AsyncTransaction.write(client).put(readings, stored).execute());
    Reading other = new Reading("tx", 2, 1);

    Throwable failure =
        failureOf(
            AsyncTransaction.write(client)
                .put(readings, new Reading("tx", 1, 8), Readings.VALUE.eq(8L))
                .put(readings, other)
                .put(events, Events.event("orders", 1, "placed"))
                .execute());

    TransactionCancelledException cancelled =
        assertInstanceOf(TransactionCancelledException.class, failure);
    assertTrue(
        cancelled.getMessage().startsWith("TransactWriteItems was cancelled, so none of its writes"),
        cancelled.getMessage());
    assertEquals(3, cancelled.outcomes().size());
    Outcome refused = cancelled.outcome(0);
    assertTrue(refused.conditionFailed(), refused.toString());
    assertEquals("ConditionalCheckFailed", refused.code());
    assertEquals(Optional.of(stored), refused.item(Readings.SCHEMA), "the item as it is, typed");
    assertEquals(List.of(refused), cancelled.failedOutcomes());
    assertEquals("None", cancelled.outcome(1).code());
    assertFalse(cancelled.outcome(2).failed());

    assertEquals(Optional.of(stored), storedReading(stored), "unchanged");
    assertEquals(Optional.empty(), storedReading(other), "not written");
  }

  @Test
  void aReadOfAMissingTableFailsWithDynamapsException() throws Exception {
    EntityTable<Reading> missing = Readings.table("no-such-table-" + System.nanoTime());
    Throwable failure =
        failureOf(AsyncTransaction.get(client).get(readings, new Reading("x", 1, 0))
            .get(missing, new Reading("x", 1, 0)).execute());
    assertInstanceOf(DynamapException.class, failure);
    assertTrue(failure.getMessage().contains("TransactGetItems"), failure.getMessage());
  }

  @Test
  void whatDynamoDbWouldRefuseIsRefusedBeforeSending() {
    Reading reading = new Reading("tx", 1, 7);
    AsyncWriteTransaction write = AsyncTransaction.write(client).put(readings, reading);
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> write.delete(readings, reading));
    assertTrue(twice.getMessage().contains("is on the same item"), twice.getMessage());
    assertEquals(1, write.size());
    assertThrows(IllegalArgumentException.class, () -> write.deleteByKey(readings, key(reading)));
    assertEquals(1, write.size());

    AsyncGetTransaction full = AsyncTransaction.get(client);
    for (int i = 0; i < 100; i++) {
      full.get(readings, new Reading("tx", i, 0));
    }
    assertThrows(IllegalArgumentException.class, () -> full.get(readings, new Reading("tx", 100, 0)));
    assertThrows(IllegalStateException.class, () -> AsyncTransaction.write(client).execute());
    assertThrows(IllegalStateException.class, () -> AsyncTransaction.get(client).execute());
  }
}
