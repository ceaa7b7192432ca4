package io.dynamap.runtime;

/** The root of every exception Dynamap throws. */
public class DynamapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DynamapException(String message) {
    super(message);
  }

  public DynamapException(String message, Throwable cause) {
    super(message, cause);
  }
}
