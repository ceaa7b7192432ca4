package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.attributeValues;
import static io.dynamap.local.api.CommonMembers.conditionalOperator;
import static io.dynamap.local.api.CommonMembers.conditions;
import static io.dynamap.local.api.CommonMembers.expression;
import static io.dynamap.local.api.CommonMembers.expressionAttributeNames;
import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.CommonMembers.tableName;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.IndexEntryKey;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Legacy;
import io.dynamap.local.expr.KeyCondition;
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.Value;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/** Query: the items of one partition of a table or index, in sort key order. */
public final class Query implements Operation {
  private static final Shape SHAPE = Shape.of(
      member("Select", Shape.STRING)
          .oneOf("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"),
      member("IndexName", Shape.STRING).pattern("[a-zA-Z0-9_.-]+").minLength(3).maxLength(255),
      returnConsumedCapacity(),
      conditions("QueryFilter", true),
      tableName(),
      conditionalOperator(),
      member("AttributesToGet", Shape.stringList()).minLength(1).maxLength(255),
      member("Limit", Shape.INTEGER).min(1),
      conditions("KeyConditions", true),
      member("ExclusiveStartKey", Shape.ATTRIBUTE_MAP),
      member("ConsistentRead", Shape.BOOLEAN),
      member("ScanIndexForward", Shape.BOOLEAN),
      expression("KeyConditionExpression"),
      expression("FilterExpression"),
      expression("ProjectionExpression"),
      attributeValues("ExpressionAttributeValues"),
      expressionAttributeNames());

  private final Engine engine;

