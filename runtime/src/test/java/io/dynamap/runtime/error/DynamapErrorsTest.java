package io.dynamap.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.retry.RetryStatistics;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The mapping on exceptions built here; the testing module's ErrorMappingTest gets real ones from
 * Dynamap Local.
 */
class DynamapErrorsTest {
  private static AwsErrorDetails details(String code, String message) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage(message).build();
  }

  @Test
  void conditionalCheckFailed() {
    SdkException sdk =
        ConditionalCheckFailedException.builder()
            .awsErrorDetails(
                details("ConditionalCheckFailedException", "The conditional request failed"))
            .statusCode(400)
            .requestId("REQ1")
            .build();

    DynamapException e = DynamapErrors.translate(sdk, "PutItem", "Orders");

    ConditionFailedException failed = assertInstanceOf(ConditionFailedException.class, e);
    assertSame(sdk, e.getCause());
    assertEquals("REQ1", failed.requestId().orElseThrow());
    assertEquals("ConditionalCheckFailedException", failed.errorCode().orElseThrow());
    assertEquals("PutItem", failed.operation());
    assertEquals("Orders", failed.tableName().orElseThrow());
    assertEquals(400, failed.statusCode());
    assertTrue(failed.item().isEmpty());
    assertEquals(
        "PutItem on table Orders failed: its condition was not met, so nothing was written"
            + " (ConditionalCheckFailedException: The conditional request failed) [request id"
            + " REQ1]",
        e.getMessage());
  }

  @Test
  void transactionCancelledListsTheFailedItems() {
    SdkException sdk =
        TransactionCanceledException.builder()
            .awsErrorDetails(
                details("TransactionCanceledException", "Transaction cancelled, please refer ..."))
            .cancellationReasons(
                CancellationReason.builder().code("None").build(),
                CancellationReason.builder()
                    .code("ConditionalCheckFailed")
                    .message("The conditional request failed")
                    .build())
            .statusCode(400)
            .build();

    TransactionCancelledException e =
        assertInstanceOf(
            TransactionCancelledException.class,
            DynamapErrors.translate(sdk, "TransactWriteItems", null));

    assertEquals(2, e.cancellationReasons().size());
    assertEquals(
        "TransactWriteItems was cancelled, so none of its writes were made: item 1:"
            + " ConditionalCheckFailed (The conditional request failed)",
        e.getMessage());
  }

  @Test
  void throttledAfterRetries() {
    SdkException sdk =
        ProvisionedThroughputExceededException.builder()
            .awsErrorDetails(details("ProvisionedThroughputExceededException", "Rate exceeded"))
            .statusCode(400)
            .numAttempts(5)
            .build();

    ThrottledException e =
        assertInstanceOf(
            ThrottledException.class, DynamapErrors.translate(sdk, "GetItem", "Orders"));

    assertEquals(5, e.attempts());
    assertTrue(
        e.getMessage()
            .startsWith("GetItem on table Orders was throttled and still was after 5 attempts"),
        e.getMessage());
  }

  @Test
  void otherThrottlingCodesToo() {
    for (String code : List.of("ThrottlingException", "RequestLimitExceeded")) {
      SdkException sdk =
          DynamoDbException.builder()
              .awsErrorDetails(details(code, "slow down"))
              .statusCode(400)
              .build();
      assertInstanceOf(
          ThrottledException.class, DynamapErrors.translate(sdk, "Query", "Orders"), code);
    }
  }

  @Test
  void missingTableNamesItAndSuggestsCreatingIt() {
    SdkException sdk =
        ResourceNotFoundException.builder()
            .awsErrorDetails(details("ResourceNotFoundException", "Requested resource not found"))
            .statusCode(400)
            .build();

    TableNotFoundException e =
        assertInstanceOf(
            TableNotFoundException.class, DynamapErrors.translate(sdk, "GetItem", "Orders"));

    assertEquals("Orders", e.tableName());
    assertTrue(e.getMessage().contains("createTable()"), e.getMessage());
    assertSame(sdk, e.getCause());
    assertInstanceOf(
        DynamoDbCallException.class, DynamapErrors.translate(sdk, "BatchGetItem", null));
  }

  @Test
  void validationNamesOperationAndTable() {
    SdkException sdk =
        DynamoDbException.builder()
            .awsErrorDetails(
                details(
                    "ValidationException",
                    "One or more parameter values were invalid: Missing the key id in the item"))
            .statusCode(400)
            .build();

    InvalidRequestException e =
        assertInstanceOf(
            InvalidRequestException.class, DynamapErrors.translate(sdk, "PutItem", "Orders"));

    assertEquals(
        "PutItem on table Orders was rejected as invalid: ValidationException: One or more"
            + " parameter values were invalid: Missing the key id in the item",
        e.getMessage());
  }

  @Test
  void itemCollectionTooLarge() {
    SdkException sdk =
        ItemCollectionSizeLimitExceededException.builder()
            .awsErrorDetails(
                details(
                    "ItemCollectionSizeLimitExceededException",
                    "Item collection size limit exceeded"))
            .statusCode(400)
            .build();

    assertInstanceOf(
        ItemCollectionTooLargeException.class, DynamapErrors.translate(sdk, "PutItem", "Orders"));
  }

  @Test
  void anythingElseIsACallFailureWithTheSdkMessage() {
    SdkException timeout =
        SdkClientException.builder()
            .message("Unable to execute HTTP request: Read timed out")
            .cause(new SocketTimeoutException("Read timed out"))
            .numAttempts(3)
            .build();

    DynamapException e = DynamapErrors.translate(timeout, "Scan", "Orders");

    assertEquals(DynamoDbCallException.class, e.getClass());
    assertEquals(
        "Scan on table Orders failed after 3 attempts: Unable to execute HTTP request: Read timed"
            + " out",
        e.getMessage());
    assertTrue(((DynamoDbCallException) e).errorCode().isEmpty());
    assertEquals(0, ((DynamoDbCallException) e).statusCode());
  }

  @Test
  void aRefusedConnectionOnThisMachineFailsAtTheFirstAttemptWithoutRetries() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    RetryStatistics retries = new RetryStatistics();
    try (DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(URI.create("http://localhost:" + closedPort))
            .retryStatistics(retries)
            .build()) {
      SdkException e =
          assertThrows(
              SdkException.class, () -> client.getItem(get -> get.tableName("Orders")
                  .key(Map.of("id", AttributeValue.fromS("x")))));

      assertEquals(1, e.numAttempts());
      assertEquals(0, retries.retries());
      assertEquals(1, retries.nonRetryableFailures());
      assertTrue(
          DynamapErrors.translate(e, "GetItem", "Orders").getMessage()
              .contains("nothing is listening at localhost:" + closedPort),
          DynamapErrors.translate(e, "GetItem", "Orders").getMessage());
    }
  }

  @Test
  void aRefusedConnectionAsTheNettyClientReportsItNamesTheHostAndPort() {
    // Netty's AnnotatedConnectException is a ConnectException with "host/address:port".
    SdkException e =
        SdkClientException.create(
            "Unable to execute HTTP request: Connection refused: localhost/127.0.0.1:8000",
            new java.net.ConnectException("Connection refused: localhost/127.0.0.1:8000"));

    assertTrue(
        DynamapErrors.translate(e, "GetItem", "Orders")
            .getMessage()
            .startsWith("GetItem on table Orders failed: nothing is listening at localhost:8000:"),
        DynamapErrors.translate(e, "GetItem", "Orders").getMessage());
  }

  @Test
  void aRefusedConnectionSaysNothingIsListeningThere() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(URI.create("http://127.0.0.1:" + closedPort))
            .maxAttempts(1)
            .build()) {
      SdkException e =
          assertThrows(
              SdkException.class, () -> client.getItem(get -> get.tableName("Orders")
                  .key(Map.of("id", AttributeValue.fromS("x")))));

      DynamapException translated = DynamapErrors.translate(e, "GetItem", "Orders");

      assertInstanceOf(DynamoDbCallException.class, translated);
      assertTrue(
          translated.getMessage().startsWith(
              "GetItem on table Orders failed: nothing is listening at 127.0.0.1:" + closedPort
                  + ": is the server running, and is that its address and port?"),
          translated.getMessage());
    }
  }
}
