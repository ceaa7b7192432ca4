/**
 * The shared request core of the blocking and the non-blocking APIs: for each operation, building
 * the SDK request from typed arguments and turning the answer (or the SDK's exception) into the
 * typed result (or Dynamap's exception) are written here once, with the decisions between calls
 * (chunking, deduplication, retries of unprocessed items and their backoff, transaction outcomes).
 * The blocking classes send these requests on the calling thread; the non-blocking ones send them
 * with the SDK's async client and schedule their retries. Public so that both can use it; not for
 * applications, and not a stable API.
 */
package io.dynamap.runtime.core;
