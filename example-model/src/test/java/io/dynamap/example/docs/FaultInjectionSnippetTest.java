package io.dynamap.example.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The fault-injection snippet of docs/testing.md, run: every injected throttle is one retry. */
@DynamapLocalTest
class FaultInjectionSnippetTest {
  @Test
  void everyInjectedThrottleIsRetried(TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    // tag::fault-injection[]
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint faulty = LocalDynamoDb.shared().withFaults(
            FaultPlan.builder().seed(42).rate(Fault.THROTTLING, 0.2).operations("PutItem").build());
        DynamoDbClient client = DynamapClients.builder()
            .endpoint(faulty.endpoint()).credentials(LocalDynamoDb.credentials())
            .retryStatistics(retries).build()) {
      OrderRepository orders = new OrderRepository(client, table);
      for (int i = 0; i < 20; i++) {
        orders.put(new Order("c-001", Instant.ofEpochSecond(i), UUID.randomUUID(), OrderStatus.PLACED,
            BigDecimal.ONE, 1, false, null));
      }
      assertEquals(faulty.count(Fault.THROTTLING), retries.throttleRetries());
    }
    // end::fault-injection[]
    assertTrue(retries.throttleRetries() > 0, "the plan injected no throttling: the snippet shows nothing");
  }
}
