package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.attributeValues;
import static io.dynamap.local.api.CommonMembers.conditionalOperator;
import static io.dynamap.local.api.CommonMembers.expected;
import static io.dynamap.local.api.CommonMembers.expression;
import static io.dynamap.local.api.CommonMembers.expressionAttributeNames;
import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.CommonMembers.returnItemCollectionMetrics;
import static io.dynamap.local.api.CommonMembers.returnValues;
import static io.dynamap.local.api.CommonMembers.returnValuesOnConditionCheckFailure;
import static io.dynamap.local.api.CommonMembers.tableName;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.IndexDefinition;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Path;
import io.dynamap.local.expr.Update;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** UpdateItem: changes attributes of one item (creating it if absent), optionally conditioned. */
public final class UpdateItem implements Operation {
  private static final Shape SHAPE = Shape.of(
      returnConsumedCapacity(),
      tableName(),
      returnItemCollectionMetrics(),
      returnValues(),
      member("Key", Shape.ATTRIBUTE_MAP).notNull(),
      conditionalOperator(),
      expected(),
      member("AttributeUpdates", Shape.map(member("member", Shape.struct(true,
          "AttributeValueUpdate",
          member("Action", Shape.STRING).oneOf("ADD", "PUT", "DELETE"),
          member("Value", Shape.ATTRIBUTE_VALUE_FIELD))),
          "com.amazonaws.dynamodb.v20120810.AttributeValueUpdate")),
      expression("ConditionExpression"),
      expression("UpdateExpression"),
      attributeValues("ExpressionAttributeValues"),
      expressionAttributeNames(),
      returnValuesOnConditionCheckFailure());

  private final Engine engine;

  public UpdateItem(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "UpdateItem";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    Requests.checkExpressionParameters(request,
        List.of("UpdateExpression", "ConditionExpression"),
        List.of("AttributeUpdates", "Expected"));
    Map<String, Value> keyAttributes = Requests.attributeMap(request, "Key");
    Update update = LegacyUpdates.attributeUpdates(request);
    Condition condition = LegacyConditions.expected(request);
    ExpressionContext context = Requests.expressionContext(request);
    String updateExpression = Requests.text(request, "UpdateExpression");
    if (updateExpression != null) {
      Requests.checkNotEmpty(updateExpression, "UpdateExpression");
      update = Expressions.update(updateExpression, context);
    }
    String conditionExpression = Requests.text(request, "ConditionExpression");
    if (conditionExpression != null) {
      Requests.checkNotEmpty(conditionExpression, "ConditionExpression");
      condition = Expressions.condition(conditionExpression, context, "ConditionExpression");
    }
    context.checkAllUsed();

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    KeySchema keySchema = table.keySchema();
    PrimaryKey key = keySchema.keyOfKey(keyAttributes);
    Set<String> updated = update == null ? Set.of() : update.topLevelAttributes();
    for (String keyAttribute : keySchema.toMap(key).keySet()) {
      if (updated.contains(keyAttribute)) {
        throw DynamoException.validation("One or more parameter values were invalid: Cannot update"
            + " attribute " + keyAttribute + ". This attribute is part of the key");
      }
    }

    if (update != null) {
      checkIndexKeyTypes(table, update.topLevelTypes());
    }
    Reads.checkKeyPaths(table, updateExpression, request.get("ExpressionAttributeNames"));
    Condition check = condition;
    Update change = update;
    Table.WriteResult result = table.mutate(key, current -> {
      ItemReads.checkCondition(check, current, request);
      Map<String, Value> base = current != null ? current : keySchema.toMap(key);
      Map<String, Value> next = change == null ? new LinkedHashMap<>(base) : change.apply(base);
      if (updateExpression != null) {
        checkSetIndexKeys(table, change, next);
      }
      if (ItemSize.of(next) > Requests.MAX_ITEM_SIZE) {
        throw DynamoException.validation(
            "Item size to update has exceeded the maximum allowed size");
      }
      table.definition().validateIndexKeys(next);
      return next;
    });

    ObjectNode response = Requests.JSON.objectNode();
    Map<String, Value> attributes = returnedAttributes(Requests.text(request, "ReturnValues"),
        result.oldItem(), result.newItem(), update);
    if (attributes != null && !attributes.isEmpty()) {
      response.set("Attributes", Requests.itemJson(attributes));
    }
    ObjectNode capacity = Capacity.renderWrite(request, table.definition(), result.oldItem(),
        result.newItem());
    if (capacity != null) {
      response.set("ConsumedCapacity", capacity);
    }
    ObjectNode metrics = ItemCollectionMetrics.of(request, table, key);
    if (metrics != null) {
      response.set("ItemCollectionMetrics", metrics);
    }
    return response;
  }

