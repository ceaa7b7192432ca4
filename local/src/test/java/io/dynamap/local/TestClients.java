package io.dynamap.local;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** SDK clients for the tests, over HTTP or in-process, with the access key {@code "local"}. */
public final class TestClients {
  public static final String ACCESS_KEY = "local";

  private TestClients() {}

  /** A client over HTTP to the instance's endpoint. */
  public static DynamoDbClientBuilder http(DynamapLocal local, int maxAttempts) {
    return base(maxAttempts, null).endpointOverride(local.endpoint());
  }

  /** A client handing requests to the instance in-process. */
  public static DynamoDbClientBuilder inProcess(DynamapLocal local, int maxAttempts) {
    return base(maxAttempts, null)
        .httpClient(local.inProcessHttpClient())
        .endpointOverride(local.endpoint());
  }

  /** A client over HTTP or in-process whose attempts time out. */
  public static DynamoDbClient client(
      DynamapLocal local, boolean inProcess, int maxAttempts, Duration attemptTimeout) {
    DynamoDbClientBuilder builder =
        base(maxAttempts, attemptTimeout).endpointOverride(local.endpoint());
    if (inProcess) {
      builder.httpClient(local.inProcessHttpClient());
    }
    return builder.build();
  }

  private static DynamoDbClientBuilder base(int maxAttempts, Duration attemptTimeout) {
    return DynamoDbClient.builder()
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "secret")))
        .overrideConfiguration(
            config -> {
              config.retryStrategy(retry -> retry.maxAttempts(maxAttempts));
              if (attemptTimeout != null) {
                config.apiCallAttemptTimeout(attemptTimeout);
              }
            });
  }
}
