package io.dynamap.runtime.core;

import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * What a table waiter waits for, judged from one {@code DescribeTable} at a time: the blocking
 * {@link io.dynamap.runtime.waiter.TableWaiter} and the non-blocking waiter of the async
 * repositories poll the same {@link #describe} call, stop on the same {@link #reachedBy} and give
 * up with the same {@link #timedOut} exception; only how they wait between polls differs.
 */
public enum TableWait {
  /** The table exists and is {@code ACTIVE}; a table not found yet is waited for. */
  EXISTS("exist and be ACTIVE"),
  /** The table does not exist, as after {@code DeleteTable}. */
  NOT_EXISTS("be deleted"),
  /**
   * The table is {@code ACTIVE} and so is each of its global secondary indexes, none still
   * backfilling.
   */
  INDEXES_ACTIVE("be ACTIVE with all its indexes ACTIVE");

  private final String goal;

  TableWait(String goal) {
    this.goal = goal;
  }

  /**
   * What the table is to do, for messages.
   *
   * @return such as {@code exist and be ACTIVE}
   */
  public String goal() {
    return goal;
  }

  /**
   * Whether a description shows the goal reached.
   *
   * @param table what {@link #describe} said: the table, or empty if it does not exist; not null
   * @return whether to stop waiting
   */
  public boolean reachedBy(Optional<TableDescription> table) {
    Objects.requireNonNull(table, "table");
    return switch (this) {
      case NOT_EXISTS -> table.isEmpty();
      case EXISTS -> table.filter(TableWait::isActive).isPresent();
      case INDEXES_ACTIVE -> table.filter(t -> isActive(t) && indexesActive(t)).isPresent();
    };
  }

  /**
   * One poll: {@code DescribeTable}, whose result is the table or, if it does not exist, empty.
   *
   * @param tableName the table's name; not null
   * @return the call; other failures are Dynamap's exceptions for {@code DescribeTable}
   */
  public static Call<DescribeTableRequest, DescribeTableResponse, Optional<TableDescription>> describe(
      String tableName) {
    Objects.requireNonNull(tableName, "tableName");
    return Call.of(
        "DescribeTable",
        tableName,
        DescribeTableRequest.builder().tableName(tableName).build(),
        (DescribeTableResponse response) -> Optional.of(response.table()),
        failure -> {
          if (failure instanceof ResourceNotFoundException) {
            return Optional.empty();
          }
          throw DynamapErrors.translate(failure, "DescribeTable", tableName);
        });
  }

  /**
   * The table's status for messages: {@code does not exist}, {@code CREATING}, {@code ACTIVE,
   * index ByStatus CREATING (backfilling)}.
   *
   * @param table the table, or empty if it does not exist; not null
   * @return the status
   */
  public static String status(Optional<TableDescription> table) {
    if (table.isEmpty()) {
      return "does not exist";
    }
    TableDescription described = table.get();
    StringJoiner status = new StringJoiner(", ");
    status.add(described.tableStatusAsString());
    List<GlobalSecondaryIndexDescription> indexes =
        described.hasGlobalSecondaryIndexes() ? described.globalSecondaryIndexes() : List.of();
    for (GlobalSecondaryIndexDescription index : indexes) {
      if (!indexActive(index)) {
        status.add(
            "index "
                + index.indexName()
                + " "
                + index.indexStatusAsString()
                + (Boolean.TRUE.equals(index.backfilling()) ? " (backfilling)" : ""));
      }
    }
    return status.toString();
  }

  /**
   * The exception of a wait that ran out of time.
   *
   * @param tableName the table waited for
   * @param lastStatus the {@link #status} the last check found, or null if no check answered
   * @param policy the policy whose timeout passed
   * @param checks how many {@code DescribeTable} calls were made
   * @param cause what ended the wait (the SDK waiter's exception), or null
   * @return the exception, naming the table, the goal and the last status
   */
  public TableWaitTimeoutException timedOut(
      String tableName,
      String lastStatus,
      WaitPolicy policy,
      int checks,
      Throwable cause) {
    return new TableWaitTimeoutException(
        tableName,
        goal,
        lastStatus == null ? "never described" : lastStatus,
        policy.timeout(),
        checks,
        cause);
  }

  private static boolean isActive(TableDescription table) {
    return table.tableStatus() == TableStatus.ACTIVE;
  }

  private static boolean indexesActive(TableDescription table) {
    return !table.hasGlobalSecondaryIndexes()
        || table.globalSecondaryIndexes().stream().allMatch(TableWait::indexActive);
  }

  private static boolean indexActive(GlobalSecondaryIndexDescription index) {
    return index.indexStatus() == IndexStatus.ACTIVE && !Boolean.TRUE.equals(index.backfilling());
  }
}
