package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.json;
import static io.dynamap.local.api.TxTestSupport.node;
import static io.dynamap.local.api.TxTestSupport.refused;
import static io.dynamap.local.api.TxTestSupport.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.BillingMode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.IndexDefinition;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.ProjectionType;
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.engine.Throughput;
import io.dynamap.local.value.Value;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Batch and transactional writes on a table with a local and a global secondary index: index keys
 * validated as PutItem validates them, indexes maintained, item collection metrics returned.
 */
class BatchAndTransactionIndexesTest {
  private final Engine engine = new Engine(Clock.systemUTC(), Duration.ZERO);

  BatchAndTransactionIndexesTest() {
    Map<String, Value.Type> attributes = new LinkedHashMap<>();
    attributes.put("pk", Value.Type.S);
    attributes.put("sk", Value.Type.S);
    attributes.put("when", Value.Type.N);
    attributes.put("owner", Value.Type.S);
    KeySchema key = KeySchema.of("pk", Value.Type.S, "sk", Value.Type.S);
    engine.createTable(new TableDefinition("orders", key, attributes,
        List.of(new IndexDefinition("byOwner", true, KeySchema.of("owner", Value.Type.S),
            ProjectionType.ALL, List.of(), null)),
        List.of(new IndexDefinition("byWhen", false,
            KeySchema.of("pk", Value.Type.S, "when", Value.Type.N), ProjectionType.KEYS_ONLY,
            List.of(), null)),
        BillingMode.PAY_PER_REQUEST, Throughput.ON_DEMAND, null));
  }

  private ObjectNode ownedBy(String owner) {
    return new Query(engine).execute(json("{'TableName':'orders','IndexName':'byOwner',"
        + "'KeyConditionExpression':'#o = :o','ExpressionAttributeNames':{'#o':'owner'},"
        + "'ExpressionAttributeValues':{':o':{'S':'" + owner + "'}}}"));
  }

  @Test
  @DisplayName("BatchWriteItem: index key types checked, item collection metrics per partition")
  void batchWrite() {
    validation("One or more parameter values were invalid: Type mismatch for Index Key owner"
        + " Expected: S Actual: N IndexName: byOwner",
        () -> new BatchWriteItem(engine).execute(json("{'RequestItems':{'orders':["
            + "{'PutRequest':{'Item':{'pk':{'S':'c1'},'sk':{'S':'o1'},'owner':{'N':'1'}}}}]}}")));
    ObjectNode response = new BatchWriteItem(engine).execute(json("{'RequestItems':{'orders':["
        + "{'PutRequest':{'Item':{'pk':{'S':'c1'},'sk':{'S':'o1'},'owner':{'S':'ann'},"
        + "'when':{'N':'1'}}}},"
        + "{'PutRequest':{'Item':{'pk':{'S':'c1'},'sk':{'S':'o2'},'owner':{'S':'bob'}}}},"
        + "{'PutRequest':{'Item':{'pk':{'S':'c2'},'sk':{'S':'o1'},'owner':{'S':'ann'}}}}]},"
        + "'ReturnItemCollectionMetrics':'SIZE'}"));
    assertEquals(node("{'orders':["
        + "{'ItemCollectionKey':{'pk':{'S':'c1'}},'SizeEstimateRangeGB':[0.0,1.0]},"
        + "{'ItemCollectionKey':{'pk':{'S':'c2'}},'SizeEstimateRangeGB':[0.0,1.0]}]}"),
        response.get("ItemCollectionMetrics"));
    assertEquals(2, ownedBy("ann").get("Count").asInt());
  }

  @Test
  @DisplayName("TransactWriteItems: indexes follow every write, none after a cancellation")
  void transactionMaintainsIndexes() {
    new BatchWriteItem(engine).execute(json("{'RequestItems':{'orders':["
        + "{'PutRequest':{'Item':{'pk':{'S':'c1'},'sk':{'S':'o1'},'owner':{'S':'ann'}}}}]}}"));
    TransactWriteItems transact = new TransactWriteItems(engine);
    refused("TransactionCanceledException", null, () -> transact.execute(json(
        "{'TransactItems':[{'Update':{'TableName':'orders',"
            + "'Key':{'pk':{'S':'c1'},'sk':{'S':'o1'}},'UpdateExpression':'SET #o = :b',"
            + "'ExpressionAttributeNames':{'#o':'owner'},"
            + "'ExpressionAttributeValues':{':b':{'S':'bob'}}}},"
            + "{'ConditionCheck':{'TableName':'orders','Key':{'pk':{'S':'c9'},'sk':{'S':'o9'}},"
            + "'ConditionExpression':'attribute_exists(pk)'}}]}")));
    assertEquals(1, ownedBy("ann").get("Count").asInt());
    assertEquals(0, ownedBy("bob").get("Count").asInt());

    ObjectNode response = transact.execute(json("{'TransactItems':[{'Update':{'TableName':"
        + "'orders','Key':{'pk':{'S':'c1'},'sk':{'S':'o1'}},'UpdateExpression':'SET #o = :b',"
        + "'ExpressionAttributeNames':{'#o':'owner'},"
        + "'ExpressionAttributeValues':{':b':{'S':'bob'}}}}],"
        + "'ReturnItemCollectionMetrics':'SIZE'}"));
    assertEquals(0, ownedBy("ann").get("Count").asInt());
    assertEquals(1, ownedBy("bob").get("Count").asInt());
    assertEquals(node("{'orders':[{'ItemCollectionKey':{'pk':{'S':'c1'}},"
        + "'SizeEstimateRangeGB':[0.0,1.0]}]}"), response.get("ItemCollectionMetrics"));
  }

  @Test
  @DisplayName("TransactWriteItems: an update giving an index key the wrong type is a"
      + " ValidationError reason")
  void indexKeyTypeOfAnUpdate() {
    DynamoException e = refused("TransactionCanceledException", null, () ->
        new TransactWriteItems(engine).execute(json("{'TransactItems':[{'Update':{'TableName':"
            + "'orders','Key':{'pk':{'S':'c1'},'sk':{'S':'o1'}},'UpdateExpression':'SET #o = :n',"
            + "'ExpressionAttributeNames':{'#o':'owner'},"
            + "'ExpressionAttributeValues':{':n':{'N':'1'}}}}]}")));
    assertEquals(node("[{'Code':'ValidationError','Message':'One or more parameter values were"
        + " invalid: Type mismatch for Index Key owner Expected: S Actual: N IndexName: byOwner'}]"),
        e.extra().get("CancellationReasons"));
    assertEquals(0, engine.usableTable("orders").itemCount());
  }
}
