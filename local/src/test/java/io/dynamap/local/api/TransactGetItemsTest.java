package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.json;
import static io.dynamap.local.api.TxTestSupport.node;
import static io.dynamap.local.api.TxTestSupport.refused;
import static io.dynamap.local.api.TxTestSupport.serialization;
import static io.dynamap.local.api.TxTestSupport.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * TransactGetItems. dynalite has no transactions: each test names the section of the AWS
 * documentation it follows (API reference "TransactGetItems", "TransactGetItem", "Get").
 */
class TransactGetItemsTest {
  private final Engine engine = TxTestSupport.engine();
  private final TransactGetItems transact = new TransactGetItems(engine);

  @BeforeEach
  void items() {
    new BatchWriteItem(engine).execute(json("{'RequestItems':{"
        + "'tx1':[{'PutRequest':{'Item':{'pk':{'S':'a'},'v':{'N':'1'},'m':{'M':{'x':{'S':'y'},"
        + "'z':{'S':'w'}}}}}}],"
        + "'tx2':[{'PutRequest':{'Item':{'pk':{'S':'a'},'sk':{'N':'1'}}}}]}}"));
  }

  private static String get(String table, String key) {
    return "{'Get':{'TableName':'" + table + "','Key':" + key + "}}";
  }

  @Test
  @DisplayName("API reference: Responses in the order of TransactItems, empty where no item")
  void responsesInOrder() {
    ObjectNode response = transact.execute(json("{'TransactItems':["
        + get("tx2", "{'pk':{'S':'a'},'sk':{'N':'1'}}") + ","
        + get("tx1", "{'pk':{'S':'nope'}}") + ","
        + "{'Get':{'TableName':'tx1','Key':{'pk':{'S':'a'}},'ProjectionExpression':'#m.x, v',"
        + "'ExpressionAttributeNames':{'#m':'m'}}}],'ReturnConsumedCapacity':'TOTAL'}"));
    assertEquals(node("[{'Item':{'pk':{'S':'a'},'sk':{'N':'1'}}},{},"
        + "{'Item':{'m':{'M':{'x':{'S':'y'}}},'v':{'N':'1'}}}]"), response.get("Responses"));
    assertEquals(node("[{'TableName':'tx2','CapacityUnits':2.0,'ReadCapacityUnits':2.0},"
        + "{'TableName':'tx1','CapacityUnits':4.0,'ReadCapacityUnits':4.0}]"),
        response.get("ConsumedCapacity"));
  }

  @Test
  @DisplayName("API reference: TransactItems required, 1 to 100; Get, Key, TableName required")
  void constraints() {
    validation("1 validation error detected: Value null at 'transactItems' failed to satisfy"
        + " constraint: Member must not be null", () -> transact.execute(json("{}")));
    validation("3 validation errors detected: Value null at 'transactItems.1.member.get' failed"
        + " to satisfy constraint: Member must not be null; Value null at"
        + " 'transactItems.2.member.get.key' failed to satisfy constraint: Member must not be"
        + " null; Value null at 'transactItems.2.member.get.tableName' failed to satisfy"
        + " constraint: Member must not be null",
        () -> transact.execute(json("{'TransactItems':[{},{'Get':{}}]}")));
    StringBuilder gets = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      gets.append(i == 0 ? "" : ",").append(get("tx1", "{'pk':{'S':'k" + i + "'}}"));
    }
    validation(null, () -> transact.execute(json("{'TransactItems':[" + gets + "]}")));
    serialization("Unexpected field type",
        () -> transact.execute(json("{'TransactItems':[{'Get':'x'}]}")));
  }

  @Test
  @DisplayName("developer guide: no two actions can target the same item")
  void sameItemTwice() {
    validation("Transaction request cannot include multiple operations on one item",
        () -> transact.execute(json("{'TransactItems':[" + get("tx1", "{'pk':{'S':'a'}}") + ","
            + get("tx1", "{'pk':{'S':'a'}}") + "]}")));
  }

  @Test
  @DisplayName("keys and projections as in GetItem")
  void keysAndProjections() {
    validation("The provided key element does not match the schema",
        () -> transact.execute(json("{'TransactItems':[" + get("tx1", "{'pk':{'N':'1'}}")
            + "]}")));
    refused("ResourceNotFoundException", "Requested resource not found",
        () -> transact.execute(json("{'TransactItems':[" + get("nope", "{'pk':{'S':'a'}}")
            + "]}")));
    validation("ExpressionAttributeNames can only be specified when using expressions",
        () -> transact.execute(json("{'TransactItems':[{'Get':{'TableName':'tx1',"
            + "'Key':{'pk':{'S':'a'}},'ExpressionAttributeNames':{'#a':'a'}}}]}")));
    validation("ExpressionAttributeNames must not be empty",
        () -> transact.execute(json("{'TransactItems':[{'Get':{'TableName':'tx1',"
            + "'Key':{'pk':{'S':'a'}},'ProjectionExpression':'a',"
            + "'ExpressionAttributeNames':{}}}]}")));
  }
}
