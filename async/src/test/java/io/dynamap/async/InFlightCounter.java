package io.dynamap.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

/**
 * A client that passes batch calls on and counts how many are in flight at once, from the call to
 * its future's completion: what the batch classes bound.
 */
final class InFlightCounter implements DynamoDbAsyncClient {
  private final DynamoDbAsyncClient delegate;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  InFlightCounter(DynamoDbAsyncClient delegate) {
    this.delegate = delegate;
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  int calls() {
    return calls.get();
  }

  @Override
  public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
    return counted(delegate.batchWriteItem(request));
  }

  @Override
  public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
    return counted(delegate.batchGetItem(request));
  }

  private <T> CompletableFuture<T> counted(CompletableFuture<T> call) {
    calls.incrementAndGet();
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    // Counted down before the caller's callbacks run, as the call is over for the server then.
    return call.whenComplete((response, failure) -> inFlight.decrementAndGet());
  }

  @Override
  public String serviceName() {
    return delegate.serviceName();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
