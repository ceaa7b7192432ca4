package io.dynamap.async;

import io.dynamap.runtime.core.PageSender;
import io.dynamap.runtime.core.RawPage;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The non-blocking executor of paged reads: sends a plan's requests with the async client. The
 * SDK's exceptions are left as they are (in the failed future); the reader translates them with
 * its plan. Cancelling a returned future cancels the SDK's future too, so that nothing waits on
 * it; the SDK (2.40) still lets the HTTP call run to its end, within the client's call timeout.
 */
final class AsyncPageSender implements PageSender<CompletableFuture<RawPage>> {
  private final DynamoDbAsyncClient client;

  AsyncPageSender(DynamoDbAsyncClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<RawPage> query(QueryRequest request) {
    return pageOf(client.query(request), RawPage::of);
  }

  @Override
  public CompletableFuture<RawPage> scan(ScanRequest request) {
    return pageOf(client.scan(request), RawPage::of);
  }

  private static <R> CompletableFuture<RawPage> pageOf(
      CompletableFuture<R> call, Function<R, RawPage> page) {
    CompletableFuture<RawPage> result = call.thenApply(page);
    // A dependent future does not cancel its source: forward the cancellation to the SDK's call.
    result.whenComplete(
        (ignored, error) -> {
          if (error instanceof CancellationException) {
            call.cancel(true);
          }
        });
    return result;
  }
}
