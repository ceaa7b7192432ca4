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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UpdateTable: billing mode and throughput, stream settings, and global indexes created (filled
 * from the existing items) or deleted. The table shows UPDATING, a new index CREATING and a deleted
 * one DELETING for the engine's transition delay.
 */
public final class UpdateTable implements Operation {
  private static final Shape SHAPE = Shape.of(
      TableMembers.tableName(),
      TableMembers.throughput("ProvisionedThroughput"),
      member("BillingMode", Shape.STRING).oneOf("PROVISIONED", "PAY_PER_REQUEST"),
      member("GlobalSecondaryIndexUpdates", Shape.list(member("member", Shape.struct(true,
          "GlobalSecondaryIndexUpdate",
          member("Update", Shape.struct(false, "UpdateGlobalSecondaryIndexAction",
              TableMembers.indexName(),
              TableMembers.throughput("ProvisionedThroughput").notNull())),
          member("Create", Shape.struct(false, "CreateGlobalSecondaryIndexAction",
              TableMembers.projection(),
              TableMembers.indexName(),
              TableMembers.throughput("ProvisionedThroughput"),
              TableMembers.globalIndexKeySchema())),
          member("Delete", Shape.struct(false, "DeleteGlobalSecondaryIndexAction",
              TableMembers.indexName())))))),
      TableMembers.attributeDefinitions(),
      TableMembers.streamSpecification(),
      member("DeletionProtectionEnabled", Shape.BOOLEAN));

  private final Engine engine;

  public UpdateTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "UpdateTable";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    JsonNode throughputNode = request.get("ProvisionedThroughput");
    String billing = Requests.text(request, "BillingMode");
    JsonNode indexUpdates = request.get("GlobalSecondaryIndexUpdates");
    JsonNode streamNode = request.get("StreamSpecification");
    if (throughputNode == null && billing == null && streamNode == null
        && !request.has("DeletionProtectionEnabled")
        && (indexUpdates == null || indexUpdates.isEmpty())) {
      throw DynamoException.validation("At least one of ProvisionedThroughput, BillingMode,"
          + " UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or"
          + " ReplicaUpdates is required");
    }
    if ("PROVISIONED".equals(billing) && throughputNode == null) {
      throw DynamoException.validation("One or more parameter values were invalid:"
          + " ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
    }
    TableMembers.checkThroughputBounds(throughputNode);
    int creates = 0;
    if (indexUpdates != null) {
      Set<String> names = new HashSet<>();
      for (JsonNode update : indexUpdates) {
        JsonNode action = update.has("Update") ? update.get("Update")
            : update.has("Create") ? update.get("Create") : update.get("Delete");
        if (action == null) {
          throw DynamoException.validation("One or more parameter values were invalid: One of"
              + " GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create,"
              + " GlobalSecondaryIndexUpdate.Delete must not be null");
        }
        String indexName = action.get("IndexName").asText();
        if (!names.add(indexName)) {
          throw DynamoException.validation("One or more parameter values were invalid: Only one"
              + " global secondary index update per index is allowed simultaneously. Index: "
              + indexName);
        }
        if (update.has("Create") || update.has("Delete")) {
          creates++;
        }
      }
    }
    if (creates > 1) {
      throw DynamoException.limitExceeded("Subscriber limit exceeded: Only 1 online index can be"
          + " created or deleted simultaneously per table");
    }

    Table table = engine.describedTable(Requests.text(request, "TableName"));
    synchronized (table) {
      apply(table, request);
    }
    ObjectNode response = Requests.JSON.objectNode();
    response.set("TableDescription",
        TableDescriptions.describe(table, TableStatus.UPDATING, createdIndexName(request)));
    return response;
  }

  /** The global index the request creates, or null. */
  private static String createdIndexName(ObjectNode request) {
    JsonNode updates = request.get("GlobalSecondaryIndexUpdates");
    if (updates != null) {
      for (JsonNode update : updates) {
        if (update.has("Create")) {
          return update.get("Create").get("IndexName").asText();
        }
      }
    }
    return null;
  }

