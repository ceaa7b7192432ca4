package io.dynamap.runtime.waiter;

import io.dynamap.runtime.error.DynamapException;
import java.time.Duration;

/** A {@link TableWaiter} gave up: the table did not reach the state waited for in time. */
public class TableWaitTimeoutException extends DynamapException {
  private static final long serialVersionUID = 1L;
  /** The table waited for. */
  private final String tableName;
  /** The table's status at the last check, {@code does not exist}, or {@code never described}. */
  private final String lastStatus;
  /** The wait the policy allowed. */
  private final Duration timeout;

  /**
   * Made by {@link TableWaiter} when its policy's timeout has passed.
   *
   * @param tableName the table waited for
   * @param goal what the table was to do, for the message, such as {@code exist and be ACTIVE}
   * @param lastStatus the status the last check found
   * @param timeout the wait the policy allowed
   * @param checks how many {@code DescribeTable} calls were made
   * @param cause the SDK waiter's exception that ended the wait
   */
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

  /**
   * The table waited for.
   *
   * @return the table's name, as passed to the waiter
   */
  public String tableName() {
    return tableName;
  }

  /**
   * What the last {@code DescribeTable} said, such as {@code CREATING} or {@code does not exist}.
   *
   * @return the last status seen, or {@code never described} if no check answered in time
   */
  public String lastStatus() {
    return lastStatus;
  }

  /**
   * How long the waiter was allowed to wait.
   *
   * @return the policy's timeout
   */
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
