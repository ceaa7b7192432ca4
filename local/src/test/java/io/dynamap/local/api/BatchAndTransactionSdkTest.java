package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.DynamapLocal;
import io.dynamap.local.TestClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The four operations through the AWS SDK, in-process: the SDK reads every answer, errors too. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchAndTransactionSdkTest {
  private DynamapLocal local;
  private DynamoDbClient client;

  @BeforeAll
  void start() throws InterruptedException {
    local = DynamapLocal.builder().http(false).start();
    client = TestClients.inProcess(local, 1).build();
    client.createTable(table -> table.tableName("accounts")
        .keySchema(key -> key.attributeName("id").keyType(KeyType.HASH))
        .attributeDefinitions(attribute -> attribute.attributeName("id")
            .attributeType(ScalarAttributeType.S))
        .billingMode(BillingMode.PAY_PER_REQUEST));
    while (client.describeTable(table -> table.tableName("accounts")).table().tableStatus()
        != TableStatus.ACTIVE) {
      Thread.sleep(5);
    }
  }

  @AfterAll
  void stop() {
    client.close();
    local.close();
  }

  private static Map<String, AttributeValue> account(String id, int balance) {
    return Map.of("id", AttributeValue.fromS(id), "balance", AttributeValue.fromN("" + balance));
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  private static TransactWriteItem debit(String id, int amount) {
    return TransactWriteItem.builder().update(update -> update.tableName("accounts").key(key(id))
        .updateExpression("SET balance = balance - :amount")
        .conditionExpression("balance >= :amount")
        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN("" + amount)))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
        .build();
  }

  private static TransactWriteItem credit(String id, int amount) {
    return TransactWriteItem.builder().update(update -> update.tableName("accounts").key(key(id))
        .updateExpression("ADD balance :amount")
        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN("" + amount))))
        .build();
  }

  private int balance(String id) {
    return Integer.parseInt(client.getItem(get -> get.tableName("accounts").key(key(id)))
        .item().get("balance").n());
  }

  @Test
  void batchWriteThenBatchGet() {
    BatchWriteItemResponse written = client.batchWriteItem(batch -> batch.requestItems(Map.of(
        "accounts", List.of(
            WriteRequest.builder().putRequest(PutRequest.builder().item(account("w1", 1)).build())
                .build(),
            WriteRequest.builder().putRequest(PutRequest.builder().item(account("w2", 2)).build())
                .build())))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    assertTrue(written.unprocessedItems().isEmpty());
    assertEquals(2.0, written.consumedCapacity().get(0).capacityUnits());

    BatchGetItemResponse read = client.batchGetItem(batch -> batch.requestItems(Map.of(
        "accounts", KeysAndAttributes.builder().keys(key("w1"), key("w2"), key("none")).build())));
    assertEquals(2, read.responses().get("accounts").size());
    assertTrue(read.unprocessedKeys().isEmpty());
  }

  @Test
  @DisplayName("a cancelled transaction: the SDK sees the reasons, the old item, the message")
  void cancelledTransaction() {
    client.putItem(put -> put.tableName("accounts").item(account("c1", 5)));
    client.putItem(put -> put.tableName("accounts").item(account("c2", 0)));
    TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
        () -> client.transactWriteItems(transaction -> transaction.transactItems(
            credit("c2", 10), debit("c1", 10))));
    List<CancellationReason> reasons = e.cancellationReasons();
    assertEquals("None", reasons.get(0).code());
    assertFalse(reasons.get(0).hasItem());
    assertEquals("ConditionalCheckFailed", reasons.get(1).code());
    assertEquals(account("c1", 5), reasons.get(1).item());
    assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons"
        + " [None, ConditionalCheckFailed]", e.awsErrorDetails().errorMessage());
    assertEquals(0, balance("c2"));
    assertEquals(5, balance("c1"));
  }

  @Test
  @DisplayName("transfers, with the SDK's own client request tokens, then a transactional read")
  void transferAndRead() {
    client.putItem(put -> put.tableName("accounts").item(account("t1", 100)));
    client.putItem(put -> put.tableName("accounts").item(account("t2", 0)));
    client.transactWriteItems(transaction -> transaction.transactItems(
        debit("t1", 30), credit("t2", 30)));
    TransactGetItemsResponse read = client.transactGetItems(transaction -> transaction
        .transactItems(get -> get.get(g -> g.tableName("accounts").key(key("t1"))),
            get -> get.get(g -> g.tableName("accounts").key(key("t2"))),
            get -> get.get(g -> g.tableName("accounts").key(key("missing")))));
    assertEquals("70", read.responses().get(0).item().get("balance").n());
    assertEquals("30", read.responses().get(1).item().get("balance").n());
    assertFalse(read.responses().get(2).hasItem());
  }

  @Test
  void idempotentParameterMismatch() {
    client.putItem(put -> put.tableName("accounts").item(account("i1", 0)));
    client.transactWriteItems(transaction -> transaction.clientRequestToken("sdk-token")
        .transactItems(credit("i1", 1)));
    client.transactWriteItems(transaction -> transaction.clientRequestToken("sdk-token")
        .transactItems(credit("i1", 1)));
    assertEquals(1, balance("i1"));
    assertThrows(IdempotentParameterMismatchException.class,
        () -> client.transactWriteItems(transaction -> transaction.clientRequestToken("sdk-token")
            .transactItems(credit("i1", 2))));
  }
}
