package io.dynamap.async;

import static io.dynamap.async.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.StringAttribute;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.listen.CallEvent;
import io.dynamap.runtime.listen.CallListener;
import io.dynamap.runtime.page.InvalidCursorException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.page.Query;
import io.dynamap.runtime.page.Scan;
import io.dynamap.runtime.page.UnmappableItem;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link AsyncQuery} and {@link AsyncScan} against Dynamap Local: the same items, pages, limits
 * and cursors as the blocking {@link Query} and {@link Scan} (which share their request core),
 * with backpressure, cancellation, errors and the Reactive Streams rules a subscriber can see.
 */
@DynamapLocalTest
class AsyncPagesTest {
  private static final long WAIT_SECONDS = 60;
  private static final String STREAM = "orders";
  private static final Function<Map<String, AttributeValue>, Map<String, AttributeValue>> AS_IS =
      Map::copyOf;

  /** The payload attribute, for filters. */
  private static final StringAttribute<Map<String, AttributeValue>, String> PAYLOAD =
      new StringAttribute<>("payload") {
        @Override
        protected AttributeValue encode(String value) {
          return AttributeValue.fromS(value);
        }
      };

  /** What a generated key class's partition condition is, for the events' stream. */
  private static final class StreamKey extends KeyCondition<Map<String, AttributeValue>> {
    StreamKey(String stream) {
      super(null, "pk", AttributeValue.fromS(stream));
    }
  }

  private final DynamoDbClient blocking;
  private final String table;
  /** Query and Scan requests the async client sent, counted as they start. */
  private final AtomicInteger queries = new AtomicInteger();

  private final AtomicInteger scans = new AtomicInteger();
  private final List<DynamoDbAsyncClient> clients = new ArrayList<>();

  AsyncPagesTest(TestTables tables, DynamoDbClient blocking) {
    this.blocking = blocking;
    this.table = tables.create(Events.SCHEMA);
  }

  @AfterEach
  void closeClients() {
    clients.forEach(DynamoDbAsyncClient::close);
  }

  /** An async client of the endpoint that counts the Query and Scan requests it starts. */
  private DynamoDbAsyncClient client(URI endpoint) {
    return client(endpoint, event -> {});
  }

