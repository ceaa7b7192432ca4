package io.dynamap.runtime.waiter;

import io.dynamap.runtime.core.Call;
import io.dynamap.runtime.core.TableWait;
import io.dynamap.runtime.error.DynamapException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

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
    return await(tableName, TableWait.EXISTS).orElseThrow();
  }

  /**
   * Waits until the table does not exist, as after {@code DeleteTable}.
   *
   * @param tableName the table's name; not null
   * @throws TableWaitTimeoutException if it still exists after the policy's timeout
   */
  public void untilNotExists(String tableName) {
    await(tableName, TableWait.NOT_EXISTS);
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
    return await(tableName, TableWait.INDEXES_ACTIVE).orElseThrow();
  }

  @Override
  public String toString() {
    return "TableWaiter[every " + policy.pollInterval() + " for up to " + policy.timeout() + "]";
  }

  /** Polls until the goal is reached; the result is the table as last described. */
  private Optional<TableDescription> await(String tableName, TableWait goal) {
    Objects.requireNonNull(tableName, "tableName");
    AtomicReference<TableState> last = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicInteger checks = new AtomicInteger();
    Call<DescribeTableRequest, DescribeTableResponse, Optional<TableDescription>> describe =
        TableWait.describe(tableName);
    Supplier<TableState> poll =
        () -> {
          checks.incrementAndGet();
          TableState state;
          try {
            state = new TableState(describe(describe));
          } catch (RuntimeException e) {
            failure.set(e); // the waiter would only wrap it
            throw e;
          }
          last.set(state);
          return state;
        };
    Waiter<TableState> waiter =
        Waiter.builder(TableState.class)
            .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(state -> goal.reachedBy(state.table())))
            .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(state -> true))
            .overrideConfiguration(
                c ->
                    c.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(policy.pollInterval()))
                        .waitTimeout(policy.timeout())
                        // The deadline alone bounds the wait.
                        .maxAttempts(Integer.MAX_VALUE))
            .build();
    try {
      return waiter.run(poll).matched().response().orElseThrow().table();
    } catch (SdkClientException e) {
      RuntimeException failed = failure.get();
      if (failed != null) {
        throw failed;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new DynamapException(
            "Interrupted while waiting for table " + tableName + " to " + goal.goal(), e);
      }
      TableState seen = last.get();
      throw goal.timedOut(
          tableName, seen == null ? null : TableWait.status(seen.table()), policy, checks.get(), e);
    }
  }

  /** Sends one poll; a missing table is its result, other failures Dynamap's exceptions. */
  private Optional<TableDescription> describe(
      Call<DescribeTableRequest, DescribeTableResponse, Optional<TableDescription>> call) {
    DescribeTableResponse response;
    try {
      response = client.describeTable(call.request());
    } catch (SdkException e) {
      return call.recover(e);
    }
    return call.result(response);
  }

  /** What one {@code DescribeTable} said: the table, or empty if it does not exist. */
  private record TableState(Optional<TableDescription> table) {}
}
