package io.dynamap.runtime.page;

import io.dynamap.runtime.error.DynamapException;

/**
 * A cursor given to {@link Query#startingAfter} or {@link Scan#startingAfter} cannot be used: it
 * is not a Dynamap cursor, it was altered or damaged, it is signed with another key, or it was made
 * by a read of another table, index or kind (a query's cursor given to a scan). Thrown before any
 * request is sent.
 */
public class InvalidCursorException extends DynamapException {
  private static final long serialVersionUID = 1L;

  /**
   * A cursor that cannot be used.
   *
   * @param message what is wrong with the cursor, for the user
   */
  public InvalidCursorException(String message) {
    super(message);
  }

  /**
   * A cursor that cannot be used, found out through another failure.
   *
   * @param message what is wrong with the cursor, for the user
   * @param cause the failure that showed it, such as a decoding error
   */
  public InvalidCursorException(String message, Throwable cause) {
    super(message, cause);
  }
}
