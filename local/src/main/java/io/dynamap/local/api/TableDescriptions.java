package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.BillingMode;
import io.dynamap.local.engine.IndexDefinition;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.ProjectionType;
import io.dynamap.local.engine.SecondaryIndex;
import io.dynamap.local.engine.StreamSpecification;
import io.dynamap.local.engine.Table;
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.engine.TableStatus;
import io.dynamap.local.engine.Throughput;
import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A table's {@code TableDescription}, as DescribeTable and the other table operations render it. */
final class TableDescriptions {
  private static final DateTimeFormatter STREAM_LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private TableDescriptions() {}

  static ObjectNode describe(Table table) {
    return describe(table, table.status());
  }

  /** The description with {@code status} shown (DELETING for DeleteTable's answer). */
  static ObjectNode describe(Table table, TableStatus status) {
    return describe(table, status, null);
  }

  /**
   * The description with {@code status} shown and the global index {@code creating} (or none, if
   * null) shown CREATING: UpdateTable's answer, which shows the index it adds as CREATING whatever
   * the transition delay (API reference, UpdateTable, response: IndexStatus).
   */
  static ObjectNode describe(Table table, TableStatus status, String creating) {
    TableDefinition definition = table.definition();
    ObjectNode description = Requests.JSON.objectNode();
    ArrayNode attributes = description.putArray("AttributeDefinitions");
    for (Map.Entry<String, Value.Type> attribute : definition.attributeDefinitions().entrySet()) {
      attributes.addObject().put("AttributeName", attribute.getKey())
          .put("AttributeType", attribute.getValue().name());
    }
    description.put("TableName", table.name());
    description.set("KeySchema", keySchema(definition.keySchema()));
    description.put("TableStatus", status.name());
    description.put("CreationDateTime", epochSeconds(table.creationTime()));
    description.set("ProvisionedThroughput", throughput(definition.throughput()));
    description.put("TableSizeBytes", table.sizeBytes());
    description.put("ItemCount", table.itemCount());
    description.put("TableArn", table.arn());
    description.put("TableId", table.tableId());
    // A table created PROVISIONED has no summary until its billing mode is first switched.
    boolean switched = !table.billingModeChangedAt().equals(table.creationTime());
    if (definition.billingMode() == BillingMode.PAY_PER_REQUEST) {
      description.putObject("BillingModeSummary")
          .put("BillingMode", "PAY_PER_REQUEST")
          .put("LastUpdateToPayPerRequestDateTime", epochSeconds(table.billingModeChangedAt()));
    } else if (switched) {
      description.putObject("BillingModeSummary").put("BillingMode", "PROVISIONED");
    }
    if (!definition.localIndexes().isEmpty()) {
      ArrayNode locals = description.putArray("LocalSecondaryIndexes");
      for (IndexDefinition index : definition.localIndexes()) {
        ObjectNode node = indexBase(table, index);
        SecondaryIndex data = table.index(index.name());
        node.put("IndexSizeBytes", data == null ? 0 : data.sizeBytes());
        node.put("ItemCount", data == null ? 0 : data.itemCount());
        node.put("IndexArn", table.arn() + "/index/" + index.name());
        locals.add(node);
      }
    }
    if (status != TableStatus.DELETING && (!definition.globalIndexes().isEmpty()
        || !table.deletingIndexes().isEmpty())) {
      ArrayNode globals = description.putArray("GlobalSecondaryIndexes");
      for (IndexDefinition index : definition.globalIndexes()) {
        SecondaryIndex data = table.index(index.name());
        TableStatus indexStatus =
            status == TableStatus.CREATING || index.name().equals(creating) ? TableStatus.CREATING
                : data == null ? TableStatus.ACTIVE : data.status();
        ObjectNode node = indexBase(table, index);
        node.put("IndexStatus", indexStatus.name());
        if (indexStatus == TableStatus.CREATING && status != TableStatus.CREATING) {
          node.put("Backfilling", true);
        }
        node.set("ProvisionedThroughput", throughput(
            index.throughput() == null ? Throughput.ON_DEMAND : index.throughput()));
        node.put("IndexSizeBytes", data == null ? 0 : data.sizeBytes());
        node.put("ItemCount", data == null ? 0 : data.itemCount());
        node.put("IndexArn", table.arn() + "/index/" + index.name());
        globals.add(node);
      }
      for (Table.DeletingIndex deleting : table.deletingIndexes()) {
        IndexDefinition index = deleting.definition();
        ObjectNode node = indexBase(table, index);
        node.put("IndexStatus", TableStatus.DELETING.name());
        node.set("ProvisionedThroughput", throughput(
            index.throughput() == null ? Throughput.ON_DEMAND : index.throughput()));
        node.put("IndexSizeBytes", 0);
        node.put("ItemCount", 0);
        node.put("IndexArn", table.arn() + "/index/" + index.name());
        globals.add(node);
      }
    }
    if (table.deletionProtection() != null) {
      description.put("DeletionProtectionEnabled", table.deletionProtection());
    }
    StreamSpecification stream = definition.stream();
    if (stream != null && stream.enabled()) {
      ObjectNode spec = description.putObject("StreamSpecification");
      spec.put("StreamEnabled", true);
      spec.put("StreamViewType", stream.viewType());
      String label = STREAM_LABEL.format(table.creationTime());
      description.put("LatestStreamLabel", label);
      description.put("LatestStreamArn", table.arn() + "/stream/" + label);
    }
    return description;
  }

  private static ObjectNode indexBase(Table table, IndexDefinition index) {
    ObjectNode node = Requests.JSON.objectNode();
    node.put("IndexName", index.name());
    node.set("KeySchema", keySchema(index.keySchema()));
    ObjectNode projection = node.putObject("Projection");
    projection.put("ProjectionType", index.projectionType().name());
    if (index.projectionType() == ProjectionType.INCLUDE) {
      ArrayNode nonKey = projection.putArray("NonKeyAttributes");
      index.nonKeyAttributes().forEach(nonKey::add);
    }
    return node;
  }

  static ArrayNode keySchema(KeySchema schema) {
    ArrayNode keys = Requests.JSON.arrayNode();
    for (KeySchema.Attribute attribute : schema.partitionAttributes()) {
      keys.addObject().put("AttributeName", attribute.name()).put("KeyType", "HASH");
    }
    for (KeySchema.Attribute attribute : schema.sortAttributes()) {
      keys.addObject().put("AttributeName", attribute.name()).put("KeyType", "RANGE");
    }
    return keys;
  }

  private static ObjectNode throughput(Throughput throughput) {
    ObjectNode node = Requests.JSON.objectNode();
    node.put("NumberOfDecreasesToday", 0);
    node.put("ReadCapacityUnits", throughput.readCapacityUnits());
    node.put("WriteCapacityUnits", throughput.writeCapacityUnits());
    return node;
  }

  /** An instant as DynamoDB's JSON dates: epoch seconds with a fraction. */
  static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
  }
}