  /**
   * Refuses an update that gives a secondary index key attribute a value of the wrong type where
   * the type is known without the item ({@code SET g = :n}, {@code ADD g :n}): DynamoDB checks
   * this before it reads the item, so before the condition and the update's run-time errors.
   * Global indexes are checked first, each key in its schema's order, as the item check does.
   */
  private static void checkIndexKeyTypes(Table table, Map<String, Value.Type> types) {
    if (types.isEmpty()) {
      return;
    }
    KeySchema tableKey = table.keySchema();
    for (IndexDefinition index : table.definition().indexes()) {
      KeySchema indexKey = index.keySchema();
      for (String attribute : new String[] {indexKey.partitionKey(), indexKey.sortKey()}) {
        if (attribute == null || tableKey.isKeyAttribute(attribute)) {
          continue;
        }
        Value.Type expected = attribute.equals(indexKey.partitionKey())
            ? indexKey.partitionType() : indexKey.sortType();
        Value.Type actual = types.get(attribute);
        if (actual != null && actual != expected) {
          throw DynamoException.validation("One or more parameter values were invalid: Type"
              + " mismatch for Index Key " + attribute + " Expected: " + expected + " Actual: "
              + actual + " IndexName: " + index.name());
        }
      }
    }
  }

  /**
   * Refuses an update expression that sets a secondary index key attribute, at the top level, to
   * a value of the wrong type read from the item ({@code SET g = other}), with the message
   * DynamoDB gives when the type is only known as the update runs.
   */
  private static void checkSetIndexKeys(Table table, Update update, Map<String, Value> item) {
    KeySchema tableKey = table.keySchema();
    for (IndexDefinition index : table.definition().indexes()) {
      KeySchema indexKey = index.keySchema();
      for (String attribute : new String[] {indexKey.partitionKey(), indexKey.sortKey()}) {
        if (attribute == null || tableKey.isKeyAttribute(attribute)
            || !update.topLevelAttributes().contains(attribute)
            || update.nestedAttributes().contains(attribute)) {
          continue;
        }
        Value value = item.get(attribute);
        Value.Type expected = attribute.equals(indexKey.partitionKey())
            ? indexKey.partitionType() : indexKey.sortType();
        if (value != null && value.type() != expected) {
          throw DynamoException.validation("The update expression attempted to update the"
              + " secondary index key to unsupported type");
        }
      }
    }
  }

  private static Map<String, Value> returnedAttributes(String returnValues,
      Map<String, Value> oldItem, Map<String, Value> newItem, Update update) {
    if (returnValues == null) {
      return null;
    }
    switch (returnValues) {
      case "ALL_OLD":
        return oldItem;
      case "UPDATED_OLD":
        return oldItem == null ? null : updatedPaths(oldItem, update);
      case "ALL_NEW":
        return newItem;
      case "UPDATED_NEW":
        return updatedPaths(newItem, update);
      default:
        return null;
    }
  }

  /** What an image holds at the paths the update names: nested paths return only their part. */
  private static Map<String, Value> updatedPaths(Map<String, Value> image, Update update) {
    if (update == null) {
      return Map.of();
    }
    List<Path> paths = update.paths();
    return paths.isEmpty() ? ItemReads.only(image, update.topLevelAttributes())
        : Expressions.projection(paths).apply(image);
  }
}
