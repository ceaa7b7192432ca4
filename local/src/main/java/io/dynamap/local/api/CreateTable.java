package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.BillingMode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.IndexDefinition;
import io.dynamap.local.engine.StreamSpecification;
import io.dynamap.local.engine.Table;
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.engine.TableStatus;
import io.dynamap.local.engine.Throughput;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CreateTable: a table with its key, indexes, billing and stream settings. */
public final class CreateTable implements Operation {
  private static final Shape SHAPE = Shape.of(
      TableMembers.attributeDefinitions().notNull(),
      TableMembers.tableName(),
      member("BillingMode", Shape.STRING).oneOf("PROVISIONED", "PAY_PER_REQUEST"),
      TableMembers.throughput("ProvisionedThroughput"),
      TableMembers.keySchema(true),
      member("LocalSecondaryIndexes", Shape.list(member("member", Shape.struct(true,
          "LocalSecondaryIndex",
          TableMembers.indexName(),
          TableMembers.keySchema(false),
          TableMembers.projection())))),
      member("GlobalSecondaryIndexes", Shape.list(member("member", Shape.struct(true,
          "GlobalSecondaryIndex",
          TableMembers.indexName(),
          TableMembers.globalIndexKeySchema(),
          TableMembers.projection(),
          TableMembers.throughput("ProvisionedThroughput"))))),
      TableMembers.streamSpecification(),
      TableMembers.tags(),
      member("DeletionProtectionEnabled", Shape.BOOLEAN));

  private final Engine engine;

  public CreateTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "CreateTable";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    TableDefinition definition = definition(request);
    Table table = engine.createTable(definition);
    if (request.has("DeletionProtectionEnabled")) {
      table.setDeletionProtection(request.get("DeletionProtectionEnabled").asBoolean());
    }
    JsonNode tags = request.get("Tags");
    if (tags != null) {
      Map<String, String> added = new LinkedHashMap<>();
      tags.forEach(tag -> added.put(tag.get("Key").asText(), tag.get("Value").asText()));
      table.tag(added);
    }
    ObjectNode response = Requests.JSON.objectNode();
    response.set("TableDescription", TableDescriptions.describe(table, TableStatus.CREATING));
    return response;
  }

  /** Runs DynamoDB's checks of the whole request and builds the definition. */
  private static TableDefinition definition(ObjectNode request) {
    String billing = Requests.text(request, "BillingMode");
    boolean onDemand = "PAY_PER_REQUEST".equals(billing);
    JsonNode throughput = request.get("ProvisionedThroughput");
    if (onDemand) {
      if (throughput != null) {
        throw DynamoException.validation("One or more parameter values were invalid: Neither"
            + " ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is"
            + " PAY_PER_REQUEST");
      }
    } else {
      if (throughput == null) {
        throw DynamoException.validation("One or more parameter values were invalid:"
            + " ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode"
            + " is PROVISIONED");
      }
      TableMembers.checkThroughputBounds(throughput);
    }

    JsonNode definitions = request.get("AttributeDefinitions");
    JsonNode keySchema = request.get("KeySchema");
    Map<String, Value.Type> types = TableMembers.attributeTypes(definitions);
    List<String> defined = new ArrayList<>();
    definitions.forEach(d -> defined.add(d.get("AttributeName").asText()));
    List<String> keys = TableMembers.keyNames(keySchema);
    if (keys.size() > defined.size()) {
      throw DynamoException.validation(
          "Invalid KeySchema: Some index key attribute have no definition");
    }
    TableMembers.checkKeySchema(keySchema, defined);
    JsonNode locals = request.get("LocalSecondaryIndexes");
    JsonNode globals = request.get("GlobalSecondaryIndexes");
    if (locals == null && globals == null && keys.size() != defined.size()) {
      throw DynamoException.validation("One or more parameter values were invalid: Number of"
          + " attributes in KeySchema does not exactly match number of attributes defined in"
          + " AttributeDefinitions");
    }

    Set<String> indexNames = new HashSet<>();
    Set<String> usedAttributes = new LinkedHashSet<>(keys);
    List<IndexDefinition> localIndexes = new ArrayList<>();
    if (locals != null) {
      checkNotEmpty(locals, "LocalSecondaryIndexes");
      if (keys.size() != 2) {
        throw DynamoException.validation("One or more parameter values were invalid: Table"
            + " KeySchema does not have a range key, which is required when specifying a"
            + " LocalSecondaryIndex");
      }
      for (JsonNode index : locals) {
        String name = index.get("IndexName").asText();
        JsonNode indexKeys = index.get("KeySchema");
        TableMembers.checkKeySchema(indexKeys, defined);
        if (indexKeys.size() != 2) {
          throw DynamoException.validation("One or more parameter values were invalid: Index"
              + " KeySchema does not have a range key for index: " + name);
        }
        String indexHash = indexKeys.get(0).get("AttributeName").asText();
        if (!indexHash.equals(keys.get(0))) {
          throw DynamoException.validation("One or more parameter values were invalid: Index"
              + " KeySchema does not have the same leading hash key as table KeySchema for"
              + " index: " + name + ". index hash key: " + indexHash + ", table hash key: "
              + keys.get(0));
        }
        TableMembers.checkProjection(index.get("Projection"));
        checkNewIndexName(indexNames, name);
        usedAttributes.addAll(TableMembers.keyNames(indexKeys));
        localIndexes.add(TableMembers.indexOf(index, false, types, null));
      }
      if (locals.size() > 5) {
        throw DynamoException.validation("One or more parameter values were invalid: Number of"
            + " LocalSecondaryIndexes exceeds per-table limit of 5");
      }
    }
    List<IndexDefinition> globalIndexes = new ArrayList<>();
    if (globals != null) {
      checkNotEmpty(globals, "GlobalSecondaryIndexes");
      for (JsonNode index : globals) {
        TableMembers.checkGlobalIndex(index, defined, onDemand);
        checkNewIndexName(indexNames, index.get("IndexName").asText());
        usedAttributes.addAll(TableMembers.keyNames(index.get("KeySchema")));
        globalIndexes.add(TableMembers.indexOf(index, true, types,
            onDemand ? null : TableMembers.throughputOf(index.get("ProvisionedThroughput"))));
      }
      if (globals.size() > 20) {
        throw DynamoException.validation("One or more parameter values were invalid:"
            + " GlobalSecondaryIndex count exceeds the per-table limit of 20");
      }
    }
    if (!usedAttributes.containsAll(defined) || defined.size() != types.size()) {
      // AWS refuses definitions no key uses (dynalite checks this only without indexes).
      throw DynamoException.validation("One or more parameter values were invalid: Some"
          + " AttributeDefinitions are not used. AttributeDefinitions: ["
          + String.join(", ", defined) + "], keys used: [" + String.join(", ", usedAttributes)
          + "]");
    }

    StreamSpecification stream = TableMembers.streamOf(request.get("StreamSpecification"));

    return new TableDefinition(Requests.text(request, "TableName"),
        TableMembers.keySchemaOf(keySchema, types), types, globalIndexes, localIndexes,
        onDemand ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED,
        onDemand ? Throughput.ON_DEMAND : TableMembers.throughputOf(throughput), stream);
  }

  private static void checkNotEmpty(JsonNode indexes, String member) {
    if (indexes.isEmpty()) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: List of " + member + " is empty");
    }
  }

  private static void checkNewIndexName(Set<String> indexNames, String name) {
    if (!indexNames.add(name)) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Duplicate index name: " + name);
    }
  }
}
