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
import java.util.NoSuchElementException;
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
    if (!Requests.has(request, "KeyConditions") && keyExpression == null) {
      throw DynamoException.validation("Either the KeyConditions or KeyConditionExpression"
          + " parameter must be specified in the request.");
    }
    ExpressionContext context = Requests.expressionContext(request);

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    Reads.Target target = Reads.Target.of(table, Requests.text(request, "IndexName"),
        Requests.flag(request, "ConsistentRead"));
    KeySchema schema = target.keySchema();
    if (request.has("QueryFilter")) {
      for (String key : new String[] {schema.partitionKey(), schema.sortKey()}) {
        if (key != null && request.get("QueryFilter").has(key)) {
          throw DynamoException.validation("QueryFilter can only contain non-primary key"
              + " attributes: Primary key attribute: " + key);
        }
      }
    }
    KeyCondition keyCondition;
    if (keyExpression != null) {
      Requests.checkNotEmpty(keyExpression, "KeyConditionExpression");
      keyCondition = Expressions.keyCondition(keyExpression, context, schema.partitionKey(),
          schema.partitionType(), schema.sortKey(), schema.sortType());
    } else {
      keyCondition = Legacy.keyConditions(request.get("KeyConditions"), schema.partitionKey(),
          schema.partitionType(), schema.sortKey(), schema.sortType());
    }
    String filterExpression = Requests.text(request, "FilterExpression");
    if (filterExpression != null) {
      Requests.checkNotEmpty(filterExpression, "FilterExpression");
      filter = Expressions.condition(filterExpression, context, "FilterExpression");
      for (String key : new String[] {schema.partitionKey(), schema.sortKey()}) {
        if (key != null && filter.topLevelAttributes().contains(key)) {
          throw DynamoException.validation("Filter Expression can only contain non-primary key"
              + " attributes: Primary key attribute: " + key);
        }
      }
    }
    String projectionExpression = Requests.text(request, "ProjectionExpression");
    if (projectionExpression != null) {
      Requests.checkNotEmpty(projectionExpression, "ProjectionExpression");
      projection = Expressions.projection(projectionExpression, context);
    }
    context.checkAllUsed();
    Reads.Returned returned = Reads.returned(Requests.text(request, "Select"),
        projectionExpression != null ? "ProjectionExpression"
            : request.has("AttributesToGet") ? "AttributesToGet" : null, target);
    Reads.checkKeyPaths(table, projection == null ? Set.of() : projection.nestedAttributes());
    Reads.checkKeyPaths(table, filter == null ? Set.of() : filter.nestedAttributes());
    Reads.checkGlobalProjection(target, projection);

    boolean forward = !request.has("ScanIndexForward")
        || request.get("ScanIndexForward").asBoolean();
    Iterator<Map<String, Value>> entries = entries(target, keyCondition, startKey, forward);
    Integer limit = request.has("Limit") ? request.get("Limit").asInt() : null;
    Reads.Page page = Reads.readPage(entries, limit, target);
    return Reads.respond(request, page, target, returned, filter, projection);
  }

  /** The entries of the queried partition matching the sort condition, after the start key. */
  private static Iterator<Map<String, Value>> entries(Reads.Target target,
      KeyCondition condition, Map<String, Value> startKey, boolean forward) {
    KeySchema schema = target.keySchema();
    NavigableMap<?, Map<String, Value>> partition;
    if (target.index == null) {
      NavigableMap<PrimaryKey, Map<String, Value>> items =
          target.table.partition(condition.partitionValue());
      if (startKey != null) {
        PrimaryKey start = checkStartKey(target, condition, startKey);
        items = forward ? items.tailMap(start, false) : items.headMap(start, false);
      }
      partition = items;
    } else {
      NavigableMap<IndexEntryKey, Map<String, Value>> entries =
          target.indexData.partition(condition.partitionValue());
      if (startKey != null) {
        PrimaryKey tableKey = checkStartKey(target, condition, startKey);
        IndexEntryKey start = new IndexEntryKey(startKey.get(schema.partitionKey()),
            schema.hasSortKey() ? startKey.get(schema.sortKey()) : null, tableKey);
        entries = forward ? entries.tailMap(start, false) : entries.headMap(start, false);
      }
      partition = entries;
    }
    Iterator<Map<String, Value>> ordered =
        (forward ? partition : partition.descendingMap()).values().iterator();
    String sortKey = schema.sortKey();
    return new Iterator<>() {
      private Map<String, Value> next = advance();

      private Map<String, Value> advance() {
        while (ordered.hasNext()) {
          Map<String, Value> entry = ordered.next();
          if (condition.sortOperator() == null || condition.matchesSort(entry.get(sortKey))) {
            return entry;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Map<String, Value> next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Map<String, Value> current = next;
        next = advance();
        return current;
      }
    };
  }

  /** Validates ExclusiveStartKey against the key schemas and the key condition; its table key. */
  private static PrimaryKey checkStartKey(Reads.Target target, KeyCondition condition,
      Map<String, Value> startKey) {
    KeySchema schema = target.keySchema();
    if (startKey.size() != target.startKeyNames().size()) {
      throw DynamoException.validation("The provided starting key is invalid");
    }
    for (String name : new String[] {schema.partitionKey(), schema.sortKey()}) {
      if (name != null && !startKey.containsKey(name)) {
        throw DynamoException.validation("The provided starting key is invalid");
      }
    }
    schema.keyOfKey(schema.keyAttributes(startKey));
    PrimaryKey tableKey;
    try {
      KeySchema tableSchema = target.table.keySchema();
      tableKey = tableSchema.keyOfKey(tableSchema.keyAttributes(startKey));
    } catch (DynamoException e) {
      throw DynamoException.validation("The provided starting key is invalid: " + e.getMessage());
    }
    boolean samePartition = condition.partitionValue().equals(startKey.get(schema.partitionKey()));
    if (condition.sortOperator() == null) {
      if (!samePartition) {
        throw DynamoException.validation("The provided starting key is outside query boundaries"
            + " based on provided conditions");
      }
    } else {
      if (!condition.matchesSort(startKey.get(schema.sortKey()))) {
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
