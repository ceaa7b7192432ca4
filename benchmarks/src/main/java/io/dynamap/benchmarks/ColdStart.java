package io.dynamap.benchmarks;

import io.dynamap.benchmarks.model.MixedItem;
import io.dynamap.benchmarks.model.MixedItemRepository;
import io.dynamap.benchmarks.model.MixedItemSchema;
import io.dynamap.runtime.client.DynamapClients;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * One cold start, in a fresh JVM started by {@link BenchmarkRunner}: the time from the start of
 * {@code main} to the first mixed item mapped ({@code map}), or to the first {@code putItem} of it
 * answered by Dynamap Local ({@code put}, client creation included). Prints {@code
 * COLD_START_NANOS=n}.
 *
 * <p>usage: {@code ColdStart map|put dynamap|handWritten|fromBean [endpoint table]}
 */
public final class ColdStart {
  /** The line prefix the runner reads. */
  static final String PREFIX = "COLD_START_NANOS=";

  private ColdStart() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    String mode = args[0];
    String anchor = args[1];
    MixedItem item = SampleData.mixed();
    Object result;
    if (mode.equals("map")) {
      result =
          switch (anchor) {
            case "dynamap" -> MixedItemSchema.INSTANCE.toItem(item);
            case "handWritten" -> HandWritten.toItem(item);
            case "fromBean" -> TableSchema.fromBean(MixedItem.class).itemToMap(item, true);
            default -> throw new IllegalArgumentException(anchor);
          };
    } else {
      URI endpoint = URI.create(args[2]);
      String table = args[3];
      StaticCredentialsProvider credentials =
          StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy"));
      switch (anchor) {
        case "dynamap" -> {
          DynamoDbClient client =
              DynamapClients.builder().endpoint(endpoint).credentials(credentials).build();
          new MixedItemRepository(client, table).put(item);
        }
        case "handWritten" -> sdkClient(endpoint, credentials)
            .putItem(PutItemRequest.builder().tableName(table).item(HandWritten.toItem(item)).build());
        case "fromBean" ->
            DynamoDbEnhancedClient.builder()
                .dynamoDbClient(sdkClient(endpoint, credentials))
                .build()
                .table(table, TableSchema.fromBean(MixedItem.class))
                .putItem(item);
        default -> throw new IllegalArgumentException(anchor);
      }
      result = item;
    }
    long elapsed = System.nanoTime() - start;
    System.out.println(PREFIX + elapsed + (result == null ? " (no result)" : ""));
    System.exit(0);
  }

  /** The SDK's client as users build it, on the Apache HTTP client as Dynamap's is. */
  private static DynamoDbClient sdkClient(URI endpoint, StaticCredentialsProvider credentials) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }
}
