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
    String returnValues = ItemWrites.oldOrNone(request);
    Condition condition = ItemWrites.condition(request);

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    PrimaryKey key = table.keySchema().keyOfKey(keyAttributes);
    Table.WriteResult result = ItemWrites.write(table, key, condition, request, null);
    return ItemWrites.response(request, table, key, result,
        "ALL_OLD".equals(returnValues) ? result.oldItem() : null);
  }
}
