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
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.Value;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Scan: every item of a table or index, in storage order (by a hash of the partition key), in
 * parallel segments that split that hash range into disjoint parts.
 */
public final class Scan implements Operation {
  private static final Shape SHAPE = Shape.of(
      member("Select", Shape.STRING)
          .oneOf("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"),
      member("IndexName", Shape.STRING).pattern("[a-zA-Z0-9_.-]+").minLength(3).maxLength(255),
      member("TotalSegments", Shape.INTEGER).min(1).max(1000000),
      returnConsumedCapacity(),
      conditions("ScanFilter", true),
      tableName(),
      conditionalOperator(),
      member("Segment", Shape.INTEGER).min(0).max(999999),
      member("Limit", Shape.INTEGER).min(1),
      member("AttributesToGet", Shape.stringList()).minLength(1).maxLength(255),
      member("ExclusiveStartKey", Shape.ATTRIBUTE_MAP),
      member("ConsistentRead", Shape.BOOLEAN),
      expression("FilterExpression"),
      expression("ProjectionExpression"),
      attributeValues("ExpressionAttributeValues"),
      expressionAttributeNames());

  /** Segments split the 12 high bits of the 24-bit partition hash. */
  private static final int HASH_BUCKETS = 4096;

  private final Engine engine;

  public Scan(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "Scan";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    Requests.checkExpressionParameters(request,
        List.of("ProjectionExpression", "FilterExpression"),
        List.of("AttributesToGet", "ScanFilter", "ConditionalOperator"));
    Projection projection = ItemReads.attributesToGet(request);
    Condition filter = Requests.has(request, "ScanFilter")
        ? Legacy.filter(request.get("ScanFilter"), Requests.text(request, "ConditionalOperator"))
        : null;
    Map<String, Value> startKey = Reads.exclusiveStartKey(request);
    Integer segment = request.has("Segment") ? request.get("Segment").asInt() : null;
    Integer totalSegments =
        request.has("TotalSegments") ? request.get("TotalSegments").asInt() : null;
    if (segment != null && totalSegments == null) {
      throw DynamoException.validation("The TotalSegments parameter is required but was not"
          + " present in the request when Segment parameter is present");
    }
    if (totalSegments != null) {
      if (segment == null) {
        throw DynamoException.validation("The Segment parameter is required but was not present"
            + " in the request when parameter TotalSegments is present");
      }
      if (segment >= totalSegments) {
        throw DynamoException.validation("The Segment parameter is zero-based and must be less"
            + " than parameter TotalSegments: Segment: " + segment + " is not less than"
            + " TotalSegments: " + totalSegments);
      }
    }
    ExpressionContext context = Requests.expressionContext(request);
    String filterExpression = Requests.text(request, "FilterExpression");
    if (filterExpression != null) {
      filter = Expressions.condition(filterExpression, context, "FilterExpression");
    }
    String projectionExpression = Requests.text(request, "ProjectionExpression");
    if (projectionExpression != null) {
      projection = Expressions.projection(projectionExpression, context);
    }
    context.checkAllUsed();

    // DynamoDB's order: the table and index, the start key's elements of the index's key, Select,
    // the start key's table key and segment, then document paths into keys.
    Table table = engine.usableTable(Requests.text(request, "TableName"));
    Reads.Target target = Reads.Target.of(table, Requests.text(request, "IndexName"),
        Requests.flag(request, "ConsistentRead"));
    if (startKey != null) {
      checkStartKeyElements(target, startKey);
    }
    Reads.Returned returned = Reads.returned(Requests.text(request, "Select"),
        projectionExpression != null ? "ProjectionExpression"
            : request.has("AttributesToGet") ? "AttributesToGet" : null, target);
    int firstBucket = 0;
    int lastBucket = HASH_BUCKETS - 1;
    if (totalSegments != null && totalSegments > 1) {
      firstBucket = ceilDiv(HASH_BUCKETS * (long) segment, totalSegments);
      lastBucket = ceilDiv(HASH_BUCKETS * (long) (segment + 1), totalSegments) - 1;
    }
    if (startKey != null) {
      startHash(target, startKey, firstBucket, lastBucket, segment, totalSegments);
    }
    Reads.checkKeyPaths(table, projection == null ? Set.of() : projection.nestedAttributes());
    Reads.checkKeyPaths(table, filter == null ? Set.of() : filter.nestedAttributes());
    Reads.checkGlobalProjection(target, projection);

    Iterator<Map<String, Value>> entries = entries(target, startKey, firstBucket, lastBucket,
        segment, totalSegments);
    Integer limit = request.has("Limit") ? request.get("Limit").asInt() : null;
    Reads.Page page = Reads.readPage(entries, limit, target);
    return Reads.respond(request, page, target, returned, filter, projection);
  }

