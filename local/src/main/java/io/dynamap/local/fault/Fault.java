package io.dynamap.local.fault;

/**
 * What the {@link FaultInjector} can do to a request instead of, or besides, running it. Faults are
 * applied at the front, the same way for HTTP and in-process clients.
 */
public enum Fault {
  /** Run the request and return its answer unchanged. */
  NONE,
  /**
   * Answer HTTP 400 with a throttling error, without running the request: {@code
   * ProvisionedThroughputExceededException} unless {@link FaultPlan.Builder#throttlingErrorCode}
   * names {@code ThrottlingException}, {@code RequestLimitExceeded} or another code.
   */
  THROTTLING,
  /** Answer HTTP 500 {@code InternalServerError}, without running the request. */
  SERVER_ERROR,
  /** Answer HTTP 503 {@code ServiceUnavailableException}, without running the request. */
  SERVICE_UNAVAILABLE,
  /**
   * Run the request, then hold the answer for {@link FaultPlan.Builder#delay} before sending it: a
   * delay longer than the client's read (or attempt) timeout makes it give up. The request was
   * carried out, as a slow real server would have.
   */
  DELAY,
  /**
   * Read the request, then close the connection without running it or answering; in-process, the
   * client's call fails with an {@link java.io.IOException}.
   */
  CLOSE_CONNECTION,
  /**
   * For {@code BatchWriteItem} and {@code BatchGetItem} only: run some of the request's items or
   * keys and return the others under {@code UnprocessedItems} or {@code UnprocessedKeys}, so they
   * really were not written or read. At least one is left unprocessed, possibly all. The engine's
   * batches are validated whole first, so an invalid batch is refused as it would be without the
   * fault (and the fault is not logged).
   */
  UNPROCESSED
}
