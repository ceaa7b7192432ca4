package io.dynamap.testing.fault;

import static io.dynamap.testing.fault.Things.key;
import static io.dynamap.testing.fault.Things.thing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.InvalidRequestException;
import io.dynamap.runtime.error.ItemCollectionTooLargeException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.error.ThrottledException;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@link DynamapErrors} on the errors Dynamap Local really answers, and on the proxy's for those
 * it cannot produce (throttling, an item collection over 10 GB).
 */
@DynamapLocalTest
class ErrorMappingTest {
  private final String table;
  private final DynamoDbClient client;

  ErrorMappingTest(TestTables tables, DynamoDbClient client) {
    this.table = tables.create(Things.SCHEMA);
    this.client = client;
  }

  private static SdkException thrownBy(Runnable call) {
    return assertThrows(SdkException.class, call::run);
  }

  @Test
  void conditionalCheckFailed() {
    client.putItem(put -> put.tableName(table).item(thing("a", 1)));
    SdkException sdk =
        thrownBy(
            () ->
                client.putItem(
                    put ->
                        put.tableName(table)
                            .item(thing("a", 2))
                            .conditionExpression("attribute_not_exists(id)")
                            .returnValuesOnConditionCheckFailure(
                                ReturnValuesOnConditionCheckFailure.ALL_OLD)));

    DynamapException e = DynamapErrors.translate(sdk, "PutItem", table);

    ConditionFailedException failed = assertInstanceOf(ConditionFailedException.class, e);
    assertSame(sdk, e.getCause());
    assertTrue(failed.requestId().isPresent());
    assertEquals(thing("a", 1), failed.item(), "the item as it was");
    assertTrue(
        e.getMessage()
            .startsWith("PutItem on table " + table + " failed: its condition was not met"),
        e.getMessage());
  }

  @Test
  void transactionCancelled() {
    client.putItem(put -> put.tableName(table).item(thing("taken", 1)));
    SdkException sdk =
        thrownBy(
            () ->
                client.transactWriteItems(
                    tx ->
                        tx.transactItems(
                            TransactWriteItem.builder()
                                .put(p -> p.tableName(table).item(thing("free", 1)))
                                .build(),
                            TransactWriteItem.builder()
                                .put(
                                    p ->
                                        p.tableName(table)
                                            .item(thing("taken", 2))
                                            .conditionExpression("attribute_not_exists(id)"))
                                .build())));

    TransactionCancelledException e =
        assertInstanceOf(
            TransactionCancelledException.class,
            DynamapErrors.translate(sdk, "TransactWriteItems", table));

    assertEquals(2, e.cancellationReasons().size());
    assertEquals("ConditionalCheckFailed", e.cancellationReasons().get(1).code());
    assertTrue(e.getMessage().contains("item 1: ConditionalCheckFailed"), e.getMessage());
    assertTrue(
        client.getItem(get -> get.tableName(table).key(key("free"))).item().isEmpty(),
        "nothing written");
  }

  @Test
  void tableNotFoundThroughARepository() {
    Things.Repository missing = new Things.Repository(client, "NoSuchTable_" + table);

    TableNotFoundException e = assertThrows(TableNotFoundException.class, () -> missing.get("a"));

    assertEquals("NoSuchTable_" + table, e.tableName());
    assertTrue(e.getMessage().contains("GetItem on table NoSuchTable_" + table), e.getMessage());
    assertTrue(e.getMessage().contains("createTable()"), e.getMessage());
  }

  @Test
  void validationThroughARepository() {
    Things.Repository things = new Things.Repository(client, table);

    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> things.put(java.util.Map.of("id", AttributeValue.fromN("1"))));

    assertEquals("PutItem", e.operation());
    assertEquals("ValidationException", e.errorCode().orElseThrow());
    assertTrue(
        e.getMessage()
            .startsWith(
                "PutItem on table " + table + " was rejected as invalid: ValidationException: "),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded"
      })
  void throttledAfterRetries(String code) {
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared().withFaults(FaultPlan.builder()
                .throttlingErrorCode(code)
                .build());
        DynamoDbClient throttled =
            Things.fastRetryingClient(proxy.endpoint()).maxAttempts(2).build()) {
      proxy.injectNext(Fault.THROTTLING, Fault.THROTTLING);

      ThrottledException e =
          assertThrows(
              ThrottledException.class, () -> new Things.Repository(throttled, table).get("a"));

      assertEquals(code, e.errorCode().orElseThrow());
      assertEquals(2, e.attempts());
      assertEquals(
          2, proxy.count(Fault.THROTTLING), "the SDK treats " + code + " as retryable throttling");
    }
  }

  @Test
  void itemCollectionTooLarge() {
    // Dynamap Local cannot hold a 10 GB item collection; the proxy answers the error instead.
    try (FaultyEndpoint proxy =
            LocalDynamoDb.shared().withFaults(FaultPlan.builder()
                .throttlingErrorCode("ItemCollectionSizeLimitExceededException")
                .build());
        DynamoDbClient faulty = Things.client(proxy.endpoint()).build()) {
      proxy.injectNext(Fault.THROTTLING);

      ItemCollectionTooLargeException e =
          assertThrows(
              ItemCollectionTooLargeException.class,
              () -> new Things.Repository(faulty, table).put(thing("a", 1)));

      assertEquals(1, proxy.requests(), "not retried: it would fail again");
      assertTrue(e.getMessage().contains("10 GB"), e.getMessage());
    }
  }
}
