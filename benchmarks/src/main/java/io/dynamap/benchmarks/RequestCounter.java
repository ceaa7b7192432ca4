package io.dynamap.benchmarks;

import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts HTTP requests (every attempt, retries included) that an SDK v2 client sends: the same
 * interceptor on every Java anchor's client.
 */
final class RequestCounter implements ExecutionInterceptor {
  private final LongAdder requests = new LongAdder();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    requests.increment();
  }

  /** The requests sent since the last call, and starts counting again. */
  long takeCount() {
    return requests.sumThenReset();
  }
}
