/**
 * Dynamap's retry policy for DynamoDB on the SDK's retry API: {@link
 * io.dynamap.runtime.retry.DynamapRetryStrategy} (quick jittered retries for throttling, jittered
 * exponential backoff for server errors and timeouts, none for client errors), the counters it
 * keeps ({@link io.dynamap.runtime.retry.RetryStatistics}), how failures are classified ({@link
 * io.dynamap.runtime.retry.FailureKind}) and how the attempt count is resolved ({@link
 * io.dynamap.runtime.retry.MaxAttempts}). {@link io.dynamap.runtime.client.DynamapClients}
 * configures all of it; use these classes directly only to build clients of your own.
 */
package io.dynamap.runtime.retry;
