package io.dynamap.async;

import io.dynamap.runtime.core.TableWait;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.TableWaiter;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Waits for a table to exist, to be gone, or to have all its indexes active, without blocking a
 * thread: the non-blocking counterpart of {@link TableWaiter}, polling {@code DescribeTable} as it
 * does, with the same {@link WaitPolicy} and the same outcomes.
 *
 * <pre>{@code
 * AsyncTableWaiter.of(client).untilExists("Orders")
 *     .thenAccept(table -> log.info("Orders is {}", table.tableStatus()));
 * }</pre>
 *
 * <p>Between two polls no thread waits: the next poll is scheduled after the policy's interval
 * ({@link CompletableFuture#delayedExecutor}) and sent from the common pool. The returned future
 * fails with a {@link TableWaitTimeoutException} when the policy's timeout would pass before the
 * next poll, and with Dynamap's exception if a {@code DescribeTable} fails (other than with a
 * missing table, which is a state like any other). Cancelling the future stops the polling.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AsyncTableWaiter {
  private final DynamoDbAsyncClient client;
  private final WaitPolicy policy;

  private AsyncTableWaiter(DynamoDbAsyncClient client, WaitPolicy policy) {
    this.client = Objects.requireNonNull(client, "client");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * A waiter with the policy {@link WaitPolicy#forClient(DynamoDbAsyncClient)} picks for the
   * client's endpoint.
   *
   * @param client the client the waiter calls {@code DescribeTable} through; not null
   * @return a new waiter; it holds no resources and may be shared between threads
   */
  public static AsyncTableWaiter of(DynamoDbAsyncClient client) {
    return new AsyncTableWaiter(client, WaitPolicy.forClient(client));
  }

  /**
   * A waiter with the given policy.
   *
   * @param client the client the waiter calls {@code DescribeTable} through; not null
   * @param policy how often to poll and how long to wait in all; not null
   * @return a new waiter; it holds no resources and may be shared between threads
   */
  public static AsyncTableWaiter of(DynamoDbAsyncClient client, WaitPolicy policy) {
    return new AsyncTableWaiter(client, policy);
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
   * @return a future of the table's description once active; failed with a {@link
   *     TableWaitTimeoutException} if it is not active within the policy's timeout
   */
  public CompletableFuture<TableDescription> untilExists(String tableName) {
    return AsyncCalls.unwrapped(await(tableName, TableWait.EXISTS).thenApply(Optional::orElseThrow));
  }

  /**
   * Waits until the table does not exist, as after {@code DeleteTable}.
   *
   * @param tableName the table's name; not null
   * @return a future completed once the table is gone; failed with a {@link
   *     TableWaitTimeoutException} if it still exists after the policy's timeout
   */
  public CompletableFuture<Void> untilNotExists(String tableName) {
    return AsyncCalls.unwrapped(await(tableName, TableWait.NOT_EXISTS).thenApply(gone -> null));
  }

  /**
   * Waits until the table is {@code ACTIVE} and so is each of its global secondary indexes, none
   * still backfilling.
   *
   * @param tableName the table's name; not null
   * @return a future of the table's description once it and its indexes are active; failed with
   *     a {@link TableWaitTimeoutException} if they are not active within the policy's timeout
   */
  public CompletableFuture<TableDescription> untilIndexesActive(String tableName) {
    return AsyncCalls.unwrapped(
        await(tableName, TableWait.INDEXES_ACTIVE).thenApply(Optional::orElseThrow));
  }

  @Override
  public String toString() {
    return "AsyncTableWaiter[every " + policy.pollInterval() + " for up to " + policy.timeout() + "]";
  }

  private CompletableFuture<Optional<TableDescription>> await(String tableName, TableWait goal) {
    Objects.requireNonNull(tableName, "tableName");
    Polling polling = new Polling(tableName, goal);
    polling.poll();
    return polling.done;
  }

  /** One wait: its polls so far, the last status seen, and the future it completes. */
  private final class Polling {
    private final String tableName;
    private final TableWait goal;
    private final long start = System.nanoTime();
    private final CompletableFuture<Optional<TableDescription>> done = new CompletableFuture<>();
    private final Executor nextPoll =
        CompletableFuture.delayedExecutor(
            policy.pollInterval().toNanos(), TimeUnit.NANOSECONDS, ForkJoinPool.commonPool());
    // Written and read by one poll at a time, each after the previous one completed.
    private volatile int checks;
    private volatile String lastStatus;

    Polling(String tableName, TableWait goal) {
      this.tableName = tableName;
      this.goal = goal;
    }

    void poll() {
      if (done.isDone()) {
        return; // cancelled
      }
      checks++;
      AsyncCalls.send(TableWait.describe(tableName), client::describeTable)
          .whenComplete(
              (table, error) -> {
                if (error != null) {
                  done.completeExceptionally(AsyncCalls.unwrap(error));
                  return;
                }
                lastStatus = TableWait.status(table);
                if (goal.reachedBy(table)) {
                  done.complete(table);
                  return;
                }
                long elapsed = System.nanoTime() - start;
                if (elapsed + policy.pollInterval().toNanos() > policy.timeout().toNanos()) {
                  done.completeExceptionally(
                      goal.timedOut(tableName, lastStatus, policy, checks, null));
                  return;
                }
                nextPoll.execute(this::poll);
              });
    }
  }
}
