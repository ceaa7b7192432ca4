package io.dynamap.example.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.local.DynamapLocal;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The snippet of docs/dynamap-local.md, run: both ways of reaching the engine answer. */
class DynamapLocalSnippetTest {
  @Test
  void reachesTheEngineOverHttpAndInProcess() {
    // tag::dynamap-local[]
    try (DynamapLocal local = DynamapLocal.start()) {          // HTTP on a free loopback port
      DynamoDbClient client = DynamoDbClient.builder()
          .endpointOverride(local.endpoint())                  // http://127.0.0.1:<port>
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
          .build();
      System.out.println(client.listTables().tableNames());   // []
    }

    // Without sockets: the SDK hands requests straight to the engine.
    DynamapLocal local = DynamapLocal.builder().http(false).start();
    DynamoDbClient client = DynamoDbClient.builder()
        .httpClient(local.inProcessHttpClient())
        .endpointOverride(DynamapLocal.IN_PROCESS_ENDPOINT)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    // end::dynamap-local[]
    try (local; client) {
      assertEquals(List.of(), client.listTables().tableNames());
    }
  }
}
