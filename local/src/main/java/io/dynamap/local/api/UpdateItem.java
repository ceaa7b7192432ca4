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
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Legacy;
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
    Update update = Requests.has(request, "AttributeUpdates")
        ? Legacy.attributeUpdates(request.get("AttributeUpdates")) : null;
    Condition condition = Requests.has(request, "Expected")
        ? Legacy.expected(request.get("Expected"), Requests.text(request, "ConditionalOperator"))
        : null;
    ExpressionContext context = Requests.expressionContext(request);
    String updateExpression = Requests.text(request, "UpdateExpression");
    if (updateExpression != null) {
      update = Expressions.update(updateExpression, context);
    }
    String conditionExpression = Requests.text(request, "ConditionExpression");
    if (conditionExpression != null) {
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

    checkIndexKeyTypes(table.definition(), update == null ? Map.of() : update.topLevelTypes());
    Reads.checkKeyPaths(table, update == null ? Set.of() : update.nestedAttributes());
    Condition check = condition;
    Update change = update;
    Table.WriteResult result = table.mutate(key, current -> {
      ItemReads.checkCondition(check, current, request);
      Map<String, Value> base = current != null ? current : keySchema.toMap(key);
      Map<String, Value> next = change == null ? new LinkedHashMap<>(base)
          : change.apply(base, (attribute, value) -> checkSetIndexKey(table, attribute, value));
      try {
        table.definition().validateIndexKeys(next);
      } catch (DynamoException e) {
        if (e.getMessage().contains("Type mismatch for Index Key")) {
          // Types known only once applied (SET g = other) fail with DynamoDB's run-time message.
          throw DynamoException.validation("The update expression attempted to update the"
              + " secondary index key to unsupported type");
        }
        throw e;
      }
      if (ItemSize.of(next) > Requests.MAX_ITEM_SIZE) {
        throw DynamoException.validation(
            "Item size to update has exceeded the maximum allowed size");
      }
      return next;
    });

    Map<String, Value> attributes = returnedAttributes(Requests.text(request, "ReturnValues"),
        result.oldItem(), result.newItem(), update);
    return ItemWrites.response(request, table, key, result, attributes);
  }

  /**
   * Refuses, before reading the item, an update giving a secondary index key attribute a type
   * other than its declared one, where the update's expression fixes the type.
   */
  private static void checkIndexKeyTypes(TableDefinition table, Map<String, Value.Type> types) {
    for (IndexDefinition index : table.indexes()) {
      KeySchema schema = index.keySchema();
      for (String name : schema.attributeNames()) {
        Value.Type declared = schema.typeOf(name);
        Value.Type actual = types.get(name);
        if (actual != null && actual != declared && !table.keySchema().isKeyAttribute(name)) {
          throw DynamoException.validation("One or more parameter values were invalid: Type"
              + " mismatch for Index Key " + name + " Expected: " + declared + " Actual: "
              + actual + " IndexName: " + index.name());
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

  /**
   * Refuses a top-level SET giving a secondary index key a value of another type (one read from
   * the item: values of the update itself are checked before the item is read).
   */
  private static void checkSetIndexKey(Table table, String attribute, Value value) {
    if (value == null || table.keySchema().isKeyAttribute(attribute)) {
      return;
    }
    for (IndexDefinition index : table.definition().indexes()) {
      Value.Type declared = index.keySchema().typeOf(attribute);
      if (declared != null && value.type() != declared) {
        throw DynamoException.validation("The update expression attempted to update the"
            + " secondary index key to unsupported type");
      }
    }
  }
}
