package io.dynamap.runtime.waiter;

import io.dynamap.runtime.DynamapException;
import java.time.Duration;

/** A {@link TableWaiter} gave up: the table did not reach the state waited for in time. */
public class TableWaitTimeoutException extends DynamapException {
  private static final long serialVersionUID = 1L;
  private final String tableName;
  private final String lastStatus;
  private final Duration timeout;

  public TableWaitTimeoutException(
      String tableName, String goal, String lastStatus, Duration timeout, int checks, Throwable cause) {
    super(
        "Gave up waiting for table "
            + tableName
            + " to "
            + goal
            + " after "
            + describe(timeout)
            + " ("
            + checks
            + (checks == 1 ? " check" : " checks")
            + "); its last status: "
            + lastStatus,
        cause);
    this.tableName = tableName;
    this.lastStatus = lastStatus;
    this.timeout = timeout;
  }

  /** The table waited for. */
  public String tableName() {
    return tableName;
  }

  /** What the last {@code DescribeTable} said, such as {@code CREATING} or {@code does not exist}. */
  public String lastStatus() {
    return lastStatus;
  }

  /** How long the waiter was allowed to wait. */
  public Duration timeout() {
    return timeout;
  }

  private static String describe(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + " ms";
    }
    return d.toSeconds() + " s";
  }
}
