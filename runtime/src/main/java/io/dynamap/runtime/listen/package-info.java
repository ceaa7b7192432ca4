/**
 * Hooks on every DynamoDB call, like botocore's event hooks, built on the SDK's {@code
 * ExecutionInterceptor}: {@link io.dynamap.runtime.listen.CallListener}s registered with {@code
 * DynamapClients.builder().addListener(…)} receive a {@link io.dynamap.runtime.listen.CallEvent}
 * (operation, table, latency, attempts, retries, consumed capacity, error) when each call ends;
 * {@link io.dynamap.runtime.listen.CallMetrics} keeps counters and latency percentiles per
 * operation.
 */
package io.dynamap.runtime.listen;
