package io.dynamap.runtime.core;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Sends the page requests a {@link ReadPlan} builds: the one thing the blocking and the
 * non-blocking executors do differently. A blocking sender returns the {@link RawPage} itself, a
 * non-blocking one a future of it.
 *
 * @param <R> what sending returns: {@code RawPage}, or {@code CompletableFuture<RawPage>}
 */
public interface PageSender<R> {
  /**
   * Sends a query request.
   *
   * @param request the request of one page
   * @return the page, or what will give it
   */
  R query(QueryRequest request);

  /**
   * Sends a scan request.
   *
   * @param request the request of one page
   * @return the page, or what will give it
   */
  R scan(ScanRequest request);
}
