package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.ExpressionParameters;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Update;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code TransactWriteItems} request, read and validated as far as it can be without the tables
 * (API reference, TransactWriteItems and TransactWriteItem): the deserializer's type errors, the
 * declared constraints (1 to 100 actions, a token of 1 to 36 characters, required members, table
 * name patterns, enums), then per action: exactly one of ConditionCheck, Put, Delete or Update,
 * valid attribute values, the expression parameters, the 400 KB item limit; then the 4 MB limit
 * on the transaction's items.
 */
final class TransactWriteRequest {
  static final int MAX_ACTIONS = 100;
  /** "The aggregate size of the items in the transaction cannot exceed 4 MB." */
  static final long MAX_TRANSACTION_SIZE = 4L * 1024 * 1024;

  /** The kinds of action, in the order of the API's {@code TransactWriteItem} members. */
  enum Kind {
    CONDITION_CHECK("ConditionCheck"), PUT("Put"), DELETE("Delete"), UPDATE("Update");

    final String member;

    Kind(String member) {
      this.member = member;
    }

    /** The member's name in constraint paths: {@code conditionCheck}, {@code put}, ... */
    String pathName() {
      return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
  }

  /**
   * One action of the transaction.
   *
   * @param key the {@code Key} (null for a put)
   * @param item the {@code Item} of a put (null otherwise)
   * @param condition null where the action has no {@code ConditionExpression}
   * @param update the {@code UpdateExpression} of an update (null otherwise)
   * @param returnOldItemOnFailure {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}
   */
  record Action(Kind kind, String tableName, Map<String, Value> key, Map<String, Value> item,
      Condition condition, Update update, boolean returnOldItemOnFailure) {}

  final List<Action> actions;
  final String clientRequestToken;
  final String returnConsumedCapacity;
  final String returnItemCollectionMetrics;

  private TransactWriteRequest(List<Action> actions, String clientRequestToken,
      String returnConsumedCapacity, String returnItemCollectionMetrics) {
    this.actions = actions;
    this.clientRequestToken = clientRequestToken;
    this.returnConsumedCapacity = returnConsumedCapacity;
    this.returnItemCollectionMetrics = returnItemCollectionMetrics;
  }

  /** One action's members as read, before the operation's own checks. */
  private static final class ParsedAction {
    ObjectNode body;
    int kinds;
    Kind kind;
    String tableName;
    boolean hasKeyOrItem;
    Map<String, Value> keyOrItem;
    String conditionExpression;
    String updateExpression;
    String returnValuesOnConditionCheckFailure;
    DynamoException valueError;
  }

  static TransactWriteRequest parse(ObjectNode request) {
    // 1. The deserializer, in the order of the API's model.
    ArrayNode items = RequestShapes.list(request, "TransactItems");
    RequestShapes shapes = new RequestShapes();
    List<ParsedAction> parsed = new ArrayList<>();
    if (items != null) {
      for (JsonNode member : items) {
        parsed.add(parseAction(member, shapes));
      }
    }
    String returnConsumedCapacity = RequestShapes.string(request, "ReturnConsumedCapacity");
    String returnItemCollectionMetrics =
        RequestShapes.string(request, "ReturnItemCollectionMetrics");
    String token = RequestShapes.string(request, "ClientRequestToken");

    // 2. The declared constraints.
    ConstraintViolations violations = new ConstraintViolations();
    violations.notNull("transactItems", items);
    if (items != null) {
      violations.length("transactItems", items, items.size(), 1, MAX_ACTIONS);
    }
    for (int i = 0; i < parsed.size(); i++) {
      ParsedAction action = parsed.get(i);
      if (action.kind == null) {
        continue;
      }
      String path = "transactItems." + (i + 1) + ".member." + action.kind.pathName() + ".";
      violations.notNull(path + (action.kind == Kind.PUT ? "item" : "key"),
          action.hasKeyOrItem ? action : null);
      if (action.kind == Kind.UPDATE) {
        violations.notNull(path + "updateExpression", action.updateExpression);
      }
      violations.notNull(path + "tableName", action.tableName);
      violations.tableName(path + "tableName", action.tableName);
      if (action.kind == Kind.CONDITION_CHECK) {
        violations.notNull(path + "conditionExpression", action.conditionExpression);
      }
      violations.enumValue(path + "returnValuesOnConditionCheckFailure",
          action.returnValuesOnConditionCheckFailure, "ALL_OLD", "NONE");
    }
    violations.enumValue("returnConsumedCapacity", returnConsumedCapacity,
        "INDEXES", "TOTAL", "NONE");
    violations.enumValue("returnItemCollectionMetrics", returnItemCollectionMetrics,
        "SIZE", "NONE");
    if (token != null) {
      violations.length("clientRequestToken", token, token.length(), 1, 36);
    }
    violations.throwIfAny();

    // 3. The operation's own checks, action by action.
    List<Action> actions = new ArrayList<>();
    long totalSize = 0;
    for (ParsedAction action : parsed) {
      if (action.kinds > 1) {
        throw DynamoException.validation(
            "TransactItems can only contain one of Check, Put, Update or Delete");
      }
      if (action.kinds == 0) {
        throw DynamoException.validation("Invalid Request: TransactWriteRequest should contain"
            + " Delete or Put or Update request");
      }
      if (action.valueError != null) {
        throw action.valueError;
      }
      Action checked = checkExpressions(action);
      if (checked.item() != null) {
        long size = ItemSize.of(checked.item());
        if (size > Requests.MAX_ITEM_SIZE) {
          throw DynamoException.validation("Item size has exceeded the maximum allowed size");
        }
        totalSize += size;
      } else {
        totalSize += ItemSize.of(checked.key());
      }
      actions.add(checked);
    }
    if (totalSize > MAX_TRANSACTION_SIZE) {
      throw DynamoException.validation("Transaction request cannot be larger than 4 MB");
    }
    return new TransactWriteRequest(List.copyOf(actions), token, returnConsumedCapacity,
        returnItemCollectionMetrics);
  }

