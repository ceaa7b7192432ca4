/**
 * Fault injection at Dynamap Local's front: a {@link io.dynamap.local.fault.FaultPlan} says which
 * faults to draw and how often; the live {@link io.dynamap.local.fault.FaultInjector} answers some
 * requests with throttling errors, server errors, delays, dropped connections or partly unprocessed
 * batches, and logs every fault it injected.
 */
package io.dynamap.local.fault;
