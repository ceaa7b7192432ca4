package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamap.local.api.Shape.Member;
import io.dynamap.local.engine.IndexDefinition;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.ProjectionType;
import io.dynamap.local.engine.StreamSpecification;
import io.dynamap.local.engine.Throughput;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Members and readers of the table operations' requests (key schemas, indexes, throughput). */
final class TableMembers {
  private TableMembers() {}

  static final long MAX_CAPACITY_UNITS = 1_000_000_000_000L;

  static Member throughput(String name) {
    return member(name, Shape.struct(false, "ProvisionedThroughput",
        member("WriteCapacityUnits", Shape.LONG).notNull().min(1),
        member("ReadCapacityUnits", Shape.LONG).notNull().min(1)));
  }

  static Member attributeDefinitions() {
    return member("AttributeDefinitions", Shape.list(member("member", Shape.struct(true,
        "AttributeDefinition",
        member("AttributeName", Shape.STRING).notNull(),
        member("AttributeType", Shape.STRING).notNull().oneOf("B", "N", "S")))));
  }

  /** The KeySchema of a table or a local index: a partition key and at most one sort key. */
  static Member keySchema(boolean keyTypeEnum) {
    return keySchemaMember(keyTypeEnum).maxLength(2);
  }

  /**
   * The KeySchema of a global index: up to four partition and four sort attributes, so no length
   * bound in the request's shape (API reference, <em>GlobalSecondaryIndex</em> and
   * <em>CreateGlobalSecondaryIndexAction</em>, KeySchema: "Minimum number of 1 item"; "Global
   * secondary index supports up to 4 partition and up to 4 sort keys"); the roles' counts are
   * checked by {@link #checkKeySchema}.
   */
  static Member globalIndexKeySchema() {
    return keySchemaMember(false);
  }

  private static Member keySchemaMember(boolean keyTypeEnum) {
    Member keyType = member("KeyType", Shape.STRING).notNull();
    if (keyTypeEnum) {
      keyType.oneOf("HASH", "RANGE");
    }
    return member("KeySchema", Shape.list(member("member", Shape.struct(true,
        "KeySchemaElement",
        member("AttributeName", Shape.STRING).notNull(),
        keyType)))).notNull().minLength(1);
  }

  /**
   * The TableName of CreateTable, DescribeTable and UpdateTable: refused when missing or of the
   * wrong length before the constraints, then the name pattern.
   */
  static Member tableName() {
    return member("TableName", Shape.STRING).required().tableName().pattern(Shape.NAME_PATTERN);
  }

  static Member indexName() {
    return member("IndexName", Shape.STRING).notNull().tableNameConstraints();
  }

  static Member projection() {
    return member("Projection", Shape.struct(false, "Projection",
        member("ProjectionType", Shape.STRING).oneOf("ALL", "INCLUDE", "KEYS_ONLY"),
        member("NonKeyAttributes", Shape.stringList()).minLength(1))).notNull();
  }

  static Member streamSpecification() {
    return member("StreamSpecification", Shape.struct(false, "StreamSpecification",
        member("StreamEnabled", Shape.BOOLEAN).notNull(),
        member("StreamViewType", Shape.STRING)
            .oneOf("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY")));
  }

  static Member tags() {
    return member("Tags", Shape.list(member("member", Shape.struct(true, "Tag",
        member("Key", Shape.STRING).notNull().minLength(1).maxLength(128),
        member("Value", Shape.STRING).notNull().minLength(0).maxLength(256)))));
  }

  /** Attribute names of a KeySchema list, in order. */
  static List<String> keyNames(JsonNode keySchema) {
    List<String> names = new ArrayList<>();
    for (JsonNode element : keySchema) {
      names.add(element.get("AttributeName").asText());
    }
    return names;
  }

  static Map<String, Value.Type> attributeTypes(JsonNode definitions) {
    Map<String, Value.Type> types = new LinkedHashMap<>();
    if (definitions != null) {
      for (JsonNode definition : definitions) {
        types.put(definition.get("AttributeName").asText(),
            Value.Type.valueOf(definition.get("AttributeType").asText()));
      }
    }
    return types;
  }

  /**
   * DynamoDB's checks of one key schema (a table's or a local index's): attributes defined, hash
   * then range, distinct names.
   */
  static void checkKeySchema(JsonNode keySchema, List<String> defined) {
    checkKeySchema(keySchema, defined, false);
  }