  private static ParsedAction parseAction(JsonNode member, RequestShapes shapes) {
    ObjectNode json = RequestShapes.valueStruct(member, "TransactWriteItem");
    ParsedAction action = new ParsedAction();
    for (Kind kind : Kind.values()) {
      ObjectNode body = RequestShapes.fieldStruct(json, kind.member, kind.member);
      if (body == null) {
        continue;
      }
      action.kinds++;
      if (action.kind != null) {
        continue; // refused once the constraints are checked
      }
      action.kind = kind;
      action.body = body;
      Map<String, Value> keyOrItem =
          shapes.attributeMap(body, kind == Kind.PUT ? "Item" : "Key");
      action.hasKeyOrItem = keyOrItem != null;
      action.keyOrItem = keyOrItem;
      if (kind == Kind.UPDATE) {
        action.updateExpression = RequestShapes.string(body, "UpdateExpression");
      }
      action.tableName = RequestShapes.string(body, "TableName");
      action.conditionExpression = RequestShapes.string(body, "ConditionExpression");
      RequestShapes.names(body);
      DynamoException keyOrItemError = shapes.takeDeferred();
      // Only type-checked here: their content is checked with the expressions, in DynamoDB's order.
      shapes.attributeMap(body, "ExpressionAttributeValues");
      shapes.takeDeferred();
      action.returnValuesOnConditionCheckFailure =
          RequestShapes.string(body, "ReturnValuesOnConditionCheckFailure");
      action.valueError = keyOrItemError;
    }
    return action;
  }

  /** DynamoDB's checks of an action's expressions and their placeholders. */
  private static Action checkExpressions(ParsedAction action) {
    boolean update = action.kind == Kind.UPDATE;
    ExpressionParameters.check(action.body, update
        ? List.of("UpdateExpression", "ConditionExpression") : List.of("ConditionExpression"),
        List.of());
    Update parsedUpdate = null;
    Condition condition = null;
    if (action.conditionExpression != null || action.updateExpression != null) {
      ExpressionContext context = ExpressionContext.read(
          action.body.get("ExpressionAttributeNames"), action.body.get("ExpressionAttributeValues"));
      if (update) {
        Requests.checkNotEmpty(action.updateExpression, "UpdateExpression");
        parsedUpdate = Expressions.update(action.updateExpression, context);
      }
      if (action.conditionExpression != null) {
        Requests.checkNotEmpty(action.conditionExpression, "ConditionExpression");
        condition = Expressions.condition(action.conditionExpression, context,
            "ConditionExpression");
      }
      context.checkAllUsed();
    }
    boolean isPut = action.kind == Kind.PUT;
    return new Action(action.kind, action.tableName, isPut ? null : action.keyOrItem,
        isPut ? action.keyOrItem : null, condition, parsedUpdate,
        "ALL_OLD".equals(action.returnValuesOnConditionCheckFailure));
  }
}