  public Query(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "Query";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    // DynamoDB's order: the request alone (expressions parsed, placeholders used), then the table
    // and index, the start key and key condition against their schemas, the filter and Select.
    ObjectNode request = SHAPE.validate(raw);
    Requests.checkExpressionParameters(request,
        List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
        List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"));
    Condition filter = Requests.has(request, "QueryFilter")
        ? Legacy.filter(request.get("QueryFilter"), Requests.text(request, "ConditionalOperator"))
        : null;
    Projection projection = ItemReads.attributesToGet(request);
    Map<String, Value> startKey = Reads.exclusiveStartKey(request);
    String keyExpression = Requests.text(request, "KeyConditionExpression");
    boolean legacyKey = Requests.has(request, "KeyConditions");
    if (!legacyKey && keyExpression == null) {
      throw DynamoException.validation("Either the KeyConditions or KeyConditionExpression"
          + " parameter must be specified in the request.");
    }
    ExpressionContext context = Requests.expressionContext(request);
    if (keyExpression != null) {
      Expressions.condition(keyExpression, context, "KeyConditionExpression");
    }
    String filterExpression = Requests.text(request, "FilterExpression");
    if (filterExpression != null) {
      filter = Expressions.condition(filterExpression, context, "FilterExpression");
    }
    String projectionExpression = Requests.text(request, "ProjectionExpression");
    if (projectionExpression != null) {
      projection = Expressions.projection(projectionExpression, context);
    }
    context.checkAllUsed();
    if (keyExpression != null) {
      Expressions.checkKeyCondition(keyExpression, context);
    } else {
      // The conditions' own shape and number, before the table: as a filter, whatever the keys.
      Legacy.filter(request.get("KeyConditions"), null);
      Expressions.checkKeyConditionCount(request.get("KeyConditions").size());
    }

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    Reads.Target target = Reads.Target.of(table, Requests.text(request, "IndexName"),
        Requests.flag(request, "ConsistentRead"));
    KeySchema schema = target.keySchema();
    if (startKey != null) {
      checkStartKeyElements(target, startKey);
    }
    KeyCondition keyCondition = keyExpression != null
        ? Expressions.keyCondition(keyExpression, context, schema.partitionTypes(),
            schema.sortTypes())
        : Legacy.keyConditions(request.get("KeyConditions"), schema.partitionTypes(),
            schema.sortTypes());
    PrimaryKey startTableKey =
        startKey == null ? null : checkStartKey(target, keyCondition, startKey);
    Reads.checkKeyPaths(table, projection == null ? Set.of() : projection.nestedAttributes());
    Set<String> filtered = new java.util.HashSet<>();
    if (request.has("QueryFilter")) {
      request.get("QueryFilter").fieldNames().forEachRemaining(filtered::add);
    } else if (filter != null) {
      filtered.addAll(filter.topLevelAttributes());
    }
    for (String key : schema.attributeNames()) {
      if (filtered.contains(key)) {
        throw DynamoException.validation((request.has("QueryFilter") ? "QueryFilter"
            : "Filter Expression") + " can only contain non-primary key attributes: Primary key"
            + " attribute: " + key);
      }
    }
    Reads.Returned returned = Reads.returned(Requests.text(request, "Select"),
        projectionExpression != null ? "ProjectionExpression"
            : request.has("AttributesToGet") ? "AttributesToGet" : null, target);
    Reads.checkKeyPaths(table, filter == null ? Set.of() : filter.nestedAttributes());
    Reads.checkGlobalProjection(target, projection);

    boolean forward = !request.has("ScanIndexForward")
        || request.get("ScanIndexForward").asBoolean();
    Iterator<Map<String, Value>> entries =
        entries(target, keyCondition, startKey, startTableKey, forward);
    Integer limit = request.has("Limit") ? request.get("Limit").asInt() : null;
    Reads.Page page = Reads.readPage(entries, limit, target);
    return Reads.respond(request, page, target, returned, filter, projection);
  }

  /** The entries of the queried partition matching the sort condition, after the start key. */
  private static Iterator<Map<String, Value>> entries(Reads.Target target,
      KeyCondition condition, Map<String, Value> startKey, PrimaryKey startTableKey,
      boolean forward) {
    KeySchema schema = target.keySchema();
    NavigableMap<?, Map<String, Value>> partition;
    if (target.index == null) {
      NavigableMap<PrimaryKey, Map<String, Value>> items =
          target.table.partition(condition.partitionValue());
      if (startKey != null) {
        items = forward ? items.tailMap(startTableKey, false)
            : items.headMap(startTableKey, false);
      }
      partition = items;
    } else {
      NavigableMap<IndexEntryKey, Map<String, Value>> entries =
          target.indexData.partition(condition.partitionValues());
      if (startKey != null) {
        IndexEntryKey start = IndexEntryKey.of(schema, startKey, startTableKey);
        entries = forward ? entries.tailMap(start, false) : entries.headMap(start, false);
      }
      partition = entries;
    }
    Iterator<Map<String, Value>> ordered =
        (forward ? partition : partition.descendingMap()).values().iterator();
    return new Lookahead<>() {
      @Override
      protected Map<String, Value> advance() {
        while (ordered.hasNext()) {
          Map<String, Value> entry = ordered.next();
          if (condition.sortOperator() == null
              || condition.matchesSortValues(schema.sortValues(entry))) {
            return entry;
          }
        }
        return null;
      }
    };
  }

  /**
   * Validates ExclusiveStartKey's attributes of the key schema read (the index's or the table's),
   * which DynamoDB does before it checks the key condition.
   */
  private static void checkStartKeyElements(Reads.Target target, Map<String, Value> startKey) {
    KeySchema schema = target.keySchema();
    if (startKey.size() != target.startKeyNames().size()) {
      throw DynamoException.validation("The provided starting key is invalid");
    }
    for (String name : schema.attributeNames()) {
      if (!startKey.containsKey(name)) {
        throw DynamoException.validation("The provided starting key is invalid");
      }
    }
    schema.checkKey(schema.keyAttributes(startKey));
  }

  /**
   * Validates ExclusiveStartKey against the table's key schema and the key condition (its
   * elements of the schema read are checked already); its table key.
   */
  private static PrimaryKey checkStartKey(Reads.Target target, KeyCondition condition,
      Map<String, Value> startKey) {
    KeySchema schema = target.keySchema();
    PrimaryKey tableKey;
    try {
      KeySchema tableSchema = target.table.keySchema();
      tableKey = tableSchema.keyOfKey(tableSchema.keyAttributes(startKey));
    } catch (DynamoException e) {
      throw DynamoException.validation("The provided starting key is invalid: " + e.getMessage());
    }
    boolean samePartition =
        condition.partitionValues().equals(schema.partitionValues(startKey));
    if (condition.sortOperator() == null) {
      if (!samePartition) {
        throw DynamoException.validation("The provided starting key is outside query boundaries"
            + " based on provided conditions");
      }
    } else {
      if (!condition.matchesSortValues(schema.sortValues(startKey))) {
        throw DynamoException.validation(
            "The provided starting key does not match the range key predicate");
      }
      if (!samePartition) {
        throw DynamoException.validation(
            "The query can return at most one row and cannot be restarted");
      }
    }
    return tableKey;
  }
}
