package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of the differential test: its key, and its secondary indexes. Every table uses the same
 * attribute names ({@code pk}, {@code sk} for the key; {@code g}, {@code gr} for a global index,
 * {@code lr} for a local one) with types that differ from table to table, so one item generator
 * serves them all.
 */
record TableSpec(String name, KeyAttribute hash, KeyAttribute range, List<IndexSpec> indexes) {

  /** A key attribute and its scalar type, {@code S}, {@code N} or {@code B}. */
  record KeyAttribute(String name, String type) {}

  /** A secondary index: global or local, its key, what it projects. */
  record IndexSpec(
      String name,
      boolean global,
      KeyAttribute hash,
      KeyAttribute range,
      String projectionType,
      List<String> nonKeyAttributes) {}

  /** The tables: every key type as hash (S, N, B) and as range under a hash, with GSIs and LSIs. */
  static final List<TableSpec> ALL =
      List.of(
          new TableSpec(
              "diff_s",
              key("pk", "S"),
              null,
              List.of(index("by_g", true, key("g", "S"), null, "ALL"))),
          new TableSpec("diff_n", key("pk", "N"), null, List.of()),
          new TableSpec(
              "diff_b",
              key("pk", "B"),
              null,
              List.of(index("by_g_gr", true, key("g", "N"), key("gr", "S"), "KEYS_ONLY"))),
          new TableSpec(
              "diff_s_s",
              key("pk", "S"),
              key("sk", "S"),
              List.of(
                  index("by_g_gr", true, key("g", "S"), key("gr", "N"), "ALL"),
                  index("by_lr", false, key("pk", "S"), key("lr", "N"), "ALL"))),
          new TableSpec(
              "diff_s_n",
              key("pk", "S"),
              key("sk", "N"),
              List.of(
                  index("by_g_gr", true, key("g", "N"), key("gr", "S"), "KEYS_ONLY"),
                  new IndexSpec(
                      "by_lr", false, key("pk", "S"), key("lr", "S"), "INCLUDE", List.of("s", "m")))),
          new TableSpec(
              "diff_n_b",
              key("pk", "N"),
              key("sk", "B"),
              List.of(
                  new IndexSpec(
                      "by_g_gr", true, key("g", "B"), key("gr", "B"), "INCLUDE", List.of("n")),
                  index("by_lr", false, key("pk", "N"), key("lr", "B"), "KEYS_ONLY"))));

  private static KeyAttribute key(String name, String type) {
    return new KeyAttribute(name, type);
  }

  private static IndexSpec index(
      String name, boolean global, KeyAttribute hash, KeyAttribute range, String projection) {
    return new IndexSpec(name, global, hash, range, projection, List.of());
  }

  /** The type of {@code attribute} where this table or an index has it as a key, or null. */
  String keyTypeOf(String attribute) {
    return keyTypes().get(attribute);
  }

  Map<String, String> keyTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put(hash.name(), hash.type());
    if (range != null) {
      types.put(range.name(), range.type());
    }
    for (IndexSpec index : indexes) {
      types.put(index.hash().name(), index.hash().type());
      if (index.range() != null) {
        types.put(index.range().name(), index.range().type());
      }
    }
    return types;
  }

  ObjectNode createTableRequest() {
    ObjectNode request = Json.object().put("TableName", name);
    ArrayNode definitions = request.putArray("AttributeDefinitions");
    keyTypes()
        .forEach(
            (attribute, type) ->
                definitions.addObject().put("AttributeName", attribute).put("AttributeType", type));
    request.set("KeySchema", keySchema(hash, range));
    ArrayNode globals = Json.array();
    ArrayNode locals = Json.array();
    for (IndexSpec index : indexes) {
      ObjectNode node = (index.global() ? globals : locals).addObject();
      node.put("IndexName", index.name());
      node.set("KeySchema", keySchema(index.hash(), index.range()));
      ObjectNode projection = node.putObject("Projection").put("ProjectionType", index.projectionType());
      if (!index.nonKeyAttributes().isEmpty()) {
        ArrayNode nonKey = projection.putArray("NonKeyAttributes");
        index.nonKeyAttributes().forEach(nonKey::add);
      }
      if (index.global()) {
        node.putObject("ProvisionedThroughput")
            .put("ReadCapacityUnits", 5)
            .put("WriteCapacityUnits", 5);
      }
    }
    if (!globals.isEmpty()) {
      request.set("GlobalSecondaryIndexes", globals);
    }
    if (!locals.isEmpty()) {
      request.set("LocalSecondaryIndexes", locals);
    }
    request.putObject("ProvisionedThroughput").put("ReadCapacityUnits", 5).put("WriteCapacityUnits", 5);
    return request;
  }

  private static ArrayNode keySchema(KeyAttribute hash, KeyAttribute range) {
    ArrayNode schema = Json.array();
    schema.addObject().put("AttributeName", hash.name()).put("KeyType", "HASH");
    if (range != null) {
      schema.addObject().put("AttributeName", range.name()).put("KeyType", "RANGE");
    }
    return schema;
  }
}
