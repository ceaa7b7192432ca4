/**
 * Fault injection for tests: {@link io.dynamap.testing.fault.FaultyEndpoint}, a second endpoint on
 * Dynamap Local's tables that answers some requests with throttling errors, server errors, delays,
 * dropped connections or partly unprocessed batches, and logs every fault it injected. The faults
 * themselves ({@link io.dynamap.local.fault.Fault}, {@link io.dynamap.local.fault.FaultPlan}) come
 * from Dynamap Local.
 */
package io.dynamap.testing.fault;
