package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.item;
import static io.dynamap.local.api.TxTestSupport.json;
import static io.dynamap.local.api.TxTestSupport.refused;
import static io.dynamap.local.api.TxTestSupport.serialization;
import static io.dynamap.local.api.TxTestSupport.validation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.value.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BatchWriteItemTest {
  private final Engine engine = TxTestSupport.engine();
  private final BatchWriteItem batch = new BatchWriteItem(engine);

  private static String put(String pk) {
    return "{'PutRequest':{'Item':{'pk':{'S':'" + pk + "'},'v':{'N':'1'}}}}";
  }

  private static String delete(String pk) {
    return "{'DeleteRequest':{'Key':{'pk':{'S':'" + pk + "'}}}}";
  }

  /** Each expected answer is dynalite's to the same request (tables created as in TxTestSupport). */
  @Nested
  @DisplayName("validation, as dynalite answers")
  class Validation {
    @Test
    void missingRequestItems() {
      validation("1 validation error detected: Value null at 'requestItems' failed to satisfy"
          + " constraint: Member must not be null", () -> batch.execute(json("{}")));
    }

    @Test
    void emptyRequestItems() {
      validation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy"
          + " constraint: Member must have length greater than or equal to 1",
          () -> batch.execute(json("{'RequestItems':{}}")));
    }

    @Test
    void requestItemsOfTheWrongJsonType() {
      serialization("Unrecognized collection type java.util.Map<java.lang.String,"
          + " java.util.List<com.amazonaws.dynamodb.v20120810.WriteRequest>>",
          () -> batch.execute(json("{'RequestItems':[]}")));
      serialization("Unexpected field type", () -> batch.execute(json("{'RequestItems':'x'}")));
      serialization("Start of structure or map found where not expected",
          () -> batch.execute(json("{'RequestItems':{'tx1':{}}}")));
      serialization("class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be"
          + " cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects"
          + ".ParameterizedTypeImpl and java.lang.Class are in module java.base of loader"
          + " 'bootstrap')", () -> batch.execute(json("{'RequestItems':{'tx1':'x'}}")));
      serialization("Unexpected value type in payload",
          () -> batch.execute(json("{'RequestItems':{'tx1':['x']}}")));
      serialization("Unexpected field type",
          () -> batch.execute(json("{'RequestItems':{'tx1':[" + delete("a")
              + ",{'PutRequest':'x'}]}}")));
      serialization("Unrecognized collection type java.util.Map<java.lang.String,"
          + " com.amazonaws.dynamodb.v20120810.AttributeValue>",
          () -> batch.execute(json("{'RequestItems':{'tx1':[{'PutRequest':{'Item':[]}}]}}")));
      serialization("Unexpected value type in payload",
          () -> batch.execute(json("{'RequestItems':{'tx1':[{'PutRequest':{'Item':{'pk':'x'}}}]}}")));
      serialization("NUMBER_VALUE cannot be converted to String",
          () -> batch.execute(json("{'RequestItems':{'tx1':[" + put("a") + "]},"
              + "'ReturnConsumedCapacity':5}")));
    }

    @Test
    void badTableNameAndEmptyListReportedTogether() {
      String requestItems = "{\"a\":[]}";
      validation("2 validation errors detected: Value '" + requestItems + "' at 'requestItems'"
          + " failed to satisfy constraint: Map keys must satisfy constraint: [Member must have"
          + " length less than or equal to 255, Member must have length greater than or equal to"
          + " 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; Value '"
          + requestItems + "' at 'requestItems' failed to satisfy constraint: Map value must"
          + " satisfy constraint: [Member must have length less than or equal to 25, Member must"
          + " have length greater than or equal to 1]",
          () -> batch.execute(json("{'RequestItems':{'a':[]}}")));
    }

    @Test
    void moreThan25RequestsForOneTable() {
      StringBuilder writes = new StringBuilder();
      for (int i = 0; i < 26; i++) {
        writes.append(i == 0 ? "" : ",").append(put("k" + i));
      }
      DynamoException e = validation(null,
          () -> batch.execute(json("{'RequestItems':{'tx1':[" + writes + "]}}")));
      assertTrue(e.getMessage().startsWith("1 validation error detected: Value '{\"tx1\":["));
      assertTrue(e.getMessage().endsWith("at 'requestItems' failed to satisfy constraint: Map"
          + " value must satisfy constraint: [Member must have length less than or equal to 25,"
          + " Member must have length greater than or equal to 1]"), e.getMessage());
    }

    @Test
    @DisplayName("more than 25 requests across tables (API reference: at most 25 requests)")
    void moreThan25RequestsAcrossTables() {
      StringBuilder first = new StringBuilder();
      StringBuilder second = new StringBuilder();
      for (int i = 0; i < 13; i++) {
        first.append(i == 0 ? "" : ",").append(put("k" + i));
        second.append(i == 0 ? "" : ",").append("{'PutRequest':{'Item':{'pk':{'S':'k'},"
            + "'sk':{'N':'" + i + "'}}}}");
      }
      validation("Too many items requested for the BatchWriteItem call",
          () -> batch.execute(json("{'RequestItems':{'tx1':[" + first + "],'tx2':[" + second
              + "]}}")));
    }

    @Test
    void enums() {
      validation("2 validation errors detected: Value 'x' at 'returnConsumedCapacity' failed to"
          + " satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE];"
          + " Value 'y' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must"
          + " satisfy enum value set: [SIZE, NONE]",
          () -> batch.execute(json("{'RequestItems':{'tx1':[" + put("a") + "]},"
              + "'ReturnConsumedCapacity':'x','ReturnItemCollectionMetrics':'y'}")));
    }

    @Test
    void putWithoutItem() {
      validation("1 validation error detected: Value null at"
          + " 'requestItems.tx1.member.1.member.putRequest.item' failed to satisfy constraint:"
          + " Member must not be null",
          () -> batch.execute(json("{'RequestItems':{'tx1':[{'PutRequest':{}}]}}")));
    }

    @Test
    void emptyWriteRequest() {
      validation("Supplied AttributeValue has more than one datatypes set, must contain exactly"
          + " one of the supported datatypes",
          () -> batch.execute(json("{'RequestItems':{'tx1':[{}]}}")));
    }

    @Test
    @DisplayName("constraint violations come before invalid attribute values")
    void constraintsBeforeValues() {
      DynamoException e = validation(null, () -> batch.execute(json(
          "{'RequestItems':{'tx1':[{'PutRequest':{'Item':{'pk':{'S':'a'},'s':{'SS':[]}}}}],"
              + "'ab':[]}}")));
      assertTrue(e.getMessage().startsWith("2 validation errors detected"), e.getMessage());
      validation("One or more parameter values were invalid: An string set  may not be empty",
          () -> batch.execute(json(
              "{'RequestItems':{'tx1':[{'PutRequest':{'Item':{'pk':{'S':'a'},'s':{'SS':[]}}}}]}}")));
    }

    @Test
    void duplicateKeys() {
      validation("Provided list of item keys contains duplicates", () -> batch.execute(json(
          "{'RequestItems':{'tx1':[" + put("a") + "," + delete("a") + "]}}")));
    }

    @Test
    void keysNotMatchingTheSchema() {
      validation("The provided key element does not match the schema", () -> batch.execute(json(
          "{'RequestItems':{'tx1':[{'PutRequest':{'Item':{'pk':{'N':'1'}}}}]}}")));
      validation("The provided key element does not match the schema", () -> batch.execute(json(
          "{'RequestItems':{'tx1':[{'DeleteRequest':{'Key':{'pk':{'S':'a'},'x':{'S':'b'}}}}]}}")));
      validation("One or more parameter values were invalid: The AttributeValue for a key"
          + " attribute cannot contain an empty string value. Key: pk",
          () -> batch.execute(json("{'RequestItems':{'tx1':[" + delete("") + "]}}")));
      validation("One or more parameter values are not valid. The AttributeValue for a key"
          + " attribute cannot contain an empty string value. Key: pk",
          () -> batch.execute(json("{'RequestItems':{'tx1':[{'PutRequest':{'Item':"
              + "{'pk':{'S':''}}}}]}}")));
    }

    @Test
    void unknownTable() {
      refused("ResourceNotFoundException", "Requested resource not found",
          () -> batch.execute(json("{'RequestItems':{'nope':[" + delete("a") + "]}}")));
    }

    @Test
    void itemOver400Kb() {
      ObjectNode request = json("{'RequestItems':{'tx1':[" + put("a") + "]}}");
      ((ObjectNode) request.at("/RequestItems/tx1/0/PutRequest/Item")).putObject("big")
          .put("S", "x".repeat(400 * 1024));
      validation("Item size has exceeded the maximum allowed size", () -> batch.execute(request));
    }

    @Test
    @DisplayName("an invalid request writes nothing, even its valid writes")
    void invalidRequestWritesNothing() {
      validation("The provided key element does not match the schema", () -> batch.execute(json(
          "{'RequestItems':{'tx1':[" + put("a") + ",{'PutRequest':{'Item':{'x':{'S':'1'}}}}]}}")));
      assertNull(item(engine, "a"));
    }
  }

  @Test
  void putsAndDeletesAcrossTables() {
    batch.execute(json("{'RequestItems':{'tx1':[" + put("a") + "," + put("b") + "]}}"));
    ObjectNode response = batch.execute(json("{'RequestItems':{'tx1':[" + delete("a") + ","
        + put("c") + "],'tx2':[{'PutRequest':{'Item':{'pk':{'S':'x'},'sk':{'N':'2'}}}}]},"
        + "'ReturnConsumedCapacity':'TOTAL'}"));
    assertEquals(json("{}"), response.get("UnprocessedItems"));
    assertNull(item(engine, "a"));
    assertEquals(new Value.N(java.math.BigDecimal.ONE), item(engine, "b").get("v"));
    assertNotNull(item(engine, "c"));
    assertEquals(1, engine.usableTable("tx2").itemCount());
    assertEquals(TxTestSupport.node("[{'TableName':'tx1','CapacityUnits':2.0},"
        + "{'TableName':'tx2','CapacityUnits':1.0}]"), response.get("ConsumedCapacity"));
  }

  @Test
  void capacityOnlyWhenAsked() {
    ObjectNode response = batch.execute(json("{'RequestItems':{'tx1':[" + put("a") + "]},"
        + "'ReturnConsumedCapacity':'NONE','ReturnItemCollectionMetrics':'SIZE'}"));
    assertEquals(json("{'UnprocessedItems':{}}"), response);
  }

  @Test
  @DisplayName("fault injector hook: the writes left out are returned as UnprocessedItems")
  void partialExecution() {
    ObjectNode request = json("{'RequestItems':{'tx1':[" + put("a") + "," + delete("b") + ","
        + put("c") + "],'tx2':[{'PutRequest':{'Item':{'pk':{'S':'x'},'sk':{'N':'2'}}}}]}}");
    ObjectNode response = batch.executePartially(request, index -> index == 0);
    assertNotNull(item(engine, "a"));
    assertNull(item(engine, "c"));
    assertEquals(0, engine.usableTable("tx2").itemCount());
    ObjectNode unprocessed = (ObjectNode) response.get("UnprocessedItems");
    assertEquals(json("{'tx1':[{'DeleteRequest':{'Key':{'pk':{'S':'b'}}}},"
        + "{'PutRequest':{'Item':{'pk':{'S':'c'},'v':{'N':'1'}}}}],"
        + "'tx2':[{'PutRequest':{'Item':{'pk':{'S':'x'},'sk':{'N':'2'}}}}]}"), unprocessed);

    // Sending the unprocessed items again completes the batch.
    ObjectNode retry = json("{}");
    retry.set("RequestItems", unprocessed);
    assertEquals(json("{}"), batch.execute(retry).get("UnprocessedItems"));
    assertNotNull(item(engine, "c"));
    assertEquals(1, engine.usableTable("tx2").itemCount());
  }

  @Test
  @DisplayName("an invalid request fails whole even through the fault injector's hook")
  void partialExecutionValidatesEverything() {
    validation("Provided list of item keys contains duplicates", () -> batch.executePartially(
        json("{'RequestItems':{'tx1':[" + put("a") + "," + put("a") + "]}}"), index -> false));
  }

  @Test
  void unprocessedItemsKeepRequestOrderPerTable() {
    ObjectNode response = batch.executePartially(json("{'RequestItems':{'tx1':[" + put("a") + ","
        + put("b") + "," + put("c") + "]}}"), index -> false);
    ArrayNode left = (ArrayNode) response.get("UnprocessedItems").get("tx1");
    assertEquals(3, left.size());
    assertEquals("c", left.get(2).at("/PutRequest/Item/pk/S").asText());
  }
}
