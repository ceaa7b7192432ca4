package io.dynamap.runtime.table;

import io.dynamap.runtime.error.DynamapException;
import java.util.List;

/**
 * A live table differs from what the model declares (keys, indexes, projections, Time to Live):
 * thrown by a repository's {@code verifyTable()}, listing every difference at once so that one
 * start-up failure tells the whole story.
 */
public class TableMismatchException extends DynamapException {
  private static final long serialVersionUID = 1L;
  /** The table that was checked. */
  private final String tableName;

  /** One sentence per difference. */
  private final List<String> differences;

  /**
   * An exception listing the differences.
   *
   * @param tableName the table that was checked
   * @param model what the table was checked against, such as {@code "OrderSchema"}
   * @param differences one sentence per difference, never empty
   */
  public TableMismatchException(String tableName, String model, List<String> differences) {
    super(message(tableName, model, differences));
    this.tableName = tableName;
    this.differences = List.copyOf(differences);
  }

  /**
   * The table that was checked.
   *
   * @return its name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * Every difference, one sentence each, in the order: key, indexes, Time to Live.
   *
   * @return the differences
   */
  public List<String> differences() {
    return differences;
  }

  private static String message(String tableName, String model, List<String> differences) {
    StringBuilder message =
        new StringBuilder("Table ")
            .append(tableName)
            .append(" does not match ")
            .append(model)
            .append(" (")
            .append(differences.size())
            .append(differences.size() == 1 ? " difference):" : " differences):");
    for (String difference : differences) {
      message.append("\n  - ").append(difference);
    }
    return message.toString();
  }
}
