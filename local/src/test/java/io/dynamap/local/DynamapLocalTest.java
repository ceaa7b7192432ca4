package io.dynamap.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.api.ApiRequest;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.Operations;
import io.dynamap.local.http.InProcessHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** The entry point: starting, endpoints, both transports with the real SDK, access key, errors. */
class DynamapLocalTest {
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=local/20150101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host, Signature=x";

  @Test
  void servesTheEnginesOperations() {
    try (DynamapLocal local = DynamapLocal.builder().http(false).start()) {
      Set<String> names = new TreeSet<>();
      Operations.all(local.engine()).forEach(operation -> names.add(operation.name()));

      assertEquals(names, local.api().operationNames());
      assertEquals(0, local.sweepExpiredItems());
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void fakeOperationsRoundTripThroughTheSdk(boolean inProcess) {
    FakeOperations operations = new FakeOperations();
    try (DynamapLocal local = FakeLocal.start(DynamapLocal.builder(), operations);
        DynamoDbClient client = TestClients.client(local, inProcess, 1, null)) {
      Map<String, AttributeValue> item =
          Map.of("id", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"));
      client.putItem(put -> put.tableName("T").item(item));

      assertEquals(
          item,
          client
              .getItem(get -> get.tableName("T").key(Map.of("id", AttributeValue.fromS("a"))))
              .item());
      assertTrue(operations.contains("T", "a"));
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void anUnexpectedExceptionReachesTheSdkAsInternalFailure(boolean inProcess) {
    try (DynamapLocal local =
            DynamapLocal.builder()
                .operations(
                    List.of(
                        FakeOperations.operation(
                            "ListTables",
                            request -> {
                              throw new NullPointerException("bug");
                            })))
                .start();
        DynamoDbClient client = TestClients.client(local, inProcess, 1, null)) {
      DynamoDbException e = assertThrows(DynamoDbException.class, client::listTables);

      assertEquals(500, e.statusCode());
      assertEquals("InternalFailure", e.awsErrorDetails().errorCode());
    }
  }

  @ParameterizedTest(name = "in-process: {0}")
  @ValueSource(booleans = {false, true})
  void anotherAccessKeyIsUnrecognized(boolean inProcess) {
    try (DynamapLocal local =
            FakeLocal.start(DynamapLocal.builder().accessKey("expected"), new FakeOperations());
        DynamoDbClient client = TestClients.client(local, inProcess, 1, null)) {
      DynamoDbException e = assertThrows(DynamoDbException.class, client::listTables);

      assertEquals(400, e.statusCode());
      assertEquals("UnrecognizedClientException", e.awsErrorDetails().errorCode());
      assertEquals(
          "The security token included in the request is invalid.",
          e.awsErrorDetails().errorMessage());
    }
  }

  @Test
  void theConfiguredAccessKeyIsAccepted() {
    try (DynamapLocal local =
            FakeLocal.start(
                DynamapLocal.builder().accessKey(TestClients.ACCESS_KEY), new FakeOperations());
        DynamoDbClient client = TestClients.client(local, true, 1, null)) {
      assertTrue(client.listTables().tableNames().isEmpty());
    }
  }

  @Test
  void anUnsignedRequestIsMissingItsAuthenticationToken() {
    try (DynamapLocal local =
            FakeLocal.start(DynamapLocal.builder().http(false), new FakeOperations());
        DynamoDbClient client =
            DynamoDbClient.builder()
                .httpClient(local.inProcessHttpClient())
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build()) {
      DynamoDbException e = assertThrows(DynamoDbException.class, client::listTables);

      assertEquals("MissingAuthenticationTokenException", e.awsErrorDetails().errorCode());
      assertEquals("Request is missing Authentication Token", e.awsErrorDetails().errorMessage());
    }
  }

  @Test
  void endpointIsLoopbackWithHttpAndADummyWithout() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    try (DynamapLocal http = DynamapLocal.builder().port(port).start();
        DynamapLocal inProcess = DynamapLocal.builder().http(false).start()) {
      assertEquals(URI.create("http://127.0.0.1:" + port), http.endpoint());
      assertTrue(http.hasHttp());
      assertEquals(DynamapLocal.IN_PROCESS_ENDPOINT, inProcess.endpoint());
      assertFalse(inProcess.hasHttp());
      // The port is taken while the first instance runs.
      assertThrows(UncheckedIOException.class, () -> DynamapLocal.builder().port(port).start());
    }
  }

  @Test
  void startingTakesMilliseconds() throws IOException {
    // Warm the classes once; the figure without warm-up belongs to the benchmarks.
    try (DynamapLocal warm = DynamapLocal.builder().http(false).start()) {
      call(warm.inProcessHttpClient(), "{}");
    }

    long start = System.nanoTime();
    try (DynamapLocal local = DynamapLocal.builder().http(false).start()) {
      HttpExecuteResponse response = call(local.inProcessHttpClient(), "{\"TableName\":\"T\"}");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(400, response.httpResponse().statusCode());
      assertTrue(took.compareTo(Duration.ofMillis(100)) < 0, "start to first answer: " + took);
    }
  }

  @Test
  void inProcessBodiesOver16MibAreRefusedWith413() throws IOException {
    try (DynamapLocal local = DynamapLocal.builder().http(false).start()) {
      String body = "{\"x\":\"" + "a".repeat(16 * 1024 * 1024) + "\"}";

      assertEquals(413, call(local.inProcessHttpClient(), body).httpResponse().statusCode());
    }
  }

  @Test
  void expiredItemsAreSweptInTheBackgroundWhenAsked() throws InterruptedException {
    try (DynamapLocal local =
        DynamapLocal.builder().http(false).ttlSweep(Duration.ofMillis(5)).start()) {
      answer(
          local,
          "CreateTable",
          "{\"TableName\":\"Sessions\",\"BillingMode\":\"PAY_PER_REQUEST\","
              + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
              + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}");
      Thread.sleep(20);
      answer(
          local,
          "UpdateTimeToLive",
          "{\"TableName\":\"Sessions\",\"TimeToLiveSpecification\":"
              + "{\"AttributeName\":\"expires\",\"Enabled\":true}}");
      answer(
          local,
          "PutItem",
          "{\"TableName\":\"Sessions\",\"Item\":{\"id\":{\"S\":\"old\"},"
              + "\"expires\":{\"N\":\""
              + (System.currentTimeMillis() / 1000 - 10)
              + "\"}}}");

      String item = "";
      for (int i = 0; i < 400 && !item.equals("{}"); i++) {
        Thread.sleep(5);
        item =
            answer(
                local, "GetItem", "{\"TableName\":\"Sessions\",\"Key\":{\"id\":{\"S\":\"old\"}}}");
      }

      assertEquals("{}", item, "swept without sweepExpiredItems()");
    }
  }

  private static String answer(DynamapLocal local, String operation, String body) {
    ApiResponse response =
        local
            .api()
            .handle(
                ApiRequest.of(
                    "DynamoDB_20120810." + operation,
                    ApiResponse.AMZ_JSON,
                    AUTHORIZATION,
                    true,
                    body.getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, response.status(), response.bodyText());
    return response.bodyText();
  }

  @Test
  void aClosedInstanceAnswersNoInProcessCall() throws IOException {
    DynamapLocal local = DynamapLocal.builder().http(false).start();
    SdkHttpClient client = local.inProcessHttpClient();
    assertEquals(400, call(client, "{}").httpResponse().statusCode());

    local.close();

    assertThrows(IOException.class, () -> call(client, "{}"));
  }

  @Test
  void inProcessClientIsNotTiedToTheInstancesLifetime() {
    try (DynamapLocal local = DynamapLocal.builder().http(false).start()) {
      SdkHttpClient client = local.inProcessHttpClient();
      client.close();

      assertTrue(client instanceof InProcessHttpClient);
      assertEquals("DynamapLocalInProcess", client.clientName());
    }
  }

  /** A GetItem signed in form, sent without the SDK. */
  private static HttpExecuteResponse call(SdkHttpClient client, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .uri(URI.create("http://dynamap.local/"))
            .method(SdkHttpMethod.POST)
            .putHeader("X-Amz-Target", "DynamoDB_20120810.GetItem")
            .putHeader("Content-Type", ApiResponse.AMZ_JSON)
            .putHeader("Authorization", AUTHORIZATION)
            .putHeader("X-Amz-Date", "20150101T000000Z")
            .build();
    return client
        .prepareRequest(
            HttpExecuteRequest.builder()
                .request(request)
                .contentStreamProvider(() -> new ByteArrayInputStream(bytes))
                .build())
        .call();
  }
}
