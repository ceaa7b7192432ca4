package io.dynamap.local.differential;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A DynamoDB-compatible server spoken to in raw JSON 1.0 over HTTP, as an SDK would, with a
 * SigV4-looking Authorization header (neither server checks the signature), so that both servers
 * see byte-identical requests and their error answers compare exactly.
 */
final class JsonEndpoint {
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150101/us-east-1/dynamodb/aws4_request, "
          + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
          + "Signature=0000000000000000000000000000000000000000000000000000000000000000";

  private final String name;
  private final URI uri;
  private final HttpClient client;

  JsonEndpoint(String name, URI uri) {
    this.name = name;
    this.uri = uri;
    this.client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
  }

  String name() {
    return name;
  }

  URI uri() {
    return uri;
  }

  /** Sends {@code body} as operation {@code target} (such as {@code PutItem}). */
  CompletableFuture<Answer> send(String target, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810." + target)
            .header("X-Amz-Date", "20150101T000000Z")
            .header("Authorization", AUTHORIZATION)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(response -> new Answer(response.statusCode(), Json.parse(response.body())))
        .exceptionally(failure -> Answer.transportFailure(String.valueOf(failure)));
  }

  Answer call(String target, String body) {
    return send(target, body).join();
  }
}
