package io.dynamap.testing.fault;

/** What {@link FaultProxy} can do to a request instead of, or besides, forwarding it. */
public enum Fault {
  /** Forward the request and return DynamoDB Local's answer unchanged. */
  NONE,
  /**
   * Answer HTTP 400 with a throttling error, without forwarding: {@code
   * ProvisionedThroughputExceededException} unless {@link FaultProxy.Builder#throttlingErrorCode}
   * names {@code ThrottlingException} or {@code RequestLimitExceeded}.
   */
  THROTTLING,
  /** Answer HTTP 500 {@code InternalServerError}, without forwarding. */
  SERVER_ERROR,
  /** Answer HTTP 503 {@code ServiceUnavailable}, without forwarding. */
  SERVICE_UNAVAILABLE,
  /**
   * Forward the request, then hold the answer for {@link FaultProxy.Builder#delay} before sending
   * it: a delay longer than the client's read timeout makes it give up. The request was carried
   * out, as a slow real server would have.
   */
  DELAY,
  /** Read the request, then reset the connection without forwarding it or answering. */
  CLOSE_CONNECTION,
  /**
   * For {@code BatchWriteItem} and {@code BatchGetItem} only: forward some of the request's items
   * or keys and return the others under {@code UnprocessedItems} or {@code UnprocessedKeys}, so
   * they really were not written or read. At least one is left unprocessed, possibly all.
   */
  UNPROCESSED
}
