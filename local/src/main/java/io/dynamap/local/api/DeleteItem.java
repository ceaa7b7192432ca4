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
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Legacy;
import io.dynamap.local.value.Value;
import java.util.List;
import java.util.Map;

/** DeleteItem: deletes one item by key, optionally under a condition. */
public final class DeleteItem implements Operation {
  private static final Shape SHAPE = Shape.of(
      returnConsumedCapacity(),
      tableName(),
      returnValues(),
      returnItemCollectionMetrics(),
      member("Key", Shape.ATTRIBUTE_MAP).notNull(),
      conditionalOperator(),
      expected(),
      expression("ConditionExpression"),
      attributeValues("ExpressionAttributeValues"),
      expressionAttributeNames(),
      returnValuesOnConditionCheckFailure());

  private final Engine engine;

  public DeleteItem(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "DeleteItem";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    Requests.checkExpressionParameters(request, List.of("ConditionExpression"),
        List.of("Expected"));
    Map<String, Value> keyAttributes = Requests.attributeMap(request, "Key");
    String returnValues = Requests.text(request, "ReturnValues");
    if (returnValues != null && !returnValues.equals("ALL_OLD") && !returnValues.equals("NONE")) {
      // AWS documents only NONE and ALL_OLD for DeleteItem.
      throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
    }
    Condition condition = Requests.has(request, "Expected")
        ? Legacy.expected(request.get("Expected"), Requests.text(request, "ConditionalOperator"))
        : null;
    ExpressionContext context = Requests.expressionContext(request);
    String conditionExpression = Requests.text(request, "ConditionExpression");
    if (conditionExpression != null) {
      Requests.checkNotEmpty(conditionExpression, "ConditionExpression");
      condition = Expressions.condition(conditionExpression, context, "ConditionExpression");
    }
    context.checkAllUsed();

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    PrimaryKey key = table.keySchema().keyOfKey(keyAttributes);
    Condition check = condition;
    Table.WriteResult result = table.mutate(key, current -> {
      ItemReads.checkCondition(check, current, request);
      return null;
    });

    ObjectNode response = Requests.JSON.objectNode();
    if ("ALL_OLD".equals(returnValues) && result.oldItem() != null) {
      response.set("Attributes", Requests.itemJson(result.oldItem()));
    }
    ObjectNode capacity = Capacity.renderWrite(request, table.definition(), result.oldItem(),
        null);
    if (capacity != null) {
      response.set("ConsumedCapacity", capacity);
    }
    ObjectNode metrics = ItemCollectionMetrics.of(request, table, key);
    if (metrics != null) {
      response.set("ItemCollectionMetrics", metrics);
    }
    return response;
  }
}
