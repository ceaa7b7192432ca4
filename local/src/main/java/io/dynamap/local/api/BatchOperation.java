package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.IntPredicate;

/**
 * An operation that may leave some of its request's items unprocessed (BatchGetItem,
 * BatchWriteItem), returning them for the client to send again. {@link #execute} processes them
 * all; the fault injector chooses through {@link #executePartially}.
 */
public interface BatchOperation extends Operation {
  /**
   * Runs the request processing only the items {@code processed} accepts and returning the others
   * as unprocessed. Validation is the same as {@link #execute}: an invalid request fails whole.
   *
   * @param processed tested with each item's position in the request (from 0, tables in the
   *     request's order, then items in each table's order)
   */
  ObjectNode executePartially(ObjectNode request, IntPredicate processed);

  @Override
  default ObjectNode execute(ObjectNode request) {
    return executePartially(request, index -> true);
  }
}
