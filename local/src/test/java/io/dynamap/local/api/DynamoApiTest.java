package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.FakeOperations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The dispatch: DynamoDB's checks, in DynamoDB's order, with its error bodies and headers. */
class DynamoApiTest {
  static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=local/20150101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host, Signature=x";

  private final DynamoApi api = new DynamoApi(new FakeOperations().all());

  private static ApiRequest request(String target, String body) {
    return ApiRequest.of(
        target, ApiResponse.AMZ_JSON, AUTHORIZATION, true, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void answersTheOperationsResultWithDynamoDbsHeaders() {
    ApiResponse response = api.handle(request("DynamoDB_20120810.Echo", "{\"a\":[1,\"b\"]}"));

    assertEquals(200, response.status());
    assertEquals("{\"a\":[1,\"b\"]}", response.bodyText());
    assertEquals(ApiResponse.AMZ_JSON, response.headers().get("Content-Type"));
    CRC32 crc = new CRC32();
    crc.update(response.body());
    assertEquals(Long.toString(crc.getValue()), response.headers().get("x-amz-crc32"));
    assertTrue(response.requestId().matches("[A-Z0-9]{52}"), response.requestId());
    assertTrue(!response.dropsConnection());
  }

  @Test
  void eachAnswerHasItsOwnRequestId() {
    assertTrue(
        !api.handle(request("DynamoDB_20120810.Echo", "{}"))
            .requestId()
            .equals(api.handle(request("DynamoDB_20120810.Echo", "{}")).requestId()));
  }

  @Test
  void plainJsonContentTypeIsAcceptedAndEchoed() {
    ApiResponse response =
        api.handle(
            ApiRequest.of(
                "DynamoDB_20120810.Echo",
                "application/json; charset=utf-8",
                AUTHORIZATION,
                true,
                "{}".getBytes(StandardCharsets.UTF_8)));

    assertEquals(200, response.status());
    assertEquals("application/json", response.contentType());
  }

  @Test
  void otherContentTypeIsAnUnknownOperationIn404Xml() {
    ApiResponse response =
        api.handle(
            ApiRequest.of(
                "DynamoDB_20120810.Echo",
                "text/plain",
                AUTHORIZATION,
                true,
                "{}".getBytes(StandardCharsets.UTF_8)));

    assertEquals(404, response.status());
    assertEquals("<UnknownOperationException/>\n", response.bodyText());
    assertNull(response.contentType());
  }

  @Test
  void malformedJsonIsASerializationExceptionWithoutMessage() {
    for (String body : List.of("{garbage", "{} {}", "[]", "1", "\"x\"", "null", "{\"a\":")) {
      ApiResponse response = api.handle(request("DynamoDB_20120810.Echo", body));

      assertEquals(400, response.status(), body);
      assertEquals(
          "{\"__type\":\"com.amazon.coral.service#SerializationException\"}",
          response.bodyText(),
          body);
    }
  }

  @Test
  void malformedJsonIsReportedBeforeAnUnknownTarget() {
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#SerializationException\"}",
        api.handle(request(null, "{garbage")).bodyText());
  }

  @Test
  void missingWrongOrUnservedTargetIsAnUnknownOperation() {
    for (String target :
        new String[] {
          null, "", "DynamoDB_20120810", "DynamoDB_20120810.Nope", "DynamoDB_20111205.Echo", "Echo"
        }) {
      ApiResponse response = api.handle(request(target, "{}"));

      assertEquals(400, response.status(), target);
      assertEquals(
          "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}",
          response.bodyText(),
          target);
    }
  }

  @Test
  void missingAuthorizationIsAMissingAuthenticationToken() {
    for (String authorization : new String[] {null, "", "Basic abc"}) {
      ApiResponse response =
          api.handle(
              ApiRequest.of(
                  "DynamoDB_20120810.Echo",
                  ApiResponse.AMZ_JSON,
                  authorization,
                  true,
                  "{}".getBytes(StandardCharsets.UTF_8)));

      assertEquals(400, response.status());
      assertEquals(
          "{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
              + "\"message\":\"Request is missing Authentication Token\"}",
          response.bodyText());
    }
  }

  @Test
  void incompleteSignatureNamesWhatIsMissing() {
    String authorization = "AWS4-HMAC-SHA256 Credential=a/20150101/us-east-1/dynamodb/aws4_request";
    ApiResponse response =
        api.handle(
            ApiRequest.of(
                "DynamoDB_20120810.Echo",
                ApiResponse.AMZ_JSON,
                authorization,
                false,
                "{}".getBytes(StandardCharsets.UTF_8)));

    assertEquals(400, response.status());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":"
            + "\"Authorization header requires 'Signature' parameter. Authorization header"
            + " requires 'SignedHeaders' parameter. Authorization header requires existence of"
            + " either a 'X-Amz-Date' or a 'Date' header. Authorization="
            + authorization
            + "\"}",
        response.bodyText());
  }

  @Test
  void onlyTheConfiguredAccessKeyIsAccepted() {
    DynamoApi strict = new DynamoApi(new FakeOperations().all(), "local");
    DynamoApi other = new DynamoApi(new FakeOperations().all(), "someone-else");

    assertEquals(200, strict.handle(request("DynamoDB_20120810.Echo", "{}")).status());
    ApiResponse refused = other.handle(request("DynamoDB_20120810.Echo", "{}"));
    assertEquals(400, refused.status());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\","
            + "\"message\":\"The security token included in the request is invalid.\"}",
        refused.bodyText());
  }

  @Test
  void emptyBodyIsASerializationExceptionAfterTheOtherChecks() {
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#SerializationException\"}",
        api.handle(request("DynamoDB_20120810.Echo", "")).bodyText());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}",
        api.handle(request("DynamoDB_20120810.Nope", "")).bodyText());
  }

  @Test
  void operationErrorsAreRenderedAsDynamoDbErrorBodies() {
    ApiResponse response = api.handle(request("DynamoDB_20120810.Invalid", "{}"));

    assertEquals(400, response.status());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.validate#ValidationException\","
            + "\"message\":\"always invalid\"}",
        response.bodyText());
    assertEquals(ApiResponse.AMZ_JSON, response.contentType());
  }

  @Test
  void unexpectedExceptionIsAnInternalFailureNotACrash() {
    ApiResponse response = api.handle(request("DynamoDB_20120810.Boom", "{}"));

    assertEquals(500, response.status());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#InternalFailure\",\"message\":\"The request"
            + " processing has failed because of an unknown error, exception or failure.\"}",
        response.bodyText());
    // The dispatch still serves.
    assertEquals(200, api.handle(request("DynamoDB_20120810.Echo", "{}")).status());
  }

  @Test
  void deeplyNestedJsonIsRefusedNotOverflowed() {
    String body = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertEquals(400, api.handle(request("DynamoDB_20120810.Echo", body)).status());
  }

  @Test
  void operationNamesMustBeUnique() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DynamoApi(
                List.of(
                    FakeOperations.operation("A", r -> r), FakeOperations.operation("A", r -> r))));
  }
}
