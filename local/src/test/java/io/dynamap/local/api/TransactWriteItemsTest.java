package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.item;
import static io.dynamap.local.api.TxTestSupport.json;
import static io.dynamap.local.api.TxTestSupport.node;
import static io.dynamap.local.api.TxTestSupport.refused;
import static io.dynamap.local.api.TxTestSupport.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.value.Value;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * TransactWriteItems. dynalite has no transactions: each test names the section of the AWS
 * documentation it follows (API reference "TransactWriteItems" and its data types, developer
 * guide "Managing complex workflows with DynamoDB transactions").
 */
class TransactWriteItemsTest {
  private final TxTestSupport.MutableClock clock = new TxTestSupport.MutableClock();
  private final Engine engine = TxTestSupport.engine(clock);
  private final TransactWriteItems transact = new TransactWriteItems(engine);

  @BeforeEach
  void accounts() {
    new BatchWriteItem(engine).execute(json("{'RequestItems':{'tx1':["
        + "{'PutRequest':{'Item':{'pk':{'S':'a'},'balance':{'N':'100'}}}},"
        + "{'PutRequest':{'Item':{'pk':{'S':'b'},'balance':{'N':'0'},'name':{'S':'bee'}}}}]}}"));
  }

  private static String put(String pk) {
    return "{'Put':{'TableName':'tx1','Item':{'pk':{'S':'" + pk + "'}}}}";
  }

  private static String transfer(String from, String to, int amount) {
    return "{'Update':{'TableName':'tx1','Key':{'pk':{'S':'" + from + "'}},"
        + "'UpdateExpression':'SET balance = balance - :amount',"
        + "'ConditionExpression':'balance >= :amount',"
        + "'ExpressionAttributeValues':{':amount':{'N':'" + amount + "'}}}},"
        + "{'Update':{'TableName':'tx1','Key':{'pk':{'S':'" + to + "'}},"
        + "'UpdateExpression':'SET balance = balance + :amount',"
        + "'ExpressionAttributeValues':{':amount':{'N':'" + amount + "'}}}}";
  }

  private ObjectNode run(String actions) {
    return transact.execute(json("{'TransactItems':[" + actions + "]}"));
  }

  private int balance(String pk) {
    return ((Value.N) item(engine, pk).get("balance")).value().intValueExact();
  }

  @Nested
  @DisplayName("validation (API reference: TransactWriteItems, TransactWriteItem)")
  class Validation {
    @Test
    @DisplayName("TransactItems: required, 1 to 100 items")
    void transactItemsBounds() {
      validation("1 validation error detected: Value null at 'transactItems' failed to satisfy"
          + " constraint: Member must not be null", () -> transact.execute(json("{}")));
      validation("1 validation error detected: Value '[]' at 'transactItems' failed to satisfy"
          + " constraint: Member must have length greater than or equal to 1",
          () -> run(""));
      StringBuilder actions = new StringBuilder();
      for (int i = 0; i < 101; i++) {
        actions.append(i == 0 ? "" : ",").append(put("k" + i));
      }
      DynamoException e = validation(null, () -> run(actions.toString()));
      assertTrue(e.getMessage().startsWith("1 validation error detected: Value '[{"));
      assertTrue(e.getMessage().endsWith("' at 'transactItems' failed to satisfy constraint:"
          + " Member must have length less than or equal to 100"));
    }

    @Test
    @DisplayName("ClientRequestToken: 1 to 36 characters")
    void tokenLength() {
      String token = "x".repeat(37);
      validation("1 validation error detected: Value '" + token + "' at 'clientRequestToken'"
          + " failed to satisfy constraint: Member must have length less than or equal to 36",
          () -> transact.execute(json("{'TransactItems':[" + put("a") + "],"
              + "'ClientRequestToken':'" + token + "'}")));
    }

    @Test
    @DisplayName("TransactWriteItem: exactly one of ConditionCheck, Put, Delete, Update")
    void oneActionPerItem() {
      validation("TransactItems can only contain one of Check, Put, Update or Delete",
          () -> run("{'Put':{'TableName':'tx1','Item':{'pk':{'S':'a'}}},"
              + "'Delete':{'TableName':'tx1','Key':{'pk':{'S':'a'}}}}"));
      validation("Invalid Request: TransactWriteRequest should contain Delete or Put or Update"
          + " request", () -> run("{}"));
    }

