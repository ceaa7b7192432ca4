package io.dynamap.example.docs;

import io.dynamap.async.DynamapAsyncClients;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The snippet of docs/client.md's non-blocking client section. */
class AsyncClientSnippets {
  void handle(Map<String, AttributeValue> item) {}

  void client(Map<String, AttributeValue> key) {
    // tag::async-client[]
    try (DynamoDbAsyncClient client = DynamapAsyncClients.builder().region(Region.EU_WEST_1).build()) {
      client.getItem(get -> get.tableName("Orders").key(key))
          .thenAccept(response -> handle(response.item()));
    }
    // end::async-client[]
  }
}