  private void apply(Table table, ObjectNode request) {
    TableDefinition current = table.definition();
    JsonNode throughputNode = request.get("ProvisionedThroughput");
    String billingText = Requests.text(request, "BillingMode");
    BillingMode billing = billingText == null ? current.billingMode()
        : BillingMode.valueOf(billingText);
    if (throughputNode != null && billing == BillingMode.PAY_PER_REQUEST) {
      throw DynamoException.validation("One or more parameter values were invalid: Neither"
          + " ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is"
          + " PAY_PER_REQUEST");
    }
    Throughput throughput = current.throughput();
    if (throughputNode != null) {
      Throughput requested = TableMembers.throughputOf(throughputNode);
      if (requested.equals(current.throughput()) && billing == current.billingMode()) {
        throw DynamoException.validation("The provisioned throughput for the table will not"
            + " change. The requested value equals the current value. Current ReadCapacityUnits"
            + " provisioned for the table: " + current.throughput().readCapacityUnits()
            + ". Requested ReadCapacityUnits: " + requested.readCapacityUnits() + ". Current"
            + " WriteCapacityUnits provisioned for the table: "
            + current.throughput().writeCapacityUnits() + ". Requested WriteCapacityUnits: "
            + requested.writeCapacityUnits() + ". Refer to the Amazon DynamoDB Developer Guide"
            + " for current limits and how to request higher limits.");
      }
      throughput = requested;
    }
    if (billing == BillingMode.PAY_PER_REQUEST) {
      throughput = Throughput.ON_DEMAND;
    }

    // Index throughput updates, and the throughput indexes need when switching to PROVISIONED.
    Map<String, Throughput> indexThroughput = new LinkedHashMap<>();
    JsonNode indexUpdates = request.get("GlobalSecondaryIndexUpdates");
    List<JsonNode> creates = new ArrayList<>();
    List<String> deletes = new ArrayList<>();
    if (indexUpdates != null) {
      for (JsonNode update : indexUpdates) {
        if (update.has("Update")) {
          JsonNode action = update.get("Update");
          String indexName = action.get("IndexName").asText();
          if (current.index(indexName) == null || !current.index(indexName).global()) {
            throw DynamoException.resourceNotFound(
                "Requested resource not found: Index: " + indexName + " not found");
          }
          if (billing == BillingMode.PAY_PER_REQUEST) {
            throw DynamoException.validation("One or more parameter values were invalid:"
                + " ProvisionedThroughput should not be specified for index: " + indexName
                + " when BillingMode is PAY_PER_REQUEST");
          }
          TableMembers.checkThroughputBounds(action.get("ProvisionedThroughput"));
          indexThroughput.put(indexName,
              TableMembers.throughputOf(action.get("ProvisionedThroughput")));
        } else if (update.has("Create")) {
          creates.add(update.get("Create"));
        } else {
          deletes.add(update.get("Delete").get("IndexName").asText());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    if (billing == BillingMode.PROVISIONED && current.billingMode() != BillingMode.PROVISIONED) {
      for (IndexDefinition index : current.globalIndexes()) {
        if (!indexThroughput.containsKey(index.name()) && !deletes.contains(index.name())) {
          missing.add(index.name());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw DynamoException.validation("One or more parameter values were invalid:"
          + " ProvisionedThroughput must be specified for index: " + String.join(",", missing));
    }

    Map<String, Value.Type> attributes = new LinkedHashMap<>(current.attributeDefinitions());
    Map<String, Value.Type> requestedTypes =
        TableMembers.attributeTypes(request.get("AttributeDefinitions"));
    IndexDefinition created = null;
    for (JsonNode create : creates) {
      String indexName = create.get("IndexName").asText();
      if (current.index(indexName) != null) {
        throw DynamoException.validation("One or more parameter values were invalid: Index already"
            + " exists: " + indexName);
      }
      Map<String, Value.Type> merged = new LinkedHashMap<>(attributes);
      merged.putAll(requestedTypes);
      TableMembers.checkGlobalIndex(create, new ArrayList<>(merged.keySet()),
          billing == BillingMode.PAY_PER_REQUEST);
      for (String key : TableMembers.keyNames(create.get("KeySchema"))) {
        attributes.put(key, merged.get(key));
      }
      created = TableMembers.indexOf(create, true, attributes,
          TableMembers.throughputOf(create.get("ProvisionedThroughput")));
    }
    for (String indexName : deletes) {
      IndexDefinition index = current.index(indexName);
      if (index == null || !index.global()) {
        throw DynamoException.resourceNotFound(
            "Requested resource not found: Index: " + indexName + " not found");
      }
    }

    // All checked: apply.
    List<IndexDefinition> globals = new ArrayList<>();
    for (IndexDefinition index : current.globalIndexes()) {
      Throughput updated = billing == BillingMode.PAY_PER_REQUEST ? null
          : indexThroughput.getOrDefault(index.name(), index.throughput());
      globals.add(index.withThroughput(updated));
    }
    StreamSpecification stream = TableMembers.streamOf(request.get("StreamSpecification"));
    if (stream == null) {
      stream = current.stream();
    }
    if (billing != current.billingMode()) {
      table.setBillingModeChangedAt(engine.clock().instant());
    }
    if (request.has("DeletionProtectionEnabled")) {
      table.setDeletionProtection(request.get("DeletionProtectionEnabled").asBoolean());
    }
    long settles = engine.transitionEnd();
    table.redefine(current.withGlobalIndexes(globals).withBilling(billing, throughput)
        .withStream(stream));
    table.startTransition(TableStatus.UPDATING, settles);
    for (String indexName : deletes) {
      table.removeGlobalIndex(indexName, attributesWithout(table.definition(), indexName),
          settles);
    }
    if (created != null) {
      table.addGlobalIndex(created, attributes, settles);
    }
  }

  /** The attribute definitions still used by a key once {@code indexName} is gone. */
  private static Map<String, Value.Type> attributesWithout(TableDefinition definition,
      String indexName) {
    Set<String> used = new HashSet<>();
    used.addAll(definition.keySchema().attributeNames());
    for (IndexDefinition index : definition.indexes()) {
      if (!index.name().equals(indexName)) {
        used.addAll(index.keySchema().attributeNames());
      }
    }
    Map<String, Value.Type> remaining = new LinkedHashMap<>(definition.attributeDefinitions());
    remaining.keySet().retainAll(used);
    return remaining;
  }
}