  private static int ceilDiv(long dividend, long divisor) {
    return (int) ((dividend + divisor - 1) / divisor);
  }

  private static Iterator<Map<String, Value>> entries(Reads.Target target,
      Map<String, Value> startKey, int firstBucket, int lastBucket, Integer segment,
      Integer totalSegments) {
    Iterator<? extends Map.Entry<?, Map<String, Value>>> ordered;
    ToIntFunction<Object> hashOf;
    if (target.index == null) {
      NavigableMap<PrimaryKey, Map<String, Value>> items = target.table.items();
      if (startKey != null) {
        PrimaryKey start = tableStartKey(target, startKey);
        checkSegment(start.partitionHash(), firstBucket, lastBucket, segment, totalSegments);
        items = items.tailMap(start, false);
      }
      ordered = items.entrySet().iterator();
      hashOf = key -> ((PrimaryKey) key).partitionHash();
    } else {
      NavigableMap<IndexEntryKey, Map<String, Value>> entries = target.indexData.entries();
      if (startKey != null) {
        KeySchema schema = target.keySchema();
        PrimaryKey tableKey = tableStartKey(target, startKey);
        IndexEntryKey start = IndexEntryKey.of(schema, startKey, tableKey);
        checkSegment(start.partitionHash(), firstBucket, lastBucket, segment, totalSegments);
        entries = entries.tailMap(start, false);
      }
      ordered = entries.entrySet().iterator();
      hashOf = key -> ((IndexEntryKey) key).partitionHash();
    }
    return new Lookahead<>() {
      @Override
      protected Map<String, Value> advance() {
        while (ordered.hasNext()) {
          Map.Entry<?, Map<String, Value>> entry = ordered.next();
          int bucket = hashOf.applyAsInt(entry.getKey()) >>> 12;
          if (bucket > lastBucket) {
            return null; // storage is in hash order: the segment is over
          }
          if (bucket >= firstBucket) {
            return entry.getValue();
          }
        }
        return null;
      }
    };
  }

  /**
   * Checks ExclusiveStartKey's size and, on an index, its elements of the index's key, which
   * DynamoDB does before Select and the table's key.
   */
  private static void checkStartKeyElements(Reads.Target target, Map<String, Value> startKey) {
    if (target.index == null) {
      if (startKey.size() != target.table.keySchema().size()) {
        throw DynamoException.validation("The provided starting key is invalid: The provided key"
            + " element does not match the schema");
      }
      return;
    }
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

  /** Checks the start key's table key and that it falls in the segment scanned. */
  private static void startHash(Reads.Target target, Map<String, Value> startKey,
      int firstBucket, int lastBucket, Integer segment, Integer totalSegments) {
    PrimaryKey tableKey = tableStartKey(target, startKey);
    int hash = tableKey.partitionHash();
    if (target.index != null) {
      KeySchema schema = target.keySchema();
      hash = IndexEntryKey.of(schema, startKey, tableKey).partitionHash();
    }
    checkSegment(hash, firstBucket, lastBucket, segment, totalSegments);
  }

  /** The table key of an ExclusiveStartKey, refused as DynamoDB refuses it. */
  private static PrimaryKey tableStartKey(Reads.Target target, Map<String, Value> startKey) {
    KeySchema tableSchema = target.table.keySchema();
    if (target.index == null && startKey.size() != tableSchema.size()) {
      throw DynamoException.validation("The provided starting key is invalid: The provided key"
          + " element does not match the schema");
    }
    try {
      return tableSchema.keyOfKey(tableSchema.keyAttributes(startKey));
    } catch (DynamoException e) {
      throw DynamoException.validation("The provided starting key is invalid: " + e.getMessage());
    }
  }

  private static void checkSegment(int hash, int firstBucket, int lastBucket, Integer segment,
      Integer totalSegments) {
    int bucket = hash >>> 12;
    if (totalSegments != null && totalSegments > 1
        && (bucket < firstBucket || bucket > lastBucket)) {
      throw DynamoException.validation("The provided starting key is invalid: Invalid"
          + " ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: "
          + totalSegments + " Segment: " + segment);
    }
  }
}
