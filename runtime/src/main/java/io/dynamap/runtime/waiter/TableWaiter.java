package io.dynamap.runtime.waiter;

import io.dynamap.runtime.DynamapErrors;
import io.dynamap.runtime.DynamapException;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Waits for a table to exist, to be gone, or to have all its indexes active, by polling {@code
 * DescribeTable}:
 *
 * <pre>{@code
 * TableWaiter.of(client).untilExists("Orders");                       // policy from the endpoint
 * TableWaiter.of(client, WaitPolicy.AWS.withTimeout(Duration.ofMinutes(20)))
 *     .untilIndexesActive("Orders");                                   // after adding an index
 * }</pre>
 *
 * <p>It runs on the SDK's waiter engine ({@link Waiter}, which {@code DynamoDbWaiter} is built on)
 * with a fixed poll interval and a deadline from its {@link WaitPolicy}, rather than {@code
 * DynamoDbWaiter} itself, whose acceptors know neither indexes nor what the table last looked like.
 * Running out of time is a {@link TableWaitTimeoutException} naming the table and its last status;
 * other failures of {@code DescribeTable} are Dynamap's exceptions, thrown at once.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TableWaiter {
  private final DynamoDbClient client;
  private final WaitPolicy policy;

  private TableWaiter(DynamoDbClient client, WaitPolicy policy) {
    this.client = Objects.requireNonNull(client, "client");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * A waiter with the policy {@link WaitPolicy#forClient} picks for the client's endpoint.
   *
   * @param client the client the waiter calls {@code DescribeTable} through; not null
   * @return a new waiter; it holds no resources and may be shared between threads
   */
  public static TableWaiter of(DynamoDbClient client) {
    return new TableWaiter(client, WaitPolicy.forClient(client));
  }

  /**
   * A waiter with the given policy.
   *
   * @param client the client the waiter calls {@code DescribeTable} through; not null
   * @param policy how often to poll and how long to wait in all; not null
   * @return a new waiter; it holds no resources and may be shared between threads
   */
  public static TableWaiter of(DynamoDbClient client, WaitPolicy policy) {
    return new TableWaiter(client, policy);
  }

  /**
   * How this waiter waits.
   *
   * @return the poll interval and timeout this waiter was made with
   */
  public WaitPolicy policy() {
    return policy;
  }

  /**
   * Waits until the table exists and is {@code ACTIVE}; a table not found yet is waited for.
   *
   * @param tableName the table's name; not null
   * @return the table's description once active
   * @throws TableWaitTimeoutException if it is not active within the policy's timeout
   */
  public TableDescription untilExists(String tableName) {
    return await(tableName, "exist and be ACTIVE", state -> state.exists() && isActive(state.table()))
        .table();
  }

  /**
   * Waits until the table does not exist, as after {@code DeleteTable}.
   *
   * @param tableName the table's name; not null
   * @throws TableWaitTimeoutException if it still exists after the policy's timeout
   */
  public void untilNotExists(String tableName) {
    await(tableName, "be deleted", state -> !state.exists());
  }

  /**
   * Waits until the table is {@code ACTIVE} and so is each of its global secondary indexes, none
   * still backfilling: after a table with indexes is created, or an index added.
   *
   * @param tableName the table's name; not null
   * @return the table's description once it and its indexes are active
   * @throws TableWaitTimeoutException if they are not active within the policy's timeout
   */
  public TableDescription untilIndexesActive(String tableName) {
    return await(
            tableName,
            "be ACTIVE with all its indexes ACTIVE",
            state -> state.exists() && isActive(state.table()) && indexesActive(state.table()))
        .table();
  }

  @Override
  public String toString() {
    return "TableWaiter[every " + policy.pollInterval() + " for up to " + policy.timeout() + "]";
  }

  private TableState await(String tableName, String goal, Predicate<TableState> reached) {
    Objects.requireNonNull(tableName, "tableName");
    AtomicReference<TableState> last = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicInteger checks = new AtomicInteger();
    Supplier<TableState> describe =
        () -> {
          checks.incrementAndGet();
          TableState state;
          try {
            state = new TableState(client.describeTable(r -> r.tableName(tableName)).table());
          } catch (ResourceNotFoundException e) {
            state = TableState.ABSENT;
          } catch (RuntimeException e) {
            failure.set(e); // the waiter would only wrap it
            throw e;
          }
          last.set(state);
          return state;
        };
    Waiter<TableState> waiter =
        Waiter.builder(TableState.class)
            .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(reached))
            .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(state -> true))
            .overrideConfiguration(
                c ->
                    c.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(policy.pollInterval()))
                        .waitTimeout(policy.timeout())
                        // The deadline alone bounds the wait.
                        .maxAttempts(Integer.MAX_VALUE))
            .build();
    try {
      return waiter.run(describe).matched().response().orElseThrow();
    } catch (SdkClientException e) {
      RuntimeException failed = failure.get();
      if (failed instanceof SdkException sdk) {
        throw DynamapErrors.translate(sdk, "DescribeTable", tableName);
      }
      if (failed != null) {
        throw failed;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new DynamapException(
            "Interrupted while waiting for table " + tableName + " to " + goal, e);
      }
      TableState seen = last.get();
      throw new TableWaitTimeoutException(
          tableName,
          goal,
          seen == null ? "never described" : seen.describe(),
          policy.timeout(),
          checks.get(),
          e);
    }
  }

  private static boolean isActive(TableDescription table) {
    return table.tableStatus() == TableStatus.ACTIVE;
  }

  private static boolean indexesActive(TableDescription table) {
    return !table.hasGlobalSecondaryIndexes()
        || table.globalSecondaryIndexes().stream().allMatch(TableWaiter::indexActive);
  }

  private static boolean indexActive(GlobalSecondaryIndexDescription index) {
    return index.indexStatus() == IndexStatus.ACTIVE && !Boolean.TRUE.equals(index.backfilling());
  }

  /** What one {@code DescribeTable} said; {@code table} is null if the table does not exist. */
  private record TableState(TableDescription table) {
    static final TableState ABSENT = new TableState(null);

    boolean exists() {
      return table != null;
    }

    /** "does not exist", "CREATING", "ACTIVE, index ByStatus CREATING (backfilling)". */
    String describe() {
      if (table == null) {
        return "does not exist";
      }
      StringJoiner status = new StringJoiner(", ");
      status.add(table.tableStatusAsString());
      List<GlobalSecondaryIndexDescription> indexes =
          table.hasGlobalSecondaryIndexes() ? table.globalSecondaryIndexes() : List.of();
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
  }
}
