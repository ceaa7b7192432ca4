package io.dynamap.benchmarks;

import io.dynamap.local.DynamapLocal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One start of Dynamap Local in-process, in a fresh JVM: {@code DynamapLocal.builder().http(false)
 * .start()}, a {@code DynamoDbClient} on its {@code inProcessHttpClient()}, and the first {@code
 * listTables} answered. Prints {@code STARTUP=<main to answer ns> <start() to answer ns> <start() alone ns>}.
 *
 * <p>With {@code cold}, the SDK is loaded by this first call too: what a test suite's first test
 * pays. With {@code sdk-loaded}, a {@code listTables} through a stub transport first loads and runs
 * the SDK's client (not Dynamap Local's classes), so that the time from {@code start()} is Dynamap
 * Local's own: what each further instance of a suite costs, the SDK being loaded already.
 */
public final class StartupProbe {
  static final String PREFIX = "STARTUP=";

  private StartupProbe() {}

  public static void main(String[] args) {
    long main = System.nanoTime();
    if (args.length > 0 && args[0].equals("sdk-loaded")) {
      try (DynamoDbClient stub = client(new StubHttpClient(), DynamapLocal.IN_PROCESS_ENDPOINT)) {
        stub.listTables();
      }
    }
    long start = System.nanoTime();
    try (DynamapLocal local = DynamapLocal.builder().http(false).start()) {
      long started = System.nanoTime();
      try (DynamoDbClient client = client(local.inProcessHttpClient(), DynamapLocal.IN_PROCESS_ENDPOINT)) {
        client.listTables();
      }
      long answered = System.nanoTime();
      System.out.println(PREFIX + (answered - main) + " " + (answered - start) + " " + (started - start));
      System.out.flush();
    }
    System.exit(0);
  }

  static DynamoDbClient client(SdkHttpClient http, java.net.URI endpoint) {
    return DynamoDbClient.builder()
        .httpClient(http)
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .build();
  }

  /** Answers every request with no tables, without Dynamap Local. */
  private static final class StubHttpClient implements SdkHttpClient {
    private static final byte[] NO_TABLES = "{\"TableNames\":[]}".getBytes(StandardCharsets.UTF_8);

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() {
          return HttpExecuteResponse.builder()
              .response(
                  SdkHttpResponse.builder()
                      .statusCode(200)
                      .putHeader("Content-Type", "application/x-amz-json-1.0")
                      .putHeader("Content-Length", Integer.toString(NO_TABLES.length))
                      .build())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(NO_TABLES)))
              .build();
        }

        @Override
        public void abort() {}
      };
    }

    @Override
    public String clientName() {
      return "stub";
    }

    @Override
    public void close() {}
  }
}
