package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.CommonMembers.returnItemCollectionMetrics;
import static io.dynamap.local.api.CommonMembers.returnValuesOnConditionCheckFailure;
import static io.dynamap.local.api.CommonMembers.tableName;
import static io.dynamap.local.api.CommonMembers.transactItems;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.ExpressionParameters;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Update;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
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

  private static final Shape SHAPE = Shape.of(
      transactItems(Shape.union(true, "TransactWriteItem", action(Kind.CONDITION_CHECK),
          action(Kind.PUT), action(Kind.DELETE), action(Kind.UPDATE))),
      returnConsumedCapacity(),
      returnItemCollectionMetrics(),
      member("ClientRequestToken", Shape.STRING).minLength(1).maxLength(36));

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

  static TransactWriteRequest parse(ObjectNode sent) {
    ObjectNode request = SHAPE.validate(sent);
    // The operation's own checks, action by action.
    JsonNode items = request.get("TransactItems");
    List<Action> actions = new ArrayList<>();
    long totalSize = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonNode action = items.get(i);
      if (action.size() > 1) {
        throw DynamoException.validation(
            "TransactItems can only contain one of Check, Put, Update or Delete");
      }
      if (action.size() == 0) {
        throw DynamoException.validation("Invalid Request: TransactWriteRequest should contain"
            + " Delete or Put or Update request");
      }
      Kind kind = null;
      for (Kind candidate : Kind.values()) {
        if (action.has(candidate.member)) {
          kind = candidate;
          break;
        }
      }
      ObjectNode body = (ObjectNode) action.get(kind.member);
      Map<String, Value> keyOrItem =
          ValueJson.readItem(body.get(kind == Kind.PUT ? "Item" : "Key"));
      // The action as sent: its expression maps with any nulls, as ExpressionContext reads them.
      ObjectNode sentBody = (ObjectNode) sent.get("TransactItems").get(i).get(kind.member);
      Action checked = checkExpressions(kind, body, sentBody, keyOrItem);
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
    return new TransactWriteRequest(List.copyOf(actions),
        Requests.text(request, "ClientRequestToken"),
        Requests.text(request, "ReturnConsumedCapacity"),
        Requests.text(request, "ReturnItemCollectionMetrics"));
  }

  /** An action's member of the request: its key (or item), expressions and table. */
  private static Shape.Member action(Kind kind) {
    List<Shape.Member> members = new ArrayList<>();
    members.add(member(kind == Kind.PUT ? "Item" : "Key", Shape.ATTRIBUTE_MAP_AS_READ).notNull());
    if (kind == Kind.UPDATE) {
      members.add(member("UpdateExpression", Shape.STRING).notNull());
    }
    members.add(tableName());
    Shape.Member condition = member("ConditionExpression", Shape.STRING);
    members.add(kind == Kind.CONDITION_CHECK ? condition.notNull() : condition);
    members.add(member("ExpressionAttributeNames", Shape.STRING_MAP_AS_READ));
    // Only type-checked here: their content is checked with the expressions, in DynamoDB's order.
    members.add(member("ExpressionAttributeValues", Shape.ATTRIBUTE_MAP_AS_READ));
    members.add(returnValuesOnConditionCheckFailure());
    return member(kind.member,
        Shape.struct(false, kind.member, members.toArray(new Shape.Member[0])));
  }

  /** DynamoDB's checks of an action's expressions and their placeholders. */
  private static Action checkExpressions(Kind kind, ObjectNode body, ObjectNode sentBody,
      Map<String, Value> keyOrItem) {
    boolean update = kind == Kind.UPDATE;
    String updateExpression = Requests.text(body, "UpdateExpression");
    String conditionExpression = Requests.text(body, "ConditionExpression");
    ExpressionParameters.check(sentBody, update
        ? List.of("UpdateExpression", "ConditionExpression") : List.of("ConditionExpression"),
        List.of());
    Update parsedUpdate = null;
    Condition condition = null;
    if (conditionExpression != null || updateExpression != null) {
      ExpressionContext context = ExpressionContext.read(
          sentBody.get("ExpressionAttributeNames"), sentBody.get("ExpressionAttributeValues"));
      if (update) {
        parsedUpdate = Expressions.update(updateExpression, context);
      }
      if (conditionExpression != null) {
        condition = Expressions.condition(conditionExpression, context, "ConditionExpression");
      }
      context.checkAllUsed();
    }
    boolean isPut = kind == Kind.PUT;
    return new Action(kind, Requests.text(body, "TableName"), isPut ? null : keyOrItem,
        isPut ? keyOrItem : null, condition, parsedUpdate,
        "ALL_OLD".equals(Requests.text(body, "ReturnValuesOnConditionCheckFailure")));
  }
}
