package io.dynamap.runtime.error;

/** The root of every exception Dynamap throws. */
public class DynamapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what went wrong and, where it helps, what to do
   */
  public DynamapException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong and, where it helps, what to do
   * @param cause the underlying failure
   */
  public DynamapException(String message, Throwable cause) {
    super(message, cause);
  }
}
