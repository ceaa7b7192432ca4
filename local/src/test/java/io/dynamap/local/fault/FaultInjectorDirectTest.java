package io.dynamap.local.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.FakeOperations;
import io.dynamap.local.api.ApiHandler;
import io.dynamap.local.api.ApiRequest;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.DynamoApi;
import io.dynamap.local.api.Operations;
import io.dynamap.local.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The injector on raw requests, without a client: odd bodies, table names, concurrency. */
class FaultInjectorDirectTest {
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=local/20150101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host, Signature=x";

  private final FakeOperations operations = new FakeOperations();
  private final FaultInjector injector = new FaultInjector(FaultPlan.builder().seed(1).build());
  private final ApiHandler front = injector.wrap(new DynamoApi(operations.all()));

  private static ApiRequest request(String operation, String body) {
    return ApiRequest.of(
        "DynamoDB_20120810." + operation,
        ApiResponse.AMZ_JSON,
        AUTHORIZATION,
        true,
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void transactionsReportEveryTableTheyName() {
    injector.injectNext(Fault.SERVER_ERROR);

    ApiResponse response =
        front.handle(
            request(
                "TransactWriteItems",
                "{\"TransactItems\":[{\"Put\":{\"TableName\":\"A\"}},"
                    + "{\"Delete\":{\"TableName\":\"B\"}},{\"Put\":{\"TableName\":\"A\"}}]}"));

    assertEquals(500, response.status());
    assertEquals(
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
            + "\"message\":\"Internal server error\"}",
        response.bodyText());
    assertEquals(List.of("A", "B"), injector.faults().get(0).tables());
    assertEquals("TransactWriteItems", injector.faults().get(0).operation());
  }

  @Test
  void faultsApplyToBodiesThatAreNotJsonWithNoTables() {
    injector.injectNext(Fault.THROTTLING);

    ApiResponse response = front.handle(request("PutItem", "{not json"));

    assertEquals(400, response.status());
    assertEquals(List.of(), injector.faults().get(0).tables());
  }

  @Test
  void unprocessedOnABatchThatCannotBeSplitRunsItWholeUnlogged() {
    injector.injectNext(Fault.UNPROCESSED, Fault.UNPROCESSED);

    ApiResponse notJson = front.handle(request("BatchWriteItem", "{oops"));
    ApiResponse noItems = front.handle(request("BatchWriteItem", "{\"RequestItems\":{}}"));

    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#SerializationException\"}", notJson.bodyText());
    assertEquals(200, noItems.status());
    assertTrue(injector.faults().isEmpty());
    assertEquals(2, injector.served());
  }

  @Test
  void unprocessedAnswersCarryTheirOwnCrc() {
    injector.injectNext(Fault.UNPROCESSED);
    StringBuilder writes = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      writes
          .append(i == 0 ? "" : ",")
          .append("{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"")
          .append(i)
          .append("\"}}}}");
    }

    ApiResponse response =
        front.handle(request("BatchWriteItem", "{\"RequestItems\":{\"T\":[" + writes + "]}}"));

    CRC32 crc = new CRC32();
    crc.update(response.body());
    assertEquals(Long.toString(crc.getValue()), response.headers().get("x-amz-crc32"));
    InjectedFault fault = injector.faults().get(0);
    assertEquals(10, fault.total());
    assertEquals(10 - fault.unprocessed(), operations.size("T"));
  }

  /** The real engine's batches validate the whole batch even when the injector leaves part out. */
  @Test
  void unprocessedBatchesOfTheEngineAreValidatedWhole() throws InterruptedException {
    FaultInjector engineFaults = new FaultInjector(FaultPlan.builder().seed(4).build());
    ApiHandler engineFront = engineFaults.wrap(new DynamoApi(Operations.all(new Engine())));
    assertEquals(
        200,
        engineFront
            .handle(
                request(
                    "CreateTable",
                    "{\"TableName\":\"Things\",\"BillingMode\":\"PAY_PER_REQUEST\","
                        + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                        + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}"))
            .status());
    Thread.sleep(50);
    String put = "{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"same\"}}}}";
    engineFaults.injectNext(Fault.UNPROCESSED);

    ApiResponse duplicates =
        engineFront.handle(
            request("BatchWriteItem", "{\"RequestItems\":{\"Things\":[" + put + "," + put + "]}}"));

    assertEquals(400, duplicates.status());
    assertTrue(duplicates.bodyText().contains("duplicates"), duplicates.bodyText());
    assertTrue(engineFaults.faults().isEmpty(), "a refused batch is not logged as unprocessed");

    engineFaults.injectNext(Fault.UNPROCESSED);
    ApiResponse single =
        engineFront.handle(
            request("BatchWriteItem", "{\"RequestItems\":{\"Things\":[" + put + "]}}"));

    assertEquals(
        "{\"UnprocessedItems\":{\"Things\":[" + put + "]}}", single.bodyText(), "all left out");
    assertEquals(1, engineFaults.faults().get(0).unprocessed());
    assertEquals(
        "{\"Count\":0,\"ScannedCount\":0}",
        engineFront
            .handle(request("Scan", "{\"TableName\":\"Things\",\"Select\":\"COUNT\"}"))
            .bodyText());
  }

  @Test
  void concurrentRequestsAreEachCountedAndAnswered() throws Exception {
    injector.plan(
        FaultPlan.builder()
            .seed(9)
            .rate(Fault.THROTTLING, 0.2)
            .rate(Fault.CLOSE_CONNECTION, 0.1)
            .build());
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 800; i++) {
        String id = Integer.toString(i);
        answers.add(
            threads.submit(
                () -> {
                  ApiResponse response =
                      front.handle(
                          request(
                              "PutItem",
                              "{\"TableName\":\"T\",\"Item\":{\"id\":{\"S\":\"" + id + "\"}}}"));
                  return response.dropsConnection() ? -1 : response.status();
                }));
      }
      int ok = 0;
      for (Future<Integer> answer : answers) {
        ok += answer.get(10, TimeUnit.SECONDS) == 200 ? 1 : 0;
      }

      assertEquals(800, injector.requests());
      assertEquals(800, ok + injector.failedAttempts());
      assertEquals(ok, injector.served());
      assertEquals(ok, operations.size("T"));
    } finally {
      threads.shutdownNow();
    }
  }
}
