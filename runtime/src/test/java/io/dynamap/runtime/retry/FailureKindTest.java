package io.dynamap.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class FailureKindTest {
  static DynamoDbException serviceError(String code, int status) {
    return (DynamoDbException)
        DynamoDbException.builder()
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m").build())
            .statusCode(status)
            .build();
  }

  @ParameterizedTest
  @CsvSource({
    "ProvisionedThroughputExceededException, 400, THROTTLING",
    "ThrottlingException, 400, THROTTLING",
    "RequestLimitExceeded, 400, THROTTLING",
    "SomethingNew, 429, THROTTLING",
    "InternalServerError, 500, SERVER_ERROR",
    "ServiceUnavailable, 503, SERVER_ERROR",
    "Whatever, 502, SERVER_ERROR",
    "InternalServerError, 400, SERVER_ERROR",
    "ValidationException, 400, CLIENT_ERROR",
    "ConditionalCheckFailedException, 400, CLIENT_ERROR",
    "ResourceNotFoundException, 400, CLIENT_ERROR",
    "TransactionCanceledException, 400, CLIENT_ERROR",
    "AccessDeniedException, 400, CLIENT_ERROR",
    "ItemCollectionSizeLimitExceededException, 400, CLIENT_ERROR",
  })
  void serviceErrorsByCodeAndStatus(String code, int status, FailureKind expected) {
    assertEquals(expected, FailureKind.of(serviceError(code, status)));
  }

  @Test
  void networkFailuresAreFoundInTheCauseChain() {
    assertEquals(
        FailureKind.NETWORK,
        FailureKind.of(
            SdkClientException.create(
                "Unable to execute HTTP request", new SocketTimeoutException("Read timed out"))));
    assertEquals(
        FailureKind.NETWORK,
        FailureKind.of(
            SdkClientException.create(
                "x", new RuntimeException(new SocketException("Connection reset")))));
    assertEquals(FailureKind.NETWORK, FailureKind.of(ApiCallAttemptTimeoutException.create(2000)));
  }

  @Test
  void otherClientSideFailuresAreNotRetried() {
    assertEquals(
        FailureKind.CLIENT_ERROR,
        FailureKind.of(SdkClientException.create("Unable to marshall request")));
    assertEquals(FailureKind.CLIENT_ERROR, FailureKind.of(new IllegalStateException()));
    assertFalse(FailureKind.CLIENT_ERROR.retryable());
    assertTrue(FailureKind.THROTTLING.retryable());
    assertTrue(FailureKind.SERVER_ERROR.retryable());
    assertTrue(FailureKind.NETWORK.retryable());
  }
}
