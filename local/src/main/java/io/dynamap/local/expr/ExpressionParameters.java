package io.dynamap.local.expr;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamap.local.api.DynamoException;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's checks on which expression and legacy parameters a request combines, made before
 * its expressions are parsed.
 */
public final class ExpressionParameters {
  private ExpressionParameters() {}

  /**
   * Refuses a request mixing expression and legacy parameters, or giving placeholders without
   * expressions, with DynamoDB's messages.
   *
   * @param expressionParameters the operation's expression parameters, in DynamoDB's order (e.g.
   *     {@code UpdateExpression, ConditionExpression} for UpdateItem; {@code
   *     ProjectionExpression, FilterExpression, KeyConditionExpression} for Query)
   * @param legacyParameters the operation's legacy parameters, in DynamoDB's order (e.g. {@code
   *     AttributeUpdates, Expected}; {@code AttributesToGet, QueryFilter, ConditionalOperator,
   *     KeyConditions} for Query)
   */
  public static void check(
      JsonNode request, List<String> expressionParameters, List<String> legacyParameters) {
    List<String> expressions = present(request, expressionParameters);
    if (!expressions.isEmpty()) {
      List<String> legacy = new ArrayList<>(legacyParameters);
      // A Query may combine KeyConditions with the other expressions, not with its own.
      if (given(request, "KeyConditions") && !given(request, "KeyConditionExpression")) {
        legacy.remove("KeyConditions");
      }
      List<String> legacyGiven = present(request, legacy);
      if (!legacyGiven.isEmpty()) {
        throw DynamoException.validation(
            "Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {" + String.join(", ", legacyGiven) + "} "
                + "Expression parameters: {" + String.join(", ", expressions) + "}");
      }
    }
    if (given(request, "ExpressionAttributeNames") && expressions.isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    List<String> valueExpressions = new ArrayList<>(expressionParameters);
    valueExpressions.remove("ProjectionExpression");
    if (!valueExpressions.isEmpty() && given(request, "ExpressionAttributeValues")
        && present(request, valueExpressions).isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + String.join(" and ", valueExpressions) + " "
              + (valueExpressions.size() > 1 ? "are" : "is") + " null");
    }
  }

  private static List<String> present(JsonNode request, List<String> parameters) {
    List<String> present = new ArrayList<>();
    for (String parameter : parameters) {
      if (given(request, parameter)) {
        present.add(parameter);
      }
    }
    return present;
  }

  private static boolean given(JsonNode request, String parameter) {
    return request != null && request.has(parameter) && !request.get(parameter).isNull();
  }
}