  /**
   * DynamoDB's checks of one key schema: attributes defined, distinct names, a HASH element first;
   * then for a table or a local index a RANGE element second, for a global index any HASH
   * elements before any RANGE elements, at most four of each (developer guide, <em>Using Global
   * Secondary Indexes</em>, "Multi-attribute key schema"). The messages for multi-attribute keys
   * are those AWS answers as recorded against the live service (see KNOWN-DIFFERENCES.md).
   */
  static void checkKeySchema(JsonNode keySchema, List<String> defined, boolean global) {
    List<String> keys = keyNames(keySchema);
    for (String key : keys) {
      if (!defined.contains(key)) {
        throw DynamoException.validation("One or more parameter values were invalid: Some index key"
            + " attributes are not defined in AttributeDefinitions. Keys: [" + String.join(", ", keys)
            + "], AttributeDefinitions: [" + String.join(", ", defined) + "]");
      }
    }
    if (keys.size() == 2 && keys.get(0).equals(keys.get(1))) {
      throw DynamoException.validation(
          "Both the Hash Key and the Range Key element in the KeySchema have the same name");
    }
    if (new java.util.HashSet<>(keys).size() != keys.size()) {
      throw DynamoException.validation(
          "The KeySchema contains multiple key attributes with the same name");
    }
    if (!keyType(keySchema, 0).equals("HASH")) {
      throw DynamoException.validation(
          "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (!global) {
      if (keySchema.size() > 1 && !keyType(keySchema, 1).equals("RANGE")) {
        throw DynamoException.validation(
            "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
      }
      return;
    }
    int hashes = 0;
    int ranges = 0;
    for (int i = 0; i < keySchema.size(); i++) {
      String type = keyType(keySchema, i);
      if (type.equals("HASH")) {
        if (ranges > 0) {
          throw DynamoException.validation("One or more parameter values were invalid: All HASH"
              + " key attributes must precede RANGE key attributes in the KeySchema");
        }
        hashes++;
      } else if (type.equals("RANGE")) {
        ranges++;
      } else {
        // The shape leaves an index's KeyType unchecked, as DynamoDB's does.
        throw DynamoException.validation(i == 1
            ? "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type"
            : "Invalid KeySchema: KeySchemaElement " + (i + 1)
                + " is neither a HASH nor a RANGE key type");
      }
    }
    if (hashes > KeySchema.MAX_ATTRIBUTES_PER_ROLE) {
      throw DynamoException.validation("One or more parameter values were invalid: The KeySchema"
          + " exceeds the maximum allowed number of HASH key attributes");
    }
    if (ranges > KeySchema.MAX_ATTRIBUTES_PER_ROLE) {
      throw DynamoException.validation("One or more parameter values were invalid: The KeySchema"
          + " exceeds the maximum allowed number of RANGE key attributes");
    }
  }

  private static String keyType(JsonNode keySchema, int index) {
    return keySchema.get(index).get("KeyType").asText();
  }

  /** The projection checks common to both kinds of index. */
  static void checkProjection(JsonNode projection) {
    JsonNode type = projection.get("ProjectionType");
    if (type == null) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Unknown ProjectionType: null");
    }
    if (projection.has("NonKeyAttributes") && !type.asText().equals("INCLUDE")) {
      throw DynamoException.validation("One or more parameter values were invalid: ProjectionType"
          + " is " + type.asText() + ", but NonKeyAttributes is specified");
    }
  }

  /** A checked KeySchema: its HASH elements (in order) and its RANGE elements (in order). */
  static KeySchema keySchemaOf(JsonNode keySchema, Map<String, Value.Type> types) {
    List<KeySchema.Attribute> partition = new ArrayList<>();
    List<KeySchema.Attribute> sort = new ArrayList<>();
    for (JsonNode element : keySchema) {
      String name = element.get("AttributeName").asText();
      KeySchema.Attribute attribute = new KeySchema.Attribute(name, types.get(name));
      (element.get("KeyType").asText().equals("HASH") ? partition : sort).add(attribute);
    }
    return new KeySchema(partition, sort);
  }

  static Throughput throughputOf(JsonNode node) {
    if (node == null) {
      return null;
    }
    return new Throughput(node.get("ReadCapacityUnits").asLong(),
        node.get("WriteCapacityUnits").asLong());
  }

  static IndexDefinition indexOf(JsonNode index, boolean global, Map<String, Value.Type> types,
      Throughput throughput) {
    JsonNode projection = index.get("Projection");
    List<String> nonKey = new ArrayList<>();
    if (projection.has("NonKeyAttributes")) {
      projection.get("NonKeyAttributes").forEach(name -> nonKey.add(name.asText()));
    }
    return new IndexDefinition(index.get("IndexName").asText(), global,
        keySchemaOf(index.get("KeySchema"), types),
        ProjectionType.valueOf(projection.get("ProjectionType").asText()), nonKey, throughput);
  }

  /** Refuses capacity units above DynamoDB's bound. */
  static void checkThroughputBounds(JsonNode throughput) {
    if (throughput == null) {
      return;
    }
    long read = throughput.get("ReadCapacityUnits").asLong();
    long write = throughput.get("WriteCapacityUnits").asLong();
    if (read > MAX_CAPACITY_UNITS) {
      throw DynamoException.validation(
          "Given value " + read + " for ReadCapacityUnits is out of bounds");
    }
    if (write > MAX_CAPACITY_UNITS) {
      throw DynamoException.validation(
          "Given value " + write + " for WriteCapacityUnits is out of bounds");
    }
  }

  /**
   * DynamoDB's checks of a new global index (of CreateTable or UpdateTable's Create): key schema,
   * projection, and throughput given exactly when the table is provisioned, within bounds.
   */
  static void checkGlobalIndex(JsonNode index, List<String> defined, boolean onDemand) {
    String name = index.get("IndexName").asText();
    checkKeySchema(index.get("KeySchema"), defined, true);
    checkProjection(index.get("Projection"));
    JsonNode throughput = index.get("ProvisionedThroughput");
    if (onDemand && throughput != null) {
      throw DynamoException.validation("One or more parameter values were invalid:"
          + " ProvisionedThroughput should not be specified for index: " + name
          + " when BillingMode is PAY_PER_REQUEST");
    }
    if (!onDemand && throughput == null) {
      // AWS requires an index's throughput on a provisioned table.
      throw DynamoException.validation("One or more parameter values were invalid:"
          + " ProvisionedThroughput must be specified for index: " + name);
    }
    checkThroughputBounds(throughput);
  }

  /** A StreamSpecification as requested, null where the request has none. */
  static StreamSpecification streamOf(JsonNode node) {
    if (node == null) {
      return null;
    }
    boolean enabled = node.get("StreamEnabled").asBoolean();
    String viewType = node.has("StreamViewType") ? node.get("StreamViewType").asText() : null;
    if (enabled && viewType == null) {
      throw DynamoException.validation("One or more parameter values were invalid:"
          + " StreamSpecification: StreamViewType is required when StreamEnabled is true");
    }
    return new StreamSpecification(enabled, enabled ? viewType : null);
  }
}
