package io.dynamap.runtime.listen;

/**
 * Sees every call a client makes, once the call has ended, successfully or not: its operation,
 * table, latency, attempts, retries, consumed capacity and error. Register listeners with {@code
 * DynamapClients.builder().addListener(…)}; {@link CallMetrics} is a ready one.
 *
 * <p>Listeners run on the calling thread, after the SDK has finished the call and before the client
 * method returns or throws, so they should be quick; with an asynchronous client ({@code
 * DynamapAsyncClients}), on the SDK thread that completes the call, before its future completes.
 * An exception a listener throws is logged and ignored: a listener never changes a call's outcome.
 */
@FunctionalInterface
public interface CallListener {
  /**
   * Called once per call, after it has ended.
   *
   * @param event what the call did; not null
   */
  void onCall(CallEvent event);
}
