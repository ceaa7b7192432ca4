package io.dynamap.local.http;

import io.dynamap.local.api.ApiHandler;
import io.dynamap.local.api.ApiRequest;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.DynamoApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An AWS SDK {@link SdkHttpClient} that hands each request straight to Dynamap Local, in the
 * caller's thread, with no socket: the SDK signs, serializes and parses as usual, and the same
 * checks and faults apply as over HTTP. A dropped connection (an injected fault) fails the call
 * with an {@link IOException}, which the SDK retries as it would a reset connection.
 *
 * <pre>{@code
 * DynamoDbClient client =
 *     DynamoDbClient.builder()
 *         .httpClient(local.inProcessHttpClient())
 *         .endpointOverride(local.endpoint())
 *         .region(Region.US_EAST_1)
 *         .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
 *         .build();
 * }</pre>
 *
 * <p>The endpoint only has to be a valid URI; it is never connected to. Closing this client does
 * not stop Dynamap Local. Thread-safe.
 */
public final class InProcessHttpClient implements SdkHttpClient {
  private static final System.Logger LOG = System.getLogger(InProcessHttpClient.class.getName());
  private static final String CLIENT_NAME = "DynamapLocalInProcess";

  private final ApiHandler handler;

  /** A client whose requests go to {@code handler}. */
  public InProcessHttpClient(ApiHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new Call(request);
  }

  @Override
  public String clientName() {
    return CLIENT_NAME;
  }

  /** Nothing to release: Dynamap Local's lifetime is its own. */
  @Override
  public void close() {}

  /** One request; abortable (the SDK aborts on an attempt timeout) while it is held. */
  private final class Call implements ExecutableHttpRequest {
    private final HttpExecuteRequest request;
    private Thread caller;
    private boolean aborted;

    Call(HttpExecuteRequest request) {
      this.request = request;
    }

    @Override
    public HttpExecuteResponse call() throws IOException {
      synchronized (this) {
        if (aborted) {
          throw new InterruptedIOException("request aborted");
        }
        caller = Thread.currentThread();
      }
      ApiResponse response;
      try {
        response = execute();
      } finally {
        synchronized (this) {
          caller = null;
        }
      }
      synchronized (this) {
        if (aborted) {
          // Our own interrupt, if it came, is spent: the call fails instead.
          Thread.interrupted();
          throw new InterruptedIOException("request aborted");
        }
      }
      if (response.dropsConnection()) {
        throw new IOException("Dynamap Local closed the connection without answering");
      }
      SdkHttpResponse.Builder answer =
          SdkHttpResponse.builder()
              .statusCode(response.status())
              .putHeader("Content-Length", Integer.toString(response.body().length));
      for (Map.Entry<String, String> header : response.headers().entrySet()) {
        answer.putHeader(header.getKey(), header.getValue());
      }
      return HttpExecuteResponse.builder()
          .response(answer.build())
          .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
          .build();
    }

    private ApiResponse execute() throws IOException {
      SdkHttpRequest http = request.httpRequest();
      byte[] body = readBody(request.contentStreamProvider());
      if (body == null) {
        return ApiResponse.of(413, ApiResponse.newRequestId(), null, new byte[0]);
      }
      ApiRequest apiRequest =
          ApiRequest.of(
              http.firstMatchingHeader("X-Amz-Target").orElse(null),
              http.firstMatchingHeader("Content-Type").orElse(null),
              http.firstMatchingHeader("Authorization").orElse(null),
              http.firstMatchingHeader("X-Amz-Date").isPresent()
                  || http.firstMatchingHeader("Date").isPresent(),
              body);
      try {
        return handler.handle(apiRequest);
      } catch (RuntimeException e) {
        // ApiHandlers answer every error, so this is a bug; the SDK still gets DynamoDB's answer.
        LOG.log(Level.ERROR, "Dynamap Local could not answer a request", e);
        return DynamoApi.internalFailure();
      }
    }

    /** Interrupts the call if it is held (by an injected delay); it then fails. */
    @Override
    public synchronized void abort() {
      aborted = true;
      if (caller != null) {
        caller.interrupt();
      }
    }
  }

  /** The body, or null if it is over DynamoDB's limit. */
  private static byte[] readBody(Optional<ContentStreamProvider> provider) throws IOException {
    if (provider.isEmpty()) {
      return new byte[0];
    }
    try (InputStream in = provider.get().newStream()) {
      byte[] body = in.readNBytes(ApiRequest.MAX_BODY_BYTES + 1);
      return body.length > ApiRequest.MAX_BODY_BYTES ? null : body;
    }
  }
}
