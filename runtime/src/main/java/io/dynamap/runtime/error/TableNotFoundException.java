package io.dynamap.runtime.error;

/** The table a request named does not exist (DynamoDB's {@code ResourceNotFoundException}). */
public class TableNotFoundException extends DynamapException {
  private static final long serialVersionUID = 1L;
  /** The missing table's name. */
  private final String tableName;

  /**
   * The table does not exist.
   *
   * @param tableName the table's name
   * @param operation the DynamoDB operation that found out, such as {@code PutItem}
   * @param cause the SDK's {@code ResourceNotFoundException}
   */
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

  /**
   * The table that was not found.
   *
   * @return the table's name
   */
  public String tableName() {
    return tableName;
  }
}
