/**
 * The shared request core of the blocking and the non-blocking APIs: for every operation, building
 * the SDK request from typed arguments and turning the SDK's response (or exception) into the
 * typed result (or Dynamap's exception), as pure functions written once. The blocking executors
 * (in the runtime) and the non-blocking ones ({@code dynamap-async}) only send the requests these
 * classes build, so they build the same requests and fail with the same exceptions. Nothing here
 * sends a request or blocks.
 *
 * <p>Single-item and table operations: {@link io.dynamap.runtime.core.ItemRequests} and {@link
 * io.dynamap.runtime.core.TableRequests} build the requests, {@link io.dynamap.runtime.core.Call}
 * maps a response or an SDK exception to the result, and {@link io.dynamap.runtime.core.TableWait}
 * is what a table waiter looks for.
 *
 * <p>Paged reads: {@link io.dynamap.runtime.core.ReadRequests} builds the {@code Query} and {@code
 * Scan} requests, {@link io.dynamap.runtime.core.ReadPosition} is where a read stands between two
 * requests (exact limits included), and {@link io.dynamap.runtime.core.ReadPlan} turns each
 * response into a {@link io.dynamap.runtime.page.Page} and the next position.
 *
 * <p>Batches and transactions: {@link io.dynamap.runtime.core.BatchWriteCore} and {@link
 * io.dynamap.runtime.core.BatchGetCore} chunk, deduplicate, build each request and read each
 * answer, with the retries of unprocessed items and their backoff ({@link
 * io.dynamap.runtime.core.BatchRetryPolicy}); {@link io.dynamap.runtime.core.TransactionCore} builds
 * the transactions and maps their outcomes. The blocking classes sleep between retries; the
 * non-blocking ones schedule them. {@link io.dynamap.runtime.core.EntityTable} is what they need of
 * a repository: its table name and schema.
 *
 * <p>Not for applications: these classes are public only so that Dynamap's own modules can share
 * them, and may change in any release. Applications use the repositories, {@link
 * io.dynamap.runtime.page.Query} and {@link io.dynamap.runtime.page.Scan}.
 */
package io.dynamap.runtime.core;
