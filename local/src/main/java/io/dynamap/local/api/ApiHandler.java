package io.dynamap.local.api;

import java.util.function.IntPredicate;

/**
 * What the fronts (HTTP and in-process) hand each request to: {@link DynamoApi}, possibly behind
 * the fault injector. Implementations are thread-safe and never throw: every failure is an answer.
 */
@FunctionalInterface
public interface ApiHandler {
  ApiResponse handle(ApiRequest request);

  /**
   * Handles a {@code BatchWriteItem} or {@code BatchGetItem} request validated whole but processing
   * only the writes or keys {@code processed} accepts (by position: tables in the request's order,
   * then entries in each table's order), the others returned unprocessed; or returns null if this
   * handler cannot (another operation, or no such support).
   */
  default ApiResponse handlePartially(ApiRequest request, IntPredicate processed) {
    return null;
  }
}
