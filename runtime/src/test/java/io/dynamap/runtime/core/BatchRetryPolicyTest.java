package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class BatchRetryPolicyTest {

  @Test
  void delaysAreFullJitterUnderAnExponentialCeiling() {
    BatchRetryPolicy policy =
        new BatchRetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(1));
    long[] ceilings = {50, 100, 200, 400, 400, 400};
    for (int retry = 1; retry <= ceilings.length; retry++) {
      long max = 0;
      for (int i = 0; i < 2_000; i++) {
        long delay = policy.delayNanos(retry);
        assertTrue(
            delay >= 0 && delay <= Duration.ofMillis(ceilings[retry - 1]).toNanos(),
            "retry " + retry);
        max = Math.max(max, delay);
      }
      // Spread over the whole range: 2000 draws all below 80% of the ceiling would be a broken
      // jitter.
      assertTrue(max > Duration.ofMillis(ceilings[retry - 1]).toNanos() * 8 / 10, "retry " + retry);
    }
    assertTrue(policy.delayNanos(1_000) <= Duration.ofMillis(400).toNanos());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new BatchRetryPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BatchRetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BatchRetryPolicy(Duration.ofMillis(1), Duration.ofSeconds(1), Duration.ofSeconds(-1)));
  }

  @Test
  void throttlingServerErrorsAndTimeoutsAreRetried() {
    ProvisionedThroughputExceededException throttled =
        ProvisionedThroughputExceededException.builder()
            .statusCode(400)
            .awsErrorDetails(details("ProvisionedThroughputExceededException"))
            .build();
    assertTrue(BatchRetryPolicy.isThrottle(throttled));
    assertTrue(BatchRetryPolicy.isRetryable(throttled));
    DynamoDbException throttling =
        (DynamoDbException)
            DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(details("ThrottlingException"))
                .build();
    assertTrue(BatchRetryPolicy.isThrottle(throttling));
    assertTrue(
        BatchRetryPolicy.isThrottle(
            RequestLimitExceededException.builder()
                .statusCode(400)
                .awsErrorDetails(details("RequestLimitExceeded"))
                .build()));

    InternalServerErrorException serverError =
        InternalServerErrorException.builder()
            .statusCode(500)
            .awsErrorDetails(details("InternalServerError"))
            .build();
    assertFalse(BatchRetryPolicy.isThrottle(serverError));
    assertTrue(BatchRetryPolicy.isRetryable(serverError));
    assertTrue(BatchRetryPolicy.isRetryable(ApiCallTimeoutException.create(10_000)));
    assertTrue(
        BatchRetryPolicy.isRetryable(
            SdkClientException.create(
                "Unable to execute HTTP request", new IOException("Connection reset"))));
  }

  @Test
  void requestsDynamoDbRefusedAndInterruptionsAreNot() {
    DynamoDbException validation =
        (DynamoDbException)
            DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(details("ValidationException"))
                .build();
    assertFalse(BatchRetryPolicy.isRetryable(validation));
    assertFalse(
        BatchRetryPolicy.isRetryable(
            ResourceNotFoundException.builder()
                .statusCode(400)
                .awsErrorDetails(details("ResourceNotFoundException"))
                .build()));
    assertFalse(BatchRetryPolicy.isRetryable(AbortedException.create("interrupted", new IOException())));
    assertFalse(BatchRetryPolicy.isRetryable(new IllegalStateException("a bug")));
  }

  @Test
  void aRefusalNamesDynamoDbsCodeAndMessage() {
    DynamoDbException validation =
        (DynamoDbException)
            DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ValidationException")
                        .errorMessage("One of the required keys was not given a value")
                        .build())
                .build();
    assertEquals(
        "ValidationException: One of the required keys was not given a value",
        BatchRetryPolicy.refusal(validation));
    DynamoDbException noMessage =
        (DynamoDbException)
            DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("SomeError").build())
                .build();
    assertEquals("SomeError", BatchRetryPolicy.refusal(noMessage));
    assertEquals(
        "IllegalStateException: a bug", BatchRetryPolicy.refusal(new IllegalStateException("a bug")));
    assertEquals("IllegalStateException", BatchRetryPolicy.refusal(new IllegalStateException()));
  }

  private static AwsErrorDetails details(String code) {
    return AwsErrorDetails.builder()
        .errorCode(code)
        .errorMessage(code)
        .serviceName("DynamoDb")
        .build();
  }
}
