package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.json;
import static io.dynamap.local.api.TxTestSupport.node;
import static io.dynamap.local.api.TxTestSupport.refused;
import static io.dynamap.local.api.TxTestSupport.serialization;
import static io.dynamap.local.api.TxTestSupport.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BatchGetItemTest {
  private final Engine engine = TxTestSupport.engine();
  private final BatchGetItem batch = new BatchGetItem(engine);

  @BeforeEach
  void items() {
    new BatchWriteItem(engine).execute(json("{'RequestItems':{"
        + "'tx1':[{'PutRequest':{'Item':{'pk':{'S':'a'},'v':{'N':'1'},'w':{'S':'x'}}}},"
        + "{'PutRequest':{'Item':{'pk':{'S':'b'},'v':{'N':'2'}}}}],"
        + "'tx2':[{'PutRequest':{'Item':{'pk':{'S':'a'},'sk':{'N':'1'}}}}]}}"));
  }

  private static String keys(String... pks) {
    StringBuilder keys = new StringBuilder("[");
    for (String pk : pks) {
      keys.append(keys.length() == 1 ? "" : ",").append("{'pk':{'S':'").append(pk).append("'}}");
    }
    return keys.append("]").toString();
  }

  /** Each expected answer is dynalite's to the same request (tables created as in TxTestSupport). */
  @Nested
  @DisplayName("validation, as dynalite answers")
  class Validation {
    @Test
    void tableWithoutKeys() {
      validation("1 validation error detected: Value null at 'requestItems.tx1.member.keys'"
          + " failed to satisfy constraint: Member must not be null",
          () -> batch.execute(json("{'RequestItems':{'tx1':{}}}")));
      validation("1 validation error detected: Value '[]' at 'requestItems.tx1.member.keys'"
          + " failed to satisfy constraint: Member must have length greater than or equal to 1",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':[]}}}")));
    }

    @Test
    void wrongJsonTypes() {
      serialization("Unrecognized collection type class"
          + " com.amazonaws.dynamodb.v20120810.KeysAndAttributes",
          () -> batch.execute(json("{'RequestItems':{'tx1':[]}}")));
      serialization("Unexpected field type",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':'x'}}}")));
      serialization("class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be"
          + " cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects"
          + ".ParameterizedTypeImpl and java.lang.Class are in module java.base of loader"
          + " 'bootstrap')", () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':['x']}}}")));
      serialization("Unexpected value type in payload",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':[{'pk':'x'}]}}}")));
      serialization("Unexpected token received from parser", () -> batch.execute(json(
          "{'RequestItems':{'tx1':{'Keys':" + keys("a") + ",'ConsistentRead':'x'}}}")));
      serialization("NUMBER_VALUE cannot be converted to Boolean", () -> batch.execute(json(
          "{'RequestItems':{'tx1':{'Keys':" + keys("a") + ",'ConsistentRead':5}}}")));
    }

    @Test
    void emptyAttributesToGet() {
      validation("1 validation error detected: Value '[]' at"
          + " 'requestItems.tx1.member.attributesToGet' failed to satisfy constraint: Member must"
          + " have length greater than or equal to 1", () -> batch.execute(json(
              "{'RequestItems':{'tx1':{'Keys':" + keys("a") + ",'AttributesToGet':[]}}}")));
    }

    @Test
    void keyNotMatchingTheSchema() {
      validation("The provided key element does not match the schema",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':[{}]}}}")));
      validation("The provided key element does not match the schema",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':[{'pk':{'N':'1'}}]}}}")));
      validation("One or more parameter values were invalid: The AttributeValue for a key"
          + " attribute cannot contain an empty string value. Key: pk",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("") + "}}}")));
    }

    @Test
    void duplicateKeys() {
      validation("Provided list of item keys contains duplicates",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a", "a") + "}}}")));
    }

    @Test
    void attributesToGetParameters() {
      validation("One or more parameter values were invalid: Duplicate value in attribute name: a",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'AttributesToGet':['a','a']}}}")));
      validation("Can not use both expression and non-expression parameters in the same request:"
          + " Non-expression parameters: {AttributesToGet} Expression parameters:"
          + " {ProjectionExpression}", () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':"
              + keys("a") + ",'AttributesToGet':['a'],'ProjectionExpression':'a'}}}")));
      validation("ExpressionAttributeNames can only be specified when using expressions",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'ExpressionAttributeNames':{'#a':'a'}}}}")));
      validation("ExpressionAttributeNames can only be specified when using expressions",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'AttributesToGet':['a'],'ExpressionAttributeNames':{'#a':'a'}}}}")));
    }

    @Test
    void expressionParameters() {
      validation("ExpressionAttributeNames must not be empty",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'ProjectionExpression':'a','ExpressionAttributeNames':{}}}}")));
      validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'ProjectionExpression':'a','ExpressionAttributeNames':{'a':'b'}}}}")));
      validation("Invalid ProjectionExpression: The expression can not be empty;",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'ProjectionExpression':''}}}")));
    }

    @Test
    @DisplayName("constraints of several tables reported together, before key values")
    void severalTables() {
      String requestItems = "{\"tx1\":{\"Keys\":[{\"pk\":{\"S\":\"a\"},\"s\":{\"SS\":[]}}]},"
          + "\"x\":{\"Keys\":[]}}";
      validation("2 validation errors detected: Value '" + requestItems + "' at 'requestItems'"
          + " failed to satisfy constraint: Map keys must satisfy constraint: [Member must have"
          + " length less than or equal to 255, Member must have length greater than or equal to"
          + " 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; Value '[]' at"
          + " 'requestItems.x.member.keys' failed to satisfy constraint: Member must have length"
          + " greater than or equal to 1", () -> batch.execute(json("{'RequestItems':{'tx1':"
              + "{'Keys':[{'pk':{'S':'a'},'s':{'SS':[]}}]},'x':{'Keys':[]}}}")));
    }

    @Test
    void unusedExpressionAttributeName() {
      validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
          () -> batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
              + ",'ProjectionExpression':'#a, b','ExpressionAttributeNames':"
              + "{'#a':'a','#b':'b'}}}}")));
    }

    @Test
    @DisplayName("more than 100 keys across tables (API reference: up to 100 items)")
    void moreThan100Keys() {
      StringBuilder first = new StringBuilder();
      StringBuilder second = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        first.append(i == 0 ? "" : ",").append("{'pk':{'S':'k").append(i).append("'}}");
        second.append(i == 0 ? "" : ",").append("{'pk':{'S':'k'},'sk':{'N':'").append(i)
            .append("'}}");
      }
      validation("Too many items requested for the BatchGetItem call", () -> batch.execute(json(
          "{'RequestItems':{'tx1':{'Keys':[" + first + "]},'tx2':{'Keys':[" + second + "]}}}")));
    }

    @Test
    void unknownTable() {
      refused("ResourceNotFoundException", "Requested resource not found",
          () -> batch.execute(json("{'RequestItems':{'nope':{'Keys':" + keys("a") + "}}}")));
    }
  }

  @Test
  void readsAcrossTablesSkippingMissingItems() {
    ObjectNode response = batch.execute(json("{'RequestItems':{'tx1':{'Keys':"
        + keys("a", "b", "zz") + "},'tx2':{'Keys':[{'pk':{'S':'a'},'sk':{'N':'1'}}]}},"
        + "'ReturnConsumedCapacity':'INDEXES'}"));
    assertEquals(json("{}"), response.get("UnprocessedKeys"));
    Set<JsonNode> tx1 = new HashSet<>();
    response.at("/Responses/tx1").forEach(tx1::add);
    assertEquals(Set.of(node("{'pk':{'S':'a'},'v':{'N':'1'},'w':{'S':'x'}}"),
        node("{'pk':{'S':'b'},'v':{'N':'2'}}")), tx1);
    assertEquals(node("[{'pk':{'S':'a'},'sk':{'N':'1'}}]"), response.at("/Responses/tx2"));
    assertEquals(node("[{'TableName':'tx1','CapacityUnits':1.5,'Table':{'CapacityUnits':1.5}},"
        + "{'TableName':'tx2','CapacityUnits':0.5,'Table':{'CapacityUnits':0.5}}]"),
        response.get("ConsumedCapacity"));
  }

  @Test
  void projections() {
    ObjectNode response = batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
        + ",'AttributesToGet':['w','nope']}}}"));
    assertEquals(node("[{'w':{'S':'x'}}]"), response.at("/Responses/tx1"));
    response = batch.execute(json("{'RequestItems':{'tx1':{'Keys':" + keys("a")
        + ",'ProjectionExpression':'#v, pk','ExpressionAttributeNames':{'#v':'v'}}}}"));
    assertEquals(node("[{'v':{'N':'1'},'pk':{'S':'a'}}]"), response.at("/Responses/tx1"));
  }

  @Test
  @DisplayName("API reference: at most 16 MB of items, the remaining keys in UnprocessedKeys")
  void responseSizeLimit() {
    // A limit of 14 bytes: item a (8 bytes by DynamoDB's sizes) and b (6) fit exactly, c (3) not.
    BatchGetItem small = new BatchGetItem(engine, 14);
    new BatchWriteItem(engine).execute(json("{'RequestItems':{'tx1':["
        + "{'PutRequest':{'Item':{'pk':{'S':'c'}}}}]}}"));
    ObjectNode response = small.execute(json("{'RequestItems':{'tx1':{'Keys':"
        + keys("a", "b", "c") + ",'ConsistentRead':'yes','ProjectionExpression':'pk, v, w',"
        + "'AttributesToGet':null}}}"));
    assertEquals(2, response.at("/Responses/tx1").size());
    assertEquals(json("{'tx1':{'Keys':[{'pk':{'S':'c'}}],'ConsistentRead':true,"
        + "'ProjectionExpression':'pk, v, w'}}"), response.get("UnprocessedKeys"));
  }

  @Test
  @DisplayName("fault injector hook: the keys left out are returned as UnprocessedKeys")
  void partialExecution() {
    ObjectNode response = batch.executePartially(json("{'RequestItems':{'tx1':{'Keys':"
        + keys("a", "b") + ",'AttributesToGet':['v']},'tx2':{'Keys':"
        + "[{'pk':{'S':'a'},'sk':{'N':'1'}}]}}}"), index -> index == 1);
    assertEquals(node("[{'v':{'N':'2'}}]"), response.at("/Responses/tx1"));
    assertEquals(node("[]"), response.at("/Responses/tx2"));
    assertEquals(json("{'tx1':{'Keys':[{'pk':{'S':'a'}}],'AttributesToGet':['v']},"
        + "'tx2':{'Keys':[{'pk':{'S':'a'},'sk':{'N':'1'}}]}}"), response.get("UnprocessedKeys"));

    // The unprocessed keys are a valid request of their own.
    ObjectNode retry = json("{}");
    retry.set("RequestItems", response.get("UnprocessedKeys"));
    ObjectNode second = batch.execute(retry);
    assertEquals(node("[{'v':{'N':'1'}}]"), second.at("/Responses/tx1"));
    assertEquals(1, ((ArrayNode) second.at("/Responses/tx2")).size());
    assertTrue(second.get("UnprocessedKeys").isEmpty());
    assertFalse(second.has("ConsumedCapacity"));
  }
}
