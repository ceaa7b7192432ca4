package io.dynamap.example.docs;

import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.listen.CallMetrics;
import io.dynamap.runtime.retry.RetryStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class ClientSnippets {
  private static final Logger log = LoggerFactory.getLogger(ClientSnippets.class);

  DynamoDbClient listeners() {
    // tag::listeners[]
    CallMetrics metrics = new CallMetrics();
    RetryStatistics retries = new RetryStatistics();
    DynamoDbClient client = DynamapClients.builder()
        .region(Region.EU_WEST_1)
        .retryStatistics(retries)
        .addListener(metrics)
        .addListener(call -> { if (call.throttleRetries() > 0) log.info("{}", call); })
        .build();

    CallMetrics.OperationStats puts = metrics.operation("PutItem").orElseThrow();
    puts.calls(); puts.failures(); puts.throttleRetries(); puts.capacityUnits(); puts.p99();
    // end::listeners[]
    return client;
  }
}
