package io.dynamap.local.api;

/**
 * What the fronts (HTTP and in-process) hand each request to: {@link DynamoApi}, possibly behind
 * the fault injector. Implementations are thread-safe and never throw: every failure is an answer.
 */
@FunctionalInterface
public interface ApiHandler {
  ApiResponse handle(ApiRequest request);
}
