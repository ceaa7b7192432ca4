package io.dynamap.local.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamap.local.api.DynamoException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parameters a request may combine; messages checked against dynalite. */
class ExpressionParametersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> QUERY_EXPRESSIONS =
      List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression");
  private static final List<String> QUERY_LEGACY =
      List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions");

  private static String refusal(String request, List<String> expressions, List<String> legacy)
      throws Exception {
    JsonNode node = JSON.readTree(request);
    return assertThrows(DynamoException.class,
        () -> ExpressionParameters.check(node, expressions, legacy)).getMessage();
  }

  @Test
  void mixingExpressionsAndLegacyParametersIsRefused() throws Exception {
    assertEquals("Can not use both expression and non-expression parameters in the same request: "
            + "Non-expression parameters: {AttributesToGet} Expression parameters: "
            + "{FilterExpression}",
        refusal("{\"KeyConditions\": {}, \"FilterExpression\": \"a = :v\", "
            + "\"AttributesToGet\": [\"a\"]}", QUERY_EXPRESSIONS, QUERY_LEGACY));
    assertEquals("Can not use both expression and non-expression parameters in the same request: "
            + "Non-expression parameters: {AttributeUpdates, Expected} Expression parameters: "
            + "{UpdateExpression, ConditionExpression}",
        refusal("{\"UpdateExpression\": \"SET a = :v\", \"ConditionExpression\": \"b = :v\", "
                + "\"Expected\": {}, \"AttributeUpdates\": {}}",
            List.of("UpdateExpression", "ConditionExpression"),
            List.of("AttributeUpdates", "Expected")));
    // KeyConditions may go with the other expressions of a Query.
    ExpressionParameters.check(
        JSON.readTree("{\"KeyConditions\": {}, \"FilterExpression\": \"a = :v\"}"),
        QUERY_EXPRESSIONS, QUERY_LEGACY);
  }

  @Test
  void placeholdersNeedExpressions() throws Exception {
    assertEquals("ExpressionAttributeNames can only be specified when using expressions",
        refusal("{\"ExpressionAttributeNames\": {\"#a\": \"a\"}}",
            List.of("ProjectionExpression"), List.of("AttributesToGet")));
    assertEquals("ExpressionAttributeValues can only be specified when using expressions: "
            + "FilterExpression is null",
        refusal("{\"ExpressionAttributeValues\": {\":v\": {\"S\": \"x\"}}}",
            List.of("ProjectionExpression", "FilterExpression"),
            List.of("AttributesToGet", "ScanFilter", "ConditionalOperator")));
    assertEquals("ExpressionAttributeValues can only be specified when using expressions: "
            + "UpdateExpression and ConditionExpression are null",
        refusal("{\"ExpressionAttributeValues\": {\":v\": {\"S\": \"x\"}}}",
            List.of("UpdateExpression", "ConditionExpression"),
            List.of("AttributeUpdates", "Expected")));
    // GetItem has no expression that takes values: dynalite lets them through.
    ExpressionParameters.check(
        JSON.readTree("{\"ExpressionAttributeValues\": {\":v\": {\"S\": \"x\"}}}"),
        List.of("ProjectionExpression"), List.of("AttributesToGet"));
  }
}
