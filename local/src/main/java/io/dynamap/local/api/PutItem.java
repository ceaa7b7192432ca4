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
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.util.List;
import java.util.Map;

/** PutItem: writes a whole item, optionally under a condition. */
public final class PutItem implements Operation {
  private static final Shape SHAPE = Shape.of(
      returnConsumedCapacity(),
      tableName(),
      member("Item", Shape.ATTRIBUTE_MAP).notNull(),
      conditionalOperator(),
      expected(),
      returnValues(),
      returnItemCollectionMetrics(),
      expression("ConditionExpression"),
      attributeValues("ExpressionAttributeValues"),
      expressionAttributeNames(),
      returnValuesOnConditionCheckFailure());

  private final Engine engine;

  public PutItem(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "PutItem";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    Requests.checkExpressionParameters(request, List.of("ConditionExpression"),
        List.of("Expected"));
    Map<String, Value> item = Requests.attributeMap(request, "Item");
    String returnValues = ItemWrites.oldOrNone(request);
    if (ItemSize.of(item) > Requests.MAX_ITEM_SIZE) {
      throw DynamoException.validation("Item size has exceeded the maximum allowed size");
    }
    Condition condition = ItemWrites.condition(request);

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    PrimaryKey key = table.definition().validateItem(item);
    Table.WriteResult result = ItemWrites.write(table, key, condition, request, item);
    return ItemWrites.response(request, table, key, result,
        "ALL_OLD".equals(returnValues) ? result.oldItem() : null);
  }
}
