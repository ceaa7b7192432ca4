package io.dynamap.runtime;

/** The table a request named does not exist (DynamoDB's {@code ResourceNotFoundException}). */
public class TableNotFoundException extends DynamapException {
  private static final long serialVersionUID = 1L;
  private final String tableName;

  public TableNotFoundException(String tableName, String operation, Throwable cause) {
    super(
        operation
            + " on table "
            + tableName
            + " failed: the table does not exist. Create it first, for example with the"
            + " repository's createTable().",
        cause);
    this.tableName = tableName;
  }

  /** The table that was not found. */
  public String tableName() {
    return tableName;
  }
}