    @Test
    @DisplayName("required members of ConditionCheck, Put, Update; enums")
    void requiredMembers() {
      validation("4 validation errors detected: Value null at"
          + " 'transactItems.1.member.conditionCheck.key' failed to satisfy constraint: Member"
          + " must not be null; Value null at 'transactItems.1.member.conditionCheck.tableName'"
          + " failed to satisfy constraint: Member must not be null; Value null at"
          + " 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy"
          + " constraint: Member must not be null; Value null at"
          + " 'transactItems.2.member.update.updateExpression' failed to satisfy constraint:"
          + " Member must not be null",
          () -> run("{'ConditionCheck':{}},{'Update':{'TableName':'tx1',"
              + "'Key':{'pk':{'S':'a'}}}}"));
      validation("2 validation errors detected: Value 'x' at"
          + " 'transactItems.1.member.put.tableName' failed to satisfy constraint: Member must"
          + " have length greater than or equal to 3; Value 'SOME' at"
          + " 'transactItems.1.member.put.returnValuesOnConditionCheckFailure' failed to satisfy"
          + " constraint: Member must satisfy enum value set: [ALL_OLD, NONE]",
          () -> run("{'Put':{'TableName':'x','Item':{'pk':{'S':'a'}},"
              + "'ReturnValuesOnConditionCheckFailure':'SOME'}}"));
    }

    @Test
    @DisplayName("developer guide: no two actions can target the same item")
    void sameItemTwice() {
      validation("Transaction request cannot include multiple operations on one item",
          () -> run(put("a") + ",{'ConditionCheck':{'TableName':'tx1','Key':{'pk':{'S':'a'}},"
              + "'ConditionExpression':'attribute_exists(pk)'}}"));
      // The same key in another table is another item.
      run(put("c") + ",{'Put':{'TableName':'tx2','Item':{'pk':{'S':'c'},'sk':{'N':'1'}}}}");
      assertNotNull(item(engine, "c"));
    }

    @Test
    @DisplayName("API reference errors: ResourceNotFoundException for a missing table")
    void unknownTable() {
      refused("ResourceNotFoundException", "Requested resource not found",
          () -> run("{'Delete':{'TableName':'nope','Key':{'pk':{'S':'a'}}}}"));
    }

    @Test
    @DisplayName("keys as in DeleteItem, items as in PutItem, updates leave keys alone")
    void keysAndItems() {
      validation("The provided key element does not match the schema",
          () -> run("{'Delete':{'TableName':'tx1','Key':{'pk':{'N':'1'}}}}"));
      validation("One or more parameter values were invalid: Missing the key pk in the item",
          () -> run("{'Put':{'TableName':'tx1','Item':{'x':{'S':'1'}}}}"));
      validation("One or more parameter values were invalid: Cannot update attribute pk. This"
          + " attribute is part of the key", () -> run("{'Update':{'TableName':'tx1',"
              + "'Key':{'pk':{'S':'a'}},'UpdateExpression':'SET pk = :v',"
              + "'ExpressionAttributeValues':{':v':{'S':'z'}}}}"));
    }

