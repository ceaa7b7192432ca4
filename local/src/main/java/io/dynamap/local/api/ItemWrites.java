package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Legacy;
import io.dynamap.local.value.Value;
import java.util.Map;

/** The steps PutItem and DeleteItem share: a conditional write of one item and its response. */
final class ItemWrites {
  private ItemWrites() {}

  /**
   * The request's {@code ReturnValues}, refused unless ALL_OLD or NONE: the member's enum allows
   * more, which only UpdateItem takes.
   */
  static String oldOrNone(ObjectNode request) {
    String returnValues = Requests.text(request, "ReturnValues");
    if (returnValues != null && !returnValues.equals("ALL_OLD") && !returnValues.equals("NONE")) {
      throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
    }
    return returnValues;
  }

  /**
   * The write's condition, null for none: the legacy {@code Expected}, or the {@code
   * ConditionExpression} with the request's placeholders, which must all be used.
   */
  static Condition condition(ObjectNode request) {
    Condition condition = Requests.has(request, "Expected")
        ? Legacy.expected(request.get("Expected"), Requests.text(request, "ConditionalOperator"))
        : null;
    ExpressionContext context = Requests.expressionContext(request);
    String conditionExpression = Requests.text(request, "ConditionExpression");
    if (conditionExpression != null) {
      condition = Expressions.condition(conditionExpression, context, "ConditionExpression");
    }
    context.checkAllUsed();
    return condition;
  }

  /** Writes {@code newItem} (null deletes) under {@code key} if the item meets the condition. */
  static Table.WriteResult write(Table table, PrimaryKey key, Condition condition,
      ObjectNode request, Map<String, Value> newItem) {
    return table.mutate(key, current -> {
      ItemReads.checkCondition(condition, current, request);
      return newItem;
    });
  }

  /**
   * The response of a single-item write: {@code attributes} (null or empty for none), the consumed
   * capacity and the item collection metrics, each where the request asks for it.
   */
  static ObjectNode response(ObjectNode request, Table table, PrimaryKey key,
      Table.WriteResult result, Map<String, Value> attributes) {
    ObjectNode response = Requests.JSON.objectNode();
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
}
