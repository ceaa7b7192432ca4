package io.dynamap.runtime.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class CallMetricsTest {
  private static CallEvent call(String operation, long latencyMillis) {
    return new CallEvent(
        operation, List.of("T"), Duration.ofMillis(latencyMillis), 1, 0, 0, List.of(), "r", null);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void percentilesOfOneToAHundredAreTheirRanks() {
    CallMetrics metrics = new CallMetrics();
    List<Integer> latencies = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      latencies.add(i);
    }
    Collections.shuffle(latencies, new Random(3));
    latencies.forEach(latency -> metrics.onCall(call("GetItem", latency)));

    CallMetrics.OperationStats stats = metrics.operation("GetItem").orElseThrow();

    assertEquals(ms(50), stats.p50());
    assertEquals(ms(90), stats.p90());
    assertEquals(ms(99), stats.p99());
    assertEquals(ms(100), stats.max());
    assertEquals(ms(1), stats.percentile(0));
    assertEquals(ms(1), stats.percentile(1));
    assertEquals(ms(100), stats.percentile(99.5));
  }

  @Test
  void percentilesFollowTheNearestRankMethod() {
    // The textbook example: 15, 20, 35, 40, 50.
    long[] sorted = {15, 20, 35, 40, 50};

    assertEquals(15, CallMetrics.nearestRank(sorted, 5));
    assertEquals(20, CallMetrics.nearestRank(sorted, 30));
    assertEquals(20, CallMetrics.nearestRank(sorted, 40));
    assertEquals(35, CallMetrics.nearestRank(sorted, 50));
    assertEquals(50, CallMetrics.nearestRank(sorted, 100));
    assertEquals(7, CallMetrics.nearestRank(new long[] {7}, 99));
    assertThrows(IllegalArgumentException.class, () -> CallMetrics.nearestRank(sorted, 101));
    assertThrows(IllegalArgumentException.class, () -> CallMetrics.nearestRank(new long[0], 50));
  }

  @Test
  void percentilesCoverOnlyTheWindowOfRecentCalls() {
    CallMetrics metrics = new CallMetrics(10);
    for (int i = 0; i < 10; i++) {
      metrics.onCall(call("Query", 1000));
    }
    for (int i = 1; i <= 10; i++) {
      metrics.onCall(call("Query", i));
    }

    CallMetrics.OperationStats stats = metrics.operation("Query").orElseThrow();

    assertEquals(20, stats.calls(), "counters cover every call");
    assertEquals(10, stats.latencySamples());
    assertEquals(ms(10), stats.max(), "the slow calls left the window");
    assertEquals(ms(5), stats.p50());
  }

  @Test
  void countersArePerOperation() {
    CallMetrics metrics = new CallMetrics();
    DynamoDbException throttled =
        (DynamoDbException)
            DynamoDbException.builder()
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException")
                        .build())
                .statusCode(400)
                .build();
    ConsumedCapacity one = ConsumedCapacity.builder().tableName("T").capacityUnits(1.0).build();
    ConsumedCapacity half = ConsumedCapacity.builder().tableName("U").capacityUnits(0.5).build();

    metrics.onCall(new CallEvent("PutItem", List.of("T"), ms(5), 3, 2, 0, List.of(one), "a", null));
    metrics.onCall(
        new CallEvent("PutItem", List.of("T"), ms(7), 5, 3, 1, List.of(), null, throttled));
    metrics.onCall(
        new CallEvent(
            "BatchWriteItem", List.of("T", "U"), ms(9), 1, 0, 0, List.of(one, half), "b", null));

    CallMetrics.OperationStats puts = metrics.operation("PutItem").orElseThrow();
    assertEquals(2, puts.calls());
    assertEquals(1, puts.failures());
    assertEquals(8, puts.attempts());
    assertEquals(5, puts.throttleRetries());
    assertEquals(1, puts.errorRetries());
    assertEquals(1.0, puts.capacityUnits());
    assertEquals(Map.of("ProvisionedThroughputExceededException", 1L), puts.errorCodes());
    assertEquals(1.5, metrics.operation("BatchWriteItem").orElseThrow().capacityUnits());
    assertEquals(List.of("BatchWriteItem", "PutItem"), List.copyOf(metrics.snapshot().keySet()));
    assertTrue(metrics.operation("Scan").isEmpty());

    metrics.reset();
    assertTrue(metrics.snapshot().isEmpty());
  }

  @Test
  void callEventDescribesItsCall() {
    CallEvent single = call("GetItem", 3);
    CallEvent batch =
        new CallEvent("BatchGetItem", List.of("A", "B"), ms(1), 1, 0, 0, List.of(), null, null);

    assertEquals("T", single.table().orElseThrow());
    assertTrue(batch.table().isEmpty());
    assertEquals(List.of("A", "B"), batch.tables());
    assertTrue(single.succeeded());
    assertTrue(single.errorCode().isEmpty());
    assertEquals(
        "IllegalStateException",
        new CallEvent(
                "GetItem", List.of(), ms(1), 1, 0, 0, List.of(), null, new IllegalStateException())
            .errorCode()
            .orElseThrow());
  }
}