    @Test
    @DisplayName("expression parameters as in PutItem, DeleteItem, UpdateItem")
    void expressionParameters() {
      validation("ExpressionAttributeValues can only be specified when using expressions:"
          + " ConditionExpression is null", () -> run("{'Put':{'TableName':'tx1',"
              + "'Item':{'pk':{'S':'a'}},'ExpressionAttributeValues':{':v':{'S':'z'}}}}"));
      validation("ExpressionAttributeNames can only be specified when using expressions",
          () -> run("{'Delete':{'TableName':'tx1','Key':{'pk':{'S':'a'}},"
              + "'ExpressionAttributeNames':{'#v':'v'}}}"));
      validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}",
          () -> run("{'Delete':{'TableName':'tx1','Key':{'pk':{'S':'a'}},"
              + "'ConditionExpression':'v = :v',"
              + "'ExpressionAttributeValues':{':v':{'S':'z'},':w':{'S':'z'}}}}"));
      validation("ExpressionAttributeValues contains invalid value: One or more parameter values"
          + " were invalid: An string set  may not be empty for key :v",
          () -> run("{'Delete':{'TableName':'tx1','Key':{'pk':{'S':'a'}},"
              + "'ConditionExpression':'v = :v','ExpressionAttributeValues':{':v':{'SS':[]}}}}"));
    }

    @Test
    @DisplayName("API reference: the aggregate size of the items cannot exceed 4 MB")
    void transactionOver4Mb() {
      String big = "x".repeat(390 * 1024);
      StringBuilder actions = new StringBuilder();
      for (int i = 0; i < 11; i++) {
        actions.append(i == 0 ? "" : ",").append("{'Put':{'TableName':'tx1','Item':{'pk':{'S':'k")
            .append(i).append("'},'big':{'S':'").append(big).append("'}}}}");
      }
      validation("Transaction request cannot be larger than 4 MB", () -> run(actions.toString()));
      assertNull(item(engine, "k0"));
    }

    @Test
    @DisplayName("PutItem's limit: an item over 400 KB")
    void itemOver400Kb() {
      validation("Item size has exceeded the maximum allowed size",
          () -> run("{'Put':{'TableName':'tx1','Item':{'pk':{'S':'a'},'big':{'S':'"
              + "x".repeat(400 * 1024) + "'}}}}"));
    }
  }

  @Test
  @DisplayName("developer guide: actions complete atomically, all of them or none")
  void allOrNothing() {
    DynamoException e = refused("TransactionCanceledException", "Transaction cancelled, please"
        + " refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]",
        () -> run(put("c") + "," + transfer("b", "a", 10)));
    assertEquals(node("[{'Code':'None'},"
        + "{'Code':'ConditionalCheckFailed','Message':'The conditional request failed'},"
        + "{'Code':'None'}]"), e.extra().get("CancellationReasons"));
    assertNull(item(engine, "c"));
    assertEquals(100, balance("a"));
    assertEquals(0, balance("b"));

    run(put("c") + "," + transfer("a", "b", 30));
    assertNotNull(item(engine, "c"));
    assertEquals(70, balance("a"));
    assertEquals(30, balance("b"));
  }

  @Test
  @DisplayName("API reference CancellationReason: Item with ReturnValuesOnConditionCheckFailure"
      + " ALL_OLD, every failed condition reported")
  void cancellationReasonsWithOldItem() {
    DynamoException e = refused("TransactionCanceledException", "Transaction cancelled, please"
        + " refer cancellation reasons for specific reasons [ConditionalCheckFailed, None,"
        + " ConditionalCheckFailed]",
        () -> run("{'ConditionCheck':{'TableName':'tx1','Key':{'pk':{'S':'b'}},"
            + "'ConditionExpression':'balance > :zero','ReturnValuesOnConditionCheckFailure':"
            + "'ALL_OLD','ExpressionAttributeValues':{':zero':{'N':'0'}}}},"
            + put("c") + ",{'Delete':{'TableName':'tx1','Key':{'pk':{'S':'a'}},"
            + "'ConditionExpression':'attribute_not_exists(pk)'}}"));
    ArrayNode reasons = (ArrayNode) e.extra().get("CancellationReasons");
    assertEquals(node("{'Code':'ConditionalCheckFailed','Message':'The conditional request"
        + " failed','Item':{'pk':{'S':'b'},'balance':{'N':'0'},'name':{'S':'bee'}}}"),
        reasons.get(0));
    // Without ALL_OLD, no item.
    assertEquals(node("{'Code':'ConditionalCheckFailed','Message':'The conditional request"
        + " failed'}"), reasons.get(2));
    assertEquals(node("{'__type':'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',"
        + "'message':'" + e.getMessage() + "','CancellationReasons':" + reasons + "}"),
        e.toJson());
  }

  @Test
  @DisplayName("TransactionCanceledException: a ValidationError where an update cannot apply")
  void validationErrorReason() {
    DynamoException e = refused("TransactionCanceledException", null,
        () -> run(put("c") + ",{'Update':{'TableName':'tx1','Key':{'pk':{'S':'b'}},"
            + "'UpdateExpression':'SET #n = #n + :one','ExpressionAttributeNames':{'#n':'name'},"
            + "'ExpressionAttributeValues':{':one':{'N':'1'}}}}"));
    assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons"
        + " [None, ValidationError]", e.getMessage());
    ArrayNode reasons = (ArrayNode) e.extra().get("CancellationReasons");
    assertEquals("ValidationError", reasons.get(1).get("Code").asText());
    assertTrue(reasons.get(1).get("Message").asText().length() > 0);
    assertNull(item(engine, "c"));
  }

  @Test
  @DisplayName("Put, Update (creating a missing item), Delete and ConditionCheck applied")
  void everyKindOfAction() {
    ObjectNode response = transact.execute(json("{'TransactItems':["
        + "{'ConditionCheck':{'TableName':'tx1','Key':{'pk':{'S':'a'}},"
        + "'ConditionExpression':'attribute_exists(balance)'}},"
        + "{'Put':{'TableName':'tx2','Item':{'pk':{'S':'p'},'sk':{'N':'1'}},"
        + "'ConditionExpression':'attribute_not_exists(pk)'}},"
        + "{'Update':{'TableName':'tx1','Key':{'pk':{'S':'new'}},"
        + "'UpdateExpression':'SET balance = :v','ExpressionAttributeValues':{':v':{'N':'5'}}}},"
        + "{'Delete':{'TableName':'tx1','Key':{'pk':{'S':'b'}}}}],"
        + "'ReturnConsumedCapacity':'TOTAL'}"));
    assertEquals(5, balance("new"));
    assertNull(item(engine, "b"));
    assertEquals(1, engine.usableTable("tx2").itemCount());
    assertEquals(node("[{'TableName':'tx1','CapacityUnits':6.0,'ReadCapacityUnits':2.0,"
        + "'WriteCapacityUnits':4.0},{'TableName':'tx2','CapacityUnits':2.0,"
        + "'WriteCapacityUnits':2.0}]"), response.get("ConsumedCapacity"));
  }

  @Nested
  @DisplayName("idempotency (API reference: ClientRequestToken)")
  class Idempotency {
    private ObjectNode deposit(String token, int amount) {
      return transact.execute(json("{'TransactItems':[{'Update':{'TableName':'tx1',"
          + "'Key':{'pk':{'S':'b'}},'UpdateExpression':'ADD balance :amount',"
          + "'ExpressionAttributeValues':{':amount':{'N':'" + amount + "'}}}}],"
          + "'ClientRequestToken':'" + token + "'}"));
    }

    @Test
    @DisplayName("multiple identical calls have the same effect as one single call")
    void sameTokenSameRequest() {
      assertEquals(json("{}"), deposit("t1", 10));
      assertEquals(json("{}"), deposit("t1", 10));
      clock.advance(Duration.ofMinutes(9));
      deposit("t1", 10);
      assertEquals(10, balance("b"));
      // Another token is another transaction.
      deposit("t2", 10);
      assertEquals(20, balance("b"));
    }

    @Test
    @DisplayName("same token, other parameters: IdempotentParameterMismatchException")
    void sameTokenOtherRequest() {
      deposit("t1", 10);
      refused("IdempotentParameterMismatchException", "Specified idempotent token was used with"
          + " different request parameters within the idempotency window",
          () -> deposit("t1", 20));
      assertEquals(10, balance("b"));
    }

    @Test
    @DisplayName("a token is valid for 10 minutes after the first request completed")
    void windowOfTenMinutes() {
      deposit("t1", 10);
      clock.advance(Duration.ofMinutes(10));
      deposit("t1", 10);
      assertEquals(20, balance("b"));
      // After the window, the token is new again, so other parameters are accepted too.
      clock.advance(Duration.ofMinutes(11));
      deposit("t1", 5);
      assertEquals(25, balance("b"));
    }

    @Test
    @DisplayName("a cancelled transaction does not use up its token")
    void cancelledTransactionIsNotRemembered() {
      String conditional = "{'TransactItems':[{'Update':{'TableName':'tx1',"
          + "'Key':{'pk':{'S':'b'}},'UpdateExpression':'ADD balance :amount',"
          + "'ConditionExpression':'attribute_exists(ready)',"
          + "'ExpressionAttributeValues':{':amount':{'N':'1'}}}}],'ClientRequestToken':'t3'}";
      refused("TransactionCanceledException", null, () -> transact.execute(json(conditional)));
      new BatchWriteItem(engine).execute(json("{'RequestItems':{'tx1':[{'PutRequest':{'Item':"
          + "{'pk':{'S':'b'},'balance':{'N':'0'},'ready':{'BOOL':true}}}}]}}"));
      transact.execute(json(conditional));
      transact.execute(json(conditional));
      assertEquals(1, balance("b"));
    }

    @Test
    @DisplayName("a replay reports read capacity, not the writes")
    void replayCapacity() {
      String request = "{'TransactItems':[" + put("c") + "],'ClientRequestToken':'t4',"
          + "'ReturnConsumedCapacity':'TOTAL'}";
      assertEquals(node("[{'TableName':'tx1','CapacityUnits':2.0,'WriteCapacityUnits':2.0}]"),
          transact.execute(json(request)).get("ConsumedCapacity"));
      assertEquals(node("[{'TableName':'tx1','CapacityUnits':1.0,'ReadCapacityUnits':1.0}]"),
          transact.execute(json(request)).get("ConsumedCapacity"));
    }
  }
}
