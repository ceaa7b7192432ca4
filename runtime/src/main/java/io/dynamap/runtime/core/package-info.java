/**
 * The shared request core of the single-item and table operations: for each operation, the SDK
 * request built from typed arguments ({@link io.dynamap.runtime.core.ItemRequests}, {@link
 * io.dynamap.runtime.core.TableRequests}) and the mapping of its response, or of the SDK's
 * exception, to the typed result or Dynamap's exception ({@link io.dynamap.runtime.core.Call}),
 * and what a table waiter looks for ({@link io.dynamap.runtime.core.TableWait}).
 *
 * <p>Written once, these are used by both the blocking API ({@link
 * io.dynamap.runtime.TableRepository}, which sends on a {@code DynamoDbClient}) and the
 * non-blocking one ({@code io.dynamap.async.AsyncTableRepository}, on a {@code
 * DynamoDbAsyncClient}): the two only send, so they build the same requests and fail with the
 * same exceptions. Nothing here sends a request or blocks.
 *
 * <p>Not meant for applications: its classes are public so that Dynamap's modules can share them,
 * and they may change between releases. Use the repositories.
 */
package io.dynamap.runtime.core;
