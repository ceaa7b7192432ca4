package io.dynamap.async;

import static io.dynamap.async.Counters.COUNT;
import static io.dynamap.async.Counters.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Counters.Counter;
import io.dynamap.async.Counters.CounterRepository;
import io.dynamap.async.Counters.CounterSchema;
import io.dynamap.async.Counters.Label;
import io.dynamap.async.Counters.LabelRepository;
import io.dynamap.async.Counters.LabelSchema;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-item operations of {@link AsyncTableRepository} through {@link FaultyEndpoint}, one
 * fault on the first attempt of every call, for each kind of fault: throttling, 500, 503, a
 * dropped connection, and an answer held past the attempt timeout. Each scenario (puts, gets,
 * conditional puts, {@code putIfAbsent}, versioned saves, an increment, deletes and conditional
 * deletes) is run by the async repository and by the blocking one on tables of their own, and
 * checked three ways: every call ends as the blocking call ends, the tables hold exactly the
 * same items (read directly, not through the proxy), and the retries are counted as the proxy
 * logged the faults.
 *
 * <p>Faults that stop the request before it runs (throttling, 5xx, a dropped connection) leave
 * every call ending as it does without faults: nothing lost, nothing done twice. An answer held
 * past the timeout is different, for both APIs alike: the request ran, and its retry finds its
 * effect. Idempotent calls end as without faults; a conditional write's retry sees the item its
 * first attempt wrote (so {@code putIfAbsent} says false, a save fails on the version it wrote
 * itself), and an increment is applied twice. {@link
 * #anAnswerPastTheTimeoutRanTheRequestAndItsRetrySeesItForBothApisAlike} pins those outcomes
 * down, so that a change to them is seen.
 */
@DynamapLocalTest
class AsyncItemsUnderFaultsTest {
  private static final long WAIT_SECONDS = 60;

  private final TestTables tables;
  private final DynamoDbClient direct;

  AsyncItemsUnderFaultsTest(TestTables tables, DynamoDbClient direct) {
    this.tables = tables;
    this.direct = direct;
  }

  /** The operations of the scenario, as both repositories offer them. */
  private interface Items {
    Object put(Label label) throws Exception;

    Object get(String id) throws Exception;

    Object putIfAbsent(Label label) throws Exception;

    Object put(Label label, Condition<Label> condition) throws Exception;

    Object deleteLabel(Label label) throws Exception;

    Object save(Counter counter) throws Exception;

    Object increment(String id, long by) throws Exception;

    Object delete(String id, Condition<Counter> condition) throws Exception;

    String labels();

    String counters();
  }

  /**
   * Runs the scenario, injecting {@code fault} before each call (none for {@link Fault#NONE}),
   * and returns how each call ended: its result, or its exception's class and the current item
   * it carries.
   */
  private static List<String> scenario(Items items, FaultyEndpoint proxy, Fault fault) {
    List<String> outcomes = new ArrayList<>();
    Counter fresh = new Counter("c", 0, null, 0);
    Step[] steps = {
      () -> items.put(new Label("a", "one")),
      () -> items.get("a"),
      () -> items.putIfAbsent(new Label("b", "first")),
      () -> items.putIfAbsent(new Label("b", "second")),
      () -> items.put(new Label("a", "two"), TEXT.eq("one")),
      () -> items.put(new Label("a", "three"), TEXT.eq("one")),
      () -> items.save(fresh),
      () -> items.save(new Counter("c", 5, "five", 1)),
      () -> items.save(new Counter("c", 7, "stale", 1)),
      () -> items.increment("c", 1),
      () -> items.deleteLabel(new Label("b", "any")),
      () -> items.get("b"),
      () -> items.delete("c", COUNT.eq(99L)),
      () -> items.save(new Counter("d", 1, null, 0)),
    };
    for (Step step : steps) {
      if (fault != Fault.NONE) {
        proxy.injectNext(fault);
      }
      outcomes.add(outcome(step));
    }
    return outcomes;
  }

  @FunctionalInterface
  private interface Step {
    Object run() throws Exception;
  }

  private static String outcome(Step step) {
    try {
      return String.valueOf(step.run());
    } catch (ConditionFailedException e) {
      return e.getClass().getSimpleName() + ", current " + new TreeMap<>(e.item());
    } catch (Exception e) {
      return "unexpected " + e;
    }
  }

  /** A table's items, read directly from Dynamap Local, in key order. */
  private String stored(String table) {
    Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
    direct
        .scanPaginator(scan -> scan.tableName(table).consistentRead(true))
        .items()
        .forEach(item -> items.put(item.get("id").s(), new TreeMap<>(item)));
    return items.toString();
  }

  /** What one run of the scenario ended with: the calls' outcomes and the tables' items. */
  private record Run(
      String api,
      List<String> outcomes,
      String labels,
      String counters,
      RetryStatistics retries,
      long requests) {}

  private Run runAsync(Fault fault) throws Exception {
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(PLAN);
        DynamoDbAsyncClient client =
            configured(DynamapAsyncClientsTest.fastRetryingClient(proxy.endpoint()), fault)
                .retryStatistics(retries)
                .build()) {
      AsyncItems items =
          new AsyncItems(
              new LabelRepository(client, tables.create(LabelSchema.INSTANCE)),
              new CounterRepository(client, tables.create(CounterSchema.INSTANCE)));
      List<String> outcomes = scenario(items, proxy, fault);
      return new Run(
          "async",
          outcomes,
          stored(items.labels()),
          stored(items.counters()),
          retries,
          proxy.requests());
    }
  }

  private Run runBlocking(Fault fault) {
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(PLAN);
        DynamoDbClient client =
            DynamapClients.builder()
                .endpoint(proxy.endpoint())
                .credentials(LocalDynamoDb.credentials())
                .throttleRetryDelay(Duration.ofMillis(1))
                .errorRetryBaseDelay(Duration.ofMillis(1))
                .errorRetryMaxDelay(Duration.ofMillis(2))
                .socketTimeout(socketTimeout(fault))
                .apiCallAttemptTimeout(attemptTimeout(fault))
                .apiCallTimeout(Duration.ofSeconds(60))
                .retryStatistics(retries)
                .build()) {
      BlockingItems items =
          new BlockingItems(
              new BlockingLabels(client, tables.create(LabelSchema.INSTANCE)),
              new BlockingCounters(client, tables.create(CounterSchema.INSTANCE)));
      List<String> outcomes = scenario(items, proxy, fault);
      return new Run(
          "blocking",
          outcomes,
          stored(items.labels()),
          stored(items.counters()),
          retries,
          proxy.requests());
    }
  }

  /**
   * The read timeout: with held answers, well under the hold and well over Dynamap Local's answer
   * on a busy machine, so that a held answer is cut and a slow one is not; otherwise as generous as
   * the other tests' (a slow answer cut by the timeout would be a retry no fault explains).
   */
  private static Duration socketTimeout(Fault fault) {
    return fault == Fault.DELAY ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
  }

  private static Duration attemptTimeout(Fault fault) {
    return fault == Fault.DELAY ? Duration.ofSeconds(4) : Duration.ofSeconds(15);
  }

  /** Faults are injected one by one; a held answer is held this long, past both timeouts. */
  private static final FaultPlan PLAN = FaultPlan.builder().delay(Duration.ofSeconds(6)).build();

  private static DynamapAsyncClients.Builder configured(
      DynamapAsyncClients.Builder builder, Fault fault) {
    if (fault == Fault.CLOSE_CONNECTION || fault == Fault.DELAY) {
      // The Netty client may report a dropped connection's error a second time, late; when the
      // retry has already started (1 to 2 ms here otherwise) that report fails the retry, whose
      // write Dynamap Local has served, and the next retry sees its own effect (see
      // AsyncBatchUnderFaultsTest). A held answer cut by the read timeout drops its connection
      // too: once, on a fresh-clone CI run, every retry of such a GetItem failed at once with
      // "Request cancelled" until the attempts ran out. A retry 50 ms on starts after the late
      // report.
      builder.errorRetryBaseDelay(Duration.ofMillis(50)).errorRetryMaxDelay(Duration.ofMillis(100));
    }
    return builder
        .socketTimeout(socketTimeout(fault))
        .apiCallAttemptTimeout(attemptTimeout(fault))
        .apiCallTimeout(Duration.ofSeconds(60));
  }

  /** The scenario without faults: what every call answers when nothing goes wrong. */
  private static final List<String> CLEAN =
      List.of(
          "null",
          "Optional[Label[id=a, text=one]]",
          "true",
          "false",
          "null",
          "ConditionFailedException, current {id=AttributeValue(S=a), text=AttributeValue(S=two)}",
          "Counter[id=c, count=0, note=null, version=1]",
          "Counter[id=c, count=5, note=five, version=2]",
          "OptimisticLockException, current {count=AttributeValue(N=5), id=AttributeValue(S=c),"
              + " note=AttributeValue(S=five), version=AttributeValue(N=2)}",
          "Counter[id=c, count=6, note=five, version=2]",
          "null",
          "Optional.empty",
          "ConditionFailedException, current {count=AttributeValue(N=6), id=AttributeValue(S=c),"
              + " note=AttributeValue(S=five), version=AttributeValue(N=2)}",
          "Counter[id=d, count=1, note=null, version=1]");

  private static final int CALLS = CLEAN.size();

  /** Each run's tables hold exactly this once the scenario ends without faults. */
  private static final String CLEAN_LABELS =
      "{a={id=AttributeValue(S=a), text=AttributeValue(S=two)}}";

  private static final String CLEAN_COUNTERS =
      "{c={count=AttributeValue(N=6), id=AttributeValue(S=c), note=AttributeValue(S=five),"
          + " version=AttributeValue(N=2)}, d={count=AttributeValue(N=1), id=AttributeValue(S=d),"
          + " version=AttributeValue(N=1)}}";

  private static void assertEndsAsWithoutFaults(Run run, String api) {
    assertEquals(CLEAN, run.outcomes(), api + ": every call ends as without faults");
    assertEquals(CLEAN_LABELS, run.labels(), api + ": nothing lost, nothing written twice");
    assertEquals(CLEAN_COUNTERS, run.counters(), api + ": the increment applied once");
  }

  @Test
  void withoutFaultsTheScenarioEndsAsWritten() throws Exception {
    Run run = runAsync(Fault.NONE);
    assertEndsAsWithoutFaults(run, "async");
    assertEquals(0, run.retries().retries());
    assertEquals(CALLS, run.requests());
  }

  @Test
  void throttledCallsAreRetriedAndEndAsWithoutFaults() throws Exception {
    Run async = runAsync(Fault.THROTTLING);
    Run blocking = runBlocking(Fault.THROTTLING);
    assertEndsAsWithoutFaults(async, "async");
    assertEndsAsWithoutFaults(blocking, "blocking");
    for (Run run : List.of(async, blocking)) {
      String log = run.api() + ": " + run.retries() + ", " + run.requests() + " requests";
      assertEquals(CALLS, run.retries().throttleRetries(), log);
      assertEquals(0, run.retries().errorRetries(), log);
      assertEquals(0, run.retries().networkFailures(), log);
      assertEquals(2L * CALLS, run.requests(), log);
    }
  }

  @Test
  void serverErrorsAreRetriedAndEndAsWithoutFaults() throws Exception {
    for (Fault fault : List.of(Fault.SERVER_ERROR, Fault.SERVICE_UNAVAILABLE)) {
      Run async = runAsync(fault);
      Run blocking = runBlocking(fault);
      assertEndsAsWithoutFaults(async, "async, " + fault);
      assertEndsAsWithoutFaults(blocking, "blocking, " + fault);
      String log = fault + ", async " + async.retries();
      // The SDK's Netty client closes a connection after a 5xx; now and then it reuses one as it
      // closes, and that attempt fails in the network, possibly before reaching the proxy (as
      // in DynamapAsyncClientsTest): at most one such failure per 5xx, counted as what it is.
      long network = async.retries().networkFailures();
      assertTrue(network <= CALLS, log);
      assertEquals(CALLS + network, async.retries().errorRetries(), log);
      assertEquals(0, async.retries().throttleRetries(), log);
      assertTrue(
          async.requests() >= 2L * CALLS && async.requests() <= 2L * CALLS + network, log);
      assertEquals(CALLS, blocking.retries().errorRetries(), "blocking " + blocking.retries());
      assertEquals(0, blocking.retries().networkFailures(), "blocking " + blocking.retries());
      assertEquals(2L * CALLS, blocking.requests());
    }
  }

  @Test
  void droppedConnectionsAreRetriedAsNetworkFailuresAndEndAsWithoutFaults() throws Exception {
    Run async = runAsync(Fault.CLOSE_CONNECTION);
    Run blocking = runBlocking(Fault.CLOSE_CONNECTION);
    assertEndsAsWithoutFaults(async, "async");
    assertEndsAsWithoutFaults(blocking, "blocking");
    assertClosedConnectionsCounted(async);
    assertClosedConnectionsCounted(blocking);
  }

  /**
   * Every fault closed a connection (the proxy dropped it, or the client cut a held answer) and
   * its attempt is retried as a network failure. The SDK's Netty client, now and then, sends the
   * next attempt on a connection as it closes, as after a 5xx (see {@link
   * #serverErrorsAreRetriedAndEndAsWithoutFaults}): that attempt fails in the network too, counted
   * as what it is, at most once per closed connection; the blocking client's counts are exact.
   */
  private static void assertClosedConnectionsCounted(Run run) {
    String log = run.api() + ": " + run.retries() + ", " + run.requests() + " requests";
    long reused = run.api().equals("async") ? run.retries().networkFailures() - CALLS : 0;
    assertTrue(reused >= 0 && reused <= CALLS, log);
    assertEquals(CALLS + reused, run.retries().errorRetries(), log);
    assertEquals(CALLS + reused, run.retries().networkFailures(), log);
    assertEquals(0, run.retries().throttleRetries(), log);
    assertTrue(
        run.requests() >= 2L * CALLS && run.requests() <= 2L * CALLS + reused,
        "every attempt but those on a closing connection reached the proxy: " + log);
  }

  @Test
  void anAnswerPastTheTimeoutRanTheRequestAndItsRetrySeesItForBothApisAlike() throws Exception {
    Run async = runAsync(Fault.DELAY);
    Run blocking = runBlocking(Fault.DELAY);
    assertEquals(blocking.outcomes(), async.outcomes(), "the async calls end as the blocking ones");
    assertEquals(blocking.labels(), async.labels());
    assertEquals(blocking.counters(), async.counters());

    List<String> expected = new ArrayList<>(CLEAN);
    // putIfAbsent: its first attempt wrote the item, which its retry finds.
    expected.set(2, "false");
    // The conditional put's first attempt wrote "two": the retry's condition (text = one) fails.
    expected.set(
        4,
        "ConditionFailedException, current {id=AttributeValue(S=a), text=AttributeValue(S=two)}");
    // The first save stored version 1; its retry expects no item and finds that one.
    expected.set(
        6,
        "OptimisticLockException, current {count=AttributeValue(N=0), id=AttributeValue(S=c),"
            + " version=AttributeValue(N=1)}");
    expected.set(
        7,
        "OptimisticLockException, current {count=AttributeValue(N=5), id=AttributeValue(S=c),"
            + " note=AttributeValue(S=five), version=AttributeValue(N=2)}");
    // The increment ran twice: once per attempt.
    expected.set(9, "Counter[id=c, count=7, note=five, version=2]");
    expected.set(
        12,
        "ConditionFailedException, current {count=AttributeValue(N=7), id=AttributeValue(S=c),"
            + " note=AttributeValue(S=five), version=AttributeValue(N=2)}");
    expected.set(
        13,
        "OptimisticLockException, current {count=AttributeValue(N=1), id=AttributeValue(S=d),"
            + " version=AttributeValue(N=1)}");
    assertEquals(expected, async.outcomes());
    // Every write was made exactly once but the increment: no item lost, none duplicated.
    assertEquals(CLEAN_LABELS, async.labels());
    assertEquals(
        CLEAN_COUNTERS.replace("count=AttributeValue(N=6)", "count=AttributeValue(N=7)"),
        async.counters());
    assertClosedConnectionsCounted(async);
    assertClosedConnectionsCounted(blocking);
  }

  // ---- the two APIs behind one interface ------------------------------------------------------

  private static <V> V await(CompletableFuture<V> future) throws Exception {
    try {
      return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  private record AsyncItems(LabelRepository labelRepository, CounterRepository counterRepository)
      implements Items {
    @Override
    public Object put(Label label) throws Exception {
      return await(labelRepository.put(label));
    }

    @Override
    public Object get(String id) throws Exception {
      return await(labelRepository.get(id));
    }

    @Override
    public Object putIfAbsent(Label label) throws Exception {
      return await(labelRepository.putIfAbsent(label));
    }

    @Override
    public Object put(Label label, Condition<Label> condition) throws Exception {
      return await(labelRepository.put(label, condition));
    }

    @Override
    public Object deleteLabel(Label label) throws Exception {
      return await(labelRepository.delete(label));
    }

    @Override
    public Object save(Counter counter) throws Exception {
      return await(counterRepository.save(counter));
    }

    @Override
    public Object increment(String id, long by) throws Exception {
      return await(counterRepository.update(id).increment(COUNT, by).execute());
    }

    @Override
    public Object delete(String id, Condition<Counter> condition) throws Exception {
      return await(counterRepository.delete(id, condition));
    }

    @Override
    public String labels() {
      return labelRepository.tableName();
    }

    @Override
    public String counters() {
      return counterRepository.tableName();
    }
  }

  private static final class BlockingLabels extends TableRepository<Label> {
    BlockingLabels(DynamoDbClient client, String tableName) {
      super(client, LabelSchema.INSTANCE, tableName);
    }

    Optional<Label> get(String id) {
      return getByKey(Counters.key(id));
    }
  }

  private static final class BlockingCounters extends TableRepository<Counter> {
    BlockingCounters(DynamoDbClient client, String tableName) {
      super(client, CounterSchema.INSTANCE, tableName);
    }

    io.dynamap.runtime.expr.Update<Counter> update(String id) {
      return updateByKey(Counters.key(id));
    }

    void delete(String id, Condition<Counter> condition) {
      deleteByKey(Counters.key(id), condition);
    }
  }

  private record BlockingItems(BlockingLabels labelRepository, BlockingCounters counterRepository)
      implements Items {
    @Override
    public Object put(Label label) {
      labelRepository.put(label);
      return null;
    }

    @Override
    public Object get(String id) {
      return labelRepository.get(id);
    }

    @Override
    public Object putIfAbsent(Label label) {
      return labelRepository.putIfAbsent(label);
    }

    @Override
    public Object put(Label label, Condition<Label> condition) {
      labelRepository.put(label, condition);
      return null;
    }

    @Override
    public Object deleteLabel(Label label) {
      labelRepository.delete(label);
      return null;
    }

    @Override
    public Object save(Counter counter) {
      return counterRepository.save(counter);
    }

    @Override
    public Object increment(String id, long by) {
      return counterRepository.update(id).increment(COUNT, by).execute();
    }

    @Override
    public Object delete(String id, Condition<Counter> condition) {
      counterRepository.delete(id, condition);
      return null;
    }

    @Override
    public String labels() {
      return labelRepository.tableName();
    }

    @Override
    public String counters() {
      return counterRepository.tableName();
    }
  }
}
