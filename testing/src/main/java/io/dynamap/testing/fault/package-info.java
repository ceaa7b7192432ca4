/**
 * Fault injection for tests: {@link io.dynamap.testing.fault.FaultProxy}, an HTTP proxy on loopback
 * in front of DynamoDB Local that answers some requests with throttling errors, server errors,
 * delays, reset connections or partly unprocessed batches, and logs every fault it injected.
 */
package io.dynamap.testing.fault;