  private DynamoDbAsyncClient client(URI endpoint, CallListener listener) {
    DynamoDbAsyncClient client =
        DynamapAsyncClientsTest.client(endpoint)
            .addListener(listener)
            .addExecutionInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeExecution(
                      Context.BeforeExecution context, ExecutionAttributes attributes) {
                    if (context.request() instanceof QueryRequest) {
                      queries.incrementAndGet();
                    } else if (context.request() instanceof ScanRequest) {
                      scans.incrementAndGet();
                    }
                  }
                })
            .build();
    clients.add(client);
    return client;
  }

  private DynamoDbAsyncClient client() {
    return client(LocalDynamoDb.shared().endpoint());
  }

  private void fill(String stream, int count) {
    List<WriteRequest> batch = new ArrayList<>();
    for (int sequence = 1; sequence <= count; sequence++) {
      String payload = (sequence % 3 == 0 ? "third " : "other ") + sequence;
      batch.add(
          WriteRequest.builder()
              .putRequest(PutRequest.builder().item(event(stream, sequence, payload)).build())
              .build());
      if (batch.size() == 25 || sequence == count) {
        List<WriteRequest> requests = List.copyOf(batch);
        var response =
            blocking.batchWriteItem(
                BatchWriteItemRequest.builder().requestItems(Map.of(table, requests)).build());
        assertTrue(response.unprocessedItems().isEmpty(), "Dynamap Local processes every item");
        batch.clear();
      }
    }
  }

  private AsyncQuery<Map<String, AttributeValue>> asyncQuery(DynamoDbAsyncClient client) {
    return AsyncQuery.of(client, table, new StreamKey(STREAM), false, AS_IS);
  }

  private Query<Map<String, AttributeValue>> blockingQuery() {
    return Query.of(blocking, table, new StreamKey(STREAM), false, AS_IS);
  }

  private static <T> List<T> all(Flow.Publisher<T> publisher) throws Exception {
    Recorder<T> recorder = Recorder.unbounded();
    publisher.subscribe(recorder);
    return recorder.awaitDone();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** A page without its consumed capacity, which only the async test client asks for. */
  private static List<Object> summary(Page<Map<String, AttributeValue>> page) {
    return List.of(
        page.items(), page.count(), page.scannedCount(), page.lastEvaluatedKey(), page.cursor());
  }

  private static List<List<Object>> summaries(List<Page<Map<String, AttributeValue>>> pages) {
    return pages.stream().map(AsyncPagesTest::summary).toList();
  }

  private static List<String> sequences(List<Map<String, AttributeValue>> items) {
    return items.stream().map(item -> item.get("sk").s()).toList();
  }

  @Test
  void itemsArriveInSortKeyOrderAsTheBlockingQueryReadsThem() throws Exception {
    fill(STREAM, 57);
    fill("elsewhere", 5);
    DynamoDbAsyncClient client = client();

    List<Map<String, AttributeValue>> items = all(asyncQuery(client).pageSize(10).items());

    assertEquals(57, items.size());
    assertEquals(blockingQuery().stream().toList(), items);
    assertEquals(6, queries.get(), "five full pages of 10, then the last of 7");
    assertEquals(
        sequences(blockingQuery().descending().stream().toList()),
        sequences(all(asyncQuery(client).descending().items())));
  }

  @Test
  void pagesAreTheBlockingQuerysPagesWithTheSameCursors() throws Exception {
    fill(STREAM, 25);
    List<Page<Map<String, AttributeValue>>> pages = all(asyncQuery(client()).pageSize(10).pages());
    List<Page<Map<String, AttributeValue>>> expected = blockingQuery().pageSize(10).pages().toList();

    assertEquals(summaries(expected), summaries(pages));
    assertEquals(List.of(10, 10, 5), pages.stream().map(page -> page.items().size()).toList());
    assertTrue(pages.get(0).cursor().isPresent());
    assertFalse(pages.get(2).hasMore(), "the last page has no cursor");
  }

  @Test
  void limitIsExactAndReadsOnlyThePagesNeeded() throws Exception {
    fill(STREAM, 40);
    DynamoDbAsyncClient client = client();

    List<Map<String, AttributeValue>> items = all(asyncQuery(client).pageSize(10).limit(23).items());
    assertEquals(blockingQuery().pageSize(10).limit(23).stream().toList(), items);
    assertEquals(23, items.size());
    assertEquals(3, queries.get(), "10, 10, then a request for the 3 still missing");

    List<Page<Map<String, AttributeValue>>> pages =
        all(asyncQuery(client).pageSize(10).limit(23).pages());
    assertEquals(List.of(10, 10, 3), pages.stream().map(page -> page.items().size()).toList());
    assertTrue(pages.get(2).hasMore(), "the limit stopped the read: its last page resumes");

    queries.set(0);
    assertEquals(List.of(), all(asyncQuery(client).limit(0).items()));
    assertEquals(List.of(), all(asyncQuery(client).limit(0).pages()));
    assertEquals(0, queries.get(), "limit(0) sends nothing");
  }

  @Test
  void cursorsResumeAcrossTheBlockingAndTheAsyncQuery() throws Exception {
    fill(STREAM, 30);
    DynamoDbAsyncClient client = client();

    Page<Map<String, AttributeValue>> first = await(asyncQuery(client).limit(12).firstPage());
    assertEquals(summary(blockingQuery().limit(12).firstPage()), summary(first));
    String cursor = first.cursor().orElseThrow();

    // The async cursor resumes a blocking query, and the other way round, at the same item.
    List<Map<String, AttributeValue>> restBlocking =
        blockingQuery().startingAfter(cursor).stream().toList();
    List<Map<String, AttributeValue>> restAsync = all(asyncQuery(client).startingAfter(cursor).items());
    assertEquals(restBlocking, restAsync);
    assertEquals(18, restAsync.size());
    assertEquals("00013", restAsync.get(0).get("sk").s());

    String blockingCursor = blockingQuery().limit(20).firstPage().cursor().orElseThrow();
    assertEquals(
        blockingQuery().startingAfter(blockingCursor).stream().toList(),
        all(asyncQuery(client).startingAfter(blockingCursor).items()));

    // Page by page with PageRequest, as a web handler would.
    PageRequest request = PageRequest.first(8);
    List<String> seen = new ArrayList<>();
    while (true) {
      Page<Map<String, AttributeValue>> page = await(asyncQuery(client).page(request));
      assertEquals(summary(blockingQuery().page(request)), summary(page));
      seen.addAll(sequences(page.items()));
      if (!page.hasMore()) {
        break;
      }
      request = request.next(page);
    }
    assertEquals(sequences(blockingQuery().stream().toList()), seen);
  }

  @Test
  void filteredReadsFillTheirPagesAndCount() throws Exception {
    fill(STREAM, 60);
    DynamoDbAsyncClient client = client();
    Condition<Map<String, AttributeValue>> thirds = PAYLOAD.beginsWith("third");

    List<Map<String, AttributeValue>> items =
        all(asyncQuery(client).filter(thirds).pageSize(7).items());
    assertEquals(blockingQuery().filter(thirds).pageSize(7).stream().toList(), items);
    assertEquals(20, items.size());
    assertTrue(items.stream().allMatch(item -> item.get("payload").s().startsWith("third")));

    // A page of 5 filtered items takes several short pages of 7 read items: it is still full.
    Page<Map<String, AttributeValue>> page =
        await(asyncQuery(client).filter(thirds).pageSize(7).page(PageRequest.first(5)));
    assertEquals(
        summary(blockingQuery().filter(thirds).pageSize(7).page(PageRequest.first(5))),
        summary(page));
    assertEquals(5, page.items().size());
    assertTrue(page.scannedCount() > 5);

    assertEquals(20L, await(asyncQuery(client).filter(thirds).count()));
    assertEquals(60L, await(asyncQuery(client).count()));

    AsyncScan<Map<String, AttributeValue>> scan = AsyncScan.of(client, table, AS_IS);
    assertEquals(
        Scan.of(blocking, table, AS_IS).filter(thirds).pageSize(9).stream().toList(),
        all(scan.filter(thirds).pageSize(9).items()));
    assertEquals(20L, await(scan.filter(thirds).count()));
  }

  @Test
  void unmappableItemsFailTheReadOrAreSkippedAsInTheBlockingQuery() throws Exception {
    fill(STREAM, 12);
    DynamoDbAsyncClient client = client();
    Function<Map<String, AttributeValue>, Map<String, AttributeValue>> refusingThirds =
        item -> {
          if (item.get("payload").s().startsWith("third")) {
            throw new ItemMappingException("payload is a third").inItem(table, Events.key(STREAM, 0));
          }
          return Map.copyOf(item);
        };
    AsyncQuery<Map<String, AttributeValue>> query =
        AsyncQuery.of(client, table, new StreamKey(STREAM), false, refusingThirds);

    Recorder<Map<String, AttributeValue>> failing = Recorder.unbounded();
    query.items().subscribe(failing);
    assertInstanceOf(ItemMappingException.class, failing.awaitError());

    List<UnmappableItem> skipped = new CopyOnWriteArrayList<>();
    List<Map<String, AttributeValue>> mapped =
        all(query.skipUnmappable(skipped::add).limit(6).items());
    assertEquals(6, mapped.size(), "skipped items do not count towards the limit");
    assertTrue(mapped.stream().noneMatch(item -> item.get("payload").s().startsWith("third")));
    assertEquals(2, skipped.size(), "items 3 and 6 were skipped before the sixth mapped one");
  }

  @Test
  void failuresAreTheBlockingApisExceptions() throws Exception {
    fill(STREAM, 2);
    DynamoDbAsyncClient client = client();
    AsyncQuery<Map<String, AttributeValue>> missing =
        AsyncQuery.of(client, "NoSuchTable", new StreamKey(STREAM), false, AS_IS);

    Recorder<Map<String, AttributeValue>> items = Recorder.unbounded();
    missing.items().subscribe(items);
    TableNotFoundException notFound = assertInstanceOf(TableNotFoundException.class, items.awaitError());
    assertTrue(notFound.getMessage().contains("NoSuchTable"), notFound.getMessage());

    ExecutionException failed = assertThrows(ExecutionException.class, () -> await(missing.firstPage()));
    assertInstanceOf(TableNotFoundException.class, failed.getCause());
    failed = assertThrows(ExecutionException.class, () -> await(missing.count()));
    assertInstanceOf(TableNotFoundException.class, failed.getCause());
    assertThrows(
        TableNotFoundException.class,
        () -> Query.of(blocking, "NoSuchTable", new StreamKey(STREAM), false, AS_IS).firstPage());

    // A cursor that cannot be used fails before any request, as the blocking query throws.
    queries.set(0);
    Recorder<Map<String, AttributeValue>> badCursor = Recorder.unbounded();
    asyncQuery(client).startingAfter("not-a-cursor").items().subscribe(badCursor);
    assertInstanceOf(InvalidCursorException.class, badCursor.awaitError());
    String scanCursor =
        Scan.of(blocking, table, AS_IS).pageSize(1).firstPage().cursor().orElseThrow();
    failed =
        assertThrows(
            ExecutionException.class, () -> await(asyncQuery(client).startingAfter(scanCursor).firstPage()));
    assertInstanceOf(InvalidCursorException.class, failed.getCause());
    assertEquals(0, queries.get());
  }

  @Test
  void aNonPositiveRequestEndsTheSubscriptionWithIllegalArgumentException() throws Exception {
    fill(STREAM, 5);
    for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
      Recorder<Map<String, AttributeValue>> recorder = Recorder.manual();
      asyncQuery(client()).items().subscribe(recorder);
      recorder.request(bad);
      Throwable error = recorder.awaitError();
      assertInstanceOf(IllegalArgumentException.class, error);
      assertTrue(error.getMessage().contains("3.9"), error.getMessage());
      recorder.request(1); // §3.6: no effect after the end
      assertEquals(List.of(), recorder.elements);
    }
  }

  @Test
  void demandIsHonouredAndOverflowingRequestsAddUpToUnbounded() throws Exception {
    fill(STREAM, 30);
    Recorder<Map<String, AttributeValue>> recorder = Recorder.manual();
    asyncQuery(client()).pageSize(4).items().subscribe(recorder);

    recorder.request(3);
    recorder.awaitElements(3);
    Thread.sleep(100);
    assertEquals(3, recorder.elements.size(), "no more than requested (§1.1)");
    assertEquals(1, queries.get(), "the page in hand meets the demand: no other request");

    recorder.request(Long.MAX_VALUE - 1);
    recorder.request(Long.MAX_VALUE); // §3.17: adds up to unbounded, no overflow
    assertEquals(30, recorder.awaitDone().size());
  }

  @Test
  void requestsFromManyThreadsAtOnceGetExactlyTheirItemsInOrderOneSignalAtATime()
      throws Exception {
    fill(STREAM, 200);
    Recorder<Map<String, AttributeValue>> recorder = Recorder.manual();
    asyncQuery(client()).pageSize(7).items().subscribe(recorder);
    recorder.subscription();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 25; i++) {
                  recorder.request(1);
                  Thread.yield();
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }
    recorder.awaitElements(100);
    Thread.sleep(100);
    assertEquals(100, recorder.elements.size(), "exactly the 100 requested");
    assertEquals(
        sequences(blockingQuery().limit(100).stream().toList()), sequences(recorder.elements));
    recorder.assertNoViolations(); // no overlapping signals (§1.3), none beyond demand (§1.1)
    assertTrue(queries.get() <= 100 / 7 + 1, queries.get() + " requests for 100 items");
  }

  @Test
  void cancellingStopsTheReadAndDropsTheAnswerInFlight() throws Exception {
    fill(STREAM, 30);
    DynamoDbAsyncClient client = client();
    Recorder<Map<String, AttributeValue>> recorder = Recorder.manual();
    asyncQuery(client).pageSize(5).items().subscribe(recorder);
    recorder.request(7);
    recorder.awaitElements(7);
    recorder.cancel();
    recorder.request(100); // §3.6: no effect after cancel
    Thread.sleep(200);
    assertEquals(7, recorder.elements.size());
    assertFalse(recorder.terminated(), "cancel is not followed by a terminal signal");
    assertEquals(2, queries.get(), "the second page was in hand; nothing was sent after cancel");
    recorder.assertNoViolations();

    // The answer to a request in flight when the subscription is cancelled is dropped. (The SDK
    // lets the call run to its end: cancelling its future does not abort the HTTP request.)
    List<CallEvent> calls = new CopyOnWriteArrayList<>();
    try (FaultyEndpoint faulty =
        LocalDynamoDb.shared().withFaults(FaultPlan.builder().delay(Duration.ofSeconds(1)).build())) {
      DynamoDbAsyncClient slow = client(faulty.endpoint(), calls::add);
      faulty.injectNext(Fault.DELAY);
      queries.set(0);
      Recorder<Page<Map<String, AttributeValue>>> pages = Recorder.manual();
      AsyncQuery.of(slow, table, new StreamKey(STREAM), false, AS_IS).pages().subscribe(pages);
      pages.request(1);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (faulty.requests() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      pages.cancel();
      awaitCalls(calls, 1, deadline); // the held answer came, after the cancel
      Thread.sleep(100);
      assertEquals(List.of(), pages.elements, "the answer after cancel was not delivered");
      assertFalse(pages.terminated());
      assertEquals(1, queries.get());
      pages.assertNoViolations();

      // The future of one page: cancelled, it stays cancelled when the answer comes.
      faulty.injectNext(Fault.DELAY);
      long before = faulty.requests();
      CompletableFuture<Page<Map<String, AttributeValue>>> first =
          AsyncQuery.of(slow, table, new StreamKey(STREAM), false, AS_IS).firstPage();
      while (faulty.requests() == before && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertTrue(first.cancel(true));
      awaitCalls(calls, 2, deadline);
      Thread.sleep(100);
      assertTrue(first.isCancelled());
      assertEquals(2, queries.get(), "nothing sent after either cancel");
    }
  }

  private static void awaitCalls(List<CallEvent> calls, int n, long deadline)
      throws InterruptedException {
    while (calls.size() < n && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(n, calls.size(), calls.toString());
  }

  @Test
  void aSlowSubscriberToALargeScanHoldsAtMostOnePage() throws Exception {
    int total = 3000;
    int pageSize = 25;
    fill(STREAM, total);
    DynamoDbAsyncClient client = client();

    // Items, one requested at a time, with pauses: a page is requested only once the previous one
    // has been delivered and more is asked for, so at most one page is ever held.
    Recorder<Map<String, AttributeValue>> items = Recorder.manual();
    AsyncScan.of(client, table, AS_IS).pageSize(pageSize).items().subscribe(items);
    int maxAhead = 0;
    for (int delivered = 0; delivered < total; delivered++) {
      items.request(1);
      items.awaitElements(delivered + 1);
      int requested = scans.get();
      // Pages requested beyond those whose items have all been delivered: the one in hand.
      int ahead = requested - (delivered + 1) / pageSize;
      maxAhead = Math.max(maxAhead, ahead);
      assertTrue(ahead <= 1, requested + " pages requested after " + (delivered + 1) + " items");
      if (delivered % 1000 == 999) {
        Thread.sleep(150); // no demand: nothing is read ahead meanwhile
        assertEquals(requested, scans.get(), "a page was requested without demand");
      }
    }
    items.request(1);
    assertEquals(total, items.awaitDone().size());
    assertEquals(total / pageSize + 1, scans.get(), "120 full pages, then an empty last one");
    assertEquals(1, maxAhead);

    // Pages, one requested at a time: requested minus delivered is never more than one.
    scans.set(0);
    Recorder<Page<Map<String, AttributeValue>>> pages = Recorder.manual();
    AsyncScan.of(client, table, AS_IS).pageSize(pageSize).pages().subscribe(pages);
    int delivered = 0;
    while (!pages.done.isDone()) {
      pages.request(1);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (pages.elements.size() == delivered
          && !pages.done.isDone()
          && System.nanoTime() < deadline) {
        Thread.sleep(0, 100_000);
      }
      delivered = pages.elements.size();
      assertTrue(scans.get() - delivered <= 1, scans.get() + " requested, " + delivered + " delivered");
    }
    assertEquals(total / pageSize + 1, pages.awaitDone().size());
  }

  @Test
  void aSubscriberThatThrowsIsCancelledAndItsErrorRaised() throws Exception {
    fill(STREAM, 12);
    List<Throwable> raised = new CopyOnWriteArrayList<>();
    List<Map<String, AttributeValue>> received = new CopyOnWriteArrayList<>();
    CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
    IllegalStateException broken = new IllegalStateException("the subscriber's own bug");
    asyncQuery(client())
        .pageSize(5)
        .items()
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscribed.complete(subscription);
              }

              @Override
              public void onNext(Map<String, AttributeValue> item) {
                received.add(item);
                if (received.size() == 2) {
                  throw broken; // breaks §2.13
                }
              }

              @Override
              public void onError(Throwable error) {
                raised.add(new AssertionError("onError after the subscriber threw", error));
              }

              @Override
              public void onComplete() {
                raised.add(new AssertionError("onComplete after the subscriber threw"));
              }
            });
    Flow.Subscription subscription = await(subscribed);
    subscription.request(1);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (received.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    // The second item is in hand: it is delivered on this thread, whose handler gets the error.
    Thread thread = Thread.currentThread();
    Thread.UncaughtExceptionHandler previous = thread.getUncaughtExceptionHandler();
    thread.setUncaughtExceptionHandler((t, e) -> raised.add(e));
    try {
      subscription.request(1);
    } finally {
      thread.setUncaughtExceptionHandler(previous);
    }
    subscription.request(10); // cancelled: no effect
    Thread.sleep(200);
    assertEquals(2, received.size());
    assertEquals(List.of(broken), raised);
    assertEquals(1, queries.get());
  }

  @Test
  void nothingWaitsForDynamoDbOnTheCallersThread() throws Exception {
    fill(STREAM, 6);
    try (FaultyEndpoint faulty =
        LocalDynamoDb.shared().withFaults(FaultPlan.builder().delay(Duration.ofSeconds(2)).build())) {
      DynamoDbAsyncClient slow = client(faulty.endpoint());
      AsyncQuery<Map<String, AttributeValue>> query =
          AsyncQuery.of(slow, table, new StreamKey(STREAM), false, AS_IS);

      // Each answer is held 2 s: the calls return long before, with nothing delivered yet.
      faulty.injectNext(Fault.DELAY, Fault.DELAY);
      CompletableFuture<Page<Map<String, AttributeValue>>> first = query.firstPage();
      Recorder<Map<String, AttributeValue>> items = Recorder.unbounded();
      query.items().subscribe(items);
      assertFalse(first.isDone(), "firstPage() returned before DynamoDB answered");
      assertTrue(items.elements.isEmpty() && !items.terminated(), "subscribe returned at once");

      assertEquals(6, await(first).items().size());
      assertEquals(6, items.awaitDone().size());
    }
  }

  @Test
  void eachSubscriptionRunsTheReadAnew() throws Exception {
    fill(STREAM, 9);
    Flow.Publisher<Map<String, AttributeValue>> publisher = asyncQuery(client()).pageSize(4).items();
    assertEquals(all(publisher), all(publisher));
    assertEquals(6, queries.get());
    assertThrows(NullPointerException.class, () -> publisher.subscribe(null)); // §1.9
  }

  @Test
  void scansOfAnIndexAndOptionsAreThoseOfTheBlockingScan() {
    DynamoDbAsyncClient client = client();
    AsyncScan<Map<String, AttributeValue>> index =
        AsyncScan.ofIndex(client, table, "byPayload", true, AS_IS);
    assertEquals("byPayload", index.indexName().orElseThrow());
    IllegalStateException refused = assertThrows(IllegalStateException.class, index::consistentRead);
    assertEquals(
        assertThrows(
                IllegalStateException.class,
                () -> Scan.ofIndex(blocking, table, "byPayload", true, AS_IS).consistentRead())
            .getMessage(),
        refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> asyncQuery(client).limit(-1));
    assertThrows(IllegalArgumentException.class, () -> asyncQuery(client).pageSize(0));
    assertEquals(
        "AsyncQuery[" + table + ": " + new StreamKey(STREAM) + ", pageSize=5, limit=3, descending]",
        asyncQuery(client).pageSize(5).limit(3).descending().toString());
  }
}
