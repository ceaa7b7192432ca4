package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.json;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Valid requests of the four operations, mutated at random (a member replaced by another JSON
 * type, removed, emptied): every answer is a response or a {@link DynamoException}, never a crash.
 */
class BatchAndTransactionRobustnessTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MUTATIONS = 600;

  private final Engine engine = TxTestSupport.engine();

  private static final String BATCH_WRITE = "{'RequestItems':{'tx1':[{'PutRequest':{'Item':"
      + "{'pk':{'S':'a'},'l':{'L':[{'N':'1'},{'M':{'x':{'SS':['a','b']}}}]}}}},"
      + "{'DeleteRequest':{'Key':{'pk':{'S':'b'}}}}],'tx2':[{'PutRequest':{'Item':"
      + "{'pk':{'S':'a'},'sk':{'N':'1'}}}}]},'ReturnConsumedCapacity':'TOTAL',"
      + "'ReturnItemCollectionMetrics':'SIZE'}";
  private static final String BATCH_GET = "{'RequestItems':{'tx1':{'Keys':[{'pk':{'S':'a'}},"
      + "{'pk':{'S':'b'}}],'ProjectionExpression':'#p, l[0]','ExpressionAttributeNames':"
      + "{'#p':'pk'},'ConsistentRead':true},'tx2':{'Keys':[{'pk':{'S':'a'},'sk':{'N':'1'}}],"
      + "'AttributesToGet':['pk']}},'ReturnConsumedCapacity':'INDEXES'}";
  private static final String TRANSACT_WRITE = "{'TransactItems':["
      + "{'ConditionCheck':{'TableName':'tx1','Key':{'pk':{'S':'c'}},"
      + "'ConditionExpression':'attribute_not_exists(#p)','ExpressionAttributeNames':{'#p':'pk'},"
      + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}},"
      + "{'Put':{'TableName':'tx1','Item':{'pk':{'S':'a'},'n':{'N':'1'}}}},"
      + "{'Update':{'TableName':'tx1','Key':{'pk':{'S':'b'}},'UpdateExpression':'ADD n :one',"
      + "'ConditionExpression':'attribute_not_exists(n) OR n < :max',"
      + "'ExpressionAttributeValues':{':one':{'N':'1'},':max':{'N':'100'}}}},"
      + "{'Delete':{'TableName':'tx2','Key':{'pk':{'S':'a'},'sk':{'N':'1'}}}}],"
      + "'ClientRequestToken':'token','ReturnConsumedCapacity':'TOTAL',"
      + "'ReturnItemCollectionMetrics':'SIZE'}";
  private static final String TRANSACT_GET = "{'TransactItems':["
      + "{'Get':{'TableName':'tx1','Key':{'pk':{'S':'a'}},'ProjectionExpression':'#p',"
      + "'ExpressionAttributeNames':{'#p':'pk'}}},"
      + "{'Get':{'TableName':'tx2','Key':{'pk':{'S':'a'},'sk':{'N':'1'}}}}],"
      + "'ReturnConsumedCapacity':'TOTAL'}";

  @Test
  @DisplayName("mutated requests answer with DynamoDB errors, never crash")
  void mutatedRequests() {
    check(new BatchWriteItem(engine), BATCH_WRITE, 1);
    check(new BatchGetItem(engine), BATCH_GET, 2);
    check(new TransactWriteItems(engine), TRANSACT_WRITE, 3);
    check(new TransactGetItems(engine), TRANSACT_GET, 4);
  }

  private static void check(Operation operation, String valid, long seed) {
    operation.execute(json(valid));
    Random random = new Random(seed);
    for (int i = 0; i < MUTATIONS; i++) {
      ObjectNode request = json(valid);
      int changes = 1 + random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        mutate(request, random);
      }
      try {
        operation.execute(request);
      } catch (DynamoException expected) {
        // DynamoDB's answer to a bad request.
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(operation.name() + " crashed on " + request, e);
      }
    }
  }

  /** Replaces, removes or empties one node of the tree (not the root). */
  private static void mutate(ObjectNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container.isEmpty()) {
      return;
    }
    JsonNode replacement = randomNode(random);
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (random.nextInt(4) == 0) {
        object.remove(name);
      } else {
        object.set(name, replacement);
      }
    } else if (container instanceof ArrayNode array) {
      int index = random.nextInt(array.size());
      if (random.nextInt(4) == 0) {
        array.remove(index);
      } else {
        array.set(index, replacement);
      }
    } else {
      fail("not a container: " + container);
    }
  }

  private static void collectContainers(JsonNode node, List<JsonNode> containers) {
    if (!node.isContainerNode()) {
      return;
    }
    containers.add(node);
    Iterator<JsonNode> children = node.elements();
    while (children.hasNext()) {
      collectContainers(children.next(), containers);
    }
  }

  private static JsonNode randomNode(Random random) {
    switch (random.nextInt(10)) {
      case 0:
        return JSON.nullNode();
      case 1:
        return JSON.numberNode(random.nextInt(3) - 1);
      case 2:
        return JSON.numberNode(1.5);
      case 3:
        return JSON.booleanNode(random.nextBoolean());
      case 4:
        return JSON.textNode(random.nextBoolean() ? "" : "tx1");
      case 5:
        return JSON.arrayNode();
      case 6:
        return JSON.objectNode();
      case 7:
        return JSON.arrayNode().add(JSON.objectNode().put("S", "a"));
      case 8:
        return JSON.objectNode().put("S", "a");
      default:
        return JSON.objectNode().set("pk", JSON.objectNode().put("N", "x"));
    }
  }
}
