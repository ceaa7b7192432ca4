package io.dynamap.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Readings.Reading;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.page.Scan;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * {@link AsyncScan#segments parallel scans} against Dynamap Local, each compared with the blocking
 * {@link Scan#segments} on the same table: the same items, each once, an exact limit across
 * segments, requests in flight bounded by what the subscriber asked for, and a failure of one
 * segment stopping the others.
 */
@DynamapLocalTest
class AsyncParallelScanTest {
  private static final long WAIT_SECONDS = 120;
  private static final int COUNT = 400;
  private static final Comparator<Reading> BY_KEY =
      Comparator.comparing(Reading::sensor).thenComparingInt(Reading::seq);

  private final DynamoDbAsyncClient plain =
      DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build();
  private final ScanCounter client = new ScanCounter(plain);
  private final DynamoDbClient blockingClient;
  private final String table;
  private final List<Reading> stored = Readings.readings(0, COUNT);

  AsyncParallelScanTest(TestTables tables, DynamoDbClient blockingClient) throws Exception {
    this.blockingClient = blockingClient;
    this.table = tables.create(Readings.SCHEMA);
    EntityTable<Reading> readings = Readings.table(table);
    AsyncBatchWriter writer = AsyncBatchWriter.of(plain);
    await(writer.putAll(readings, stored).thenCompose(accepted -> writer.close()));
  }

  @AfterEach
  void closeClient() {
    plain.close();
  }

  private static <V> V await(CompletableFuture<V> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private AsyncScan<Reading> scan() {
    return AsyncScan.of(client, table, Readings.SCHEMA::fromItem);
  }

  private Scan<Reading> blockingScan() {
    return Scan.of(blockingClient, table, Readings.SCHEMA::fromItem);
  }

  private static List<Reading> sorted(List<Reading> readings) {
    return readings.stream().sorted(BY_KEY).toList();
  }

  @Test
  void theSegmentsTogetherPublishEveryItemOnceAsTheBlockingParallelScanReadsThem()
      throws Exception {
    List<Reading> all = sorted(stored);
    List<Reading> published = await(scan().segments(4).pageSize(25).toList());
    assertEquals(all, sorted(published), "every item once");
    assertEquals(all, sorted(blockingScan().segments(4).pageSize(25).stream().toList()));
    // Many segments, more than are read at once: those beyond wait for one to end.
    assertEquals(all, sorted(await(scan().segments(40).toList())));
    assertTrue(client.maxInFlight() <= 32, "at most 32 requests in flight: " + client.maxInFlight());
    assertEquals(all, sorted(collect(scan().segments(3).items(), 7)), "requested 7 at a time");
  }

  @Test
  void theLimitIsExactAcrossSegmentsAndZeroSendsNothing() throws Exception {
    Set<Reading> all = new HashSet<>(stored);
    List<Reading> some = await(scan().segments(4).pageSize(10).limit(37).toList());
    assertEquals(37, some.size());
    assertEquals(37, new HashSet<>(some).size(), "no item twice");
    assertTrue(all.containsAll(some));
    assertEquals(37, blockingScan().segments(4).pageSize(10).limit(37).stream().count());

    assertEquals(1, await(scan().segments(4).first()).stream().count());
    int calls = client.calls();
    assertEquals(List.of(), await(scan().segments(4).limit(0).toList()));
    assertEquals(calls, client.calls(), "limit(0) sends nothing");

    AtomicLong consumed = new AtomicLong();
    await(scan().segments(4).pageSize(10).limit(23).forEachSegment(segment -> r -> consumed.incrementAndGet()));
    assertEquals(23, consumed.get());
  }

  @Test
  void aSubscriberAskingForOneItemAtATimeHasOneRequestInFlight() throws Exception {
    client.reset();
    List<Reading> slow = collect(scan().segments(8).pageSize(5).items(), 1);
    assertEquals(sorted(stored), sorted(slow));
    assertEquals(1, client.maxInFlight(), "one item wanted, one request at most");

    client.reset();
    assertEquals(COUNT, await(scan().segments(8).pageSize(5).toList()).size());
    assertTrue(client.maxInFlight() > 1, "unbounded demand reads segments at once");
    assertTrue(client.maxInFlight() <= 8, "no more requests than segments: " + client.maxInFlight());
  }

  @Test
  void eachSegmentsConsumerGetsThatSegmentsItemsAsTheBlockingOnesDo() throws Exception {
    int segments = 5;
    List<List<Reading>> async = perSegment(segments);
    List<List<Reading>> blocking = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      blocking.add(Collections.synchronizedList(new ArrayList<>()));
    }
    Thread caller = Thread.currentThread();
    Set<Thread> consumerThreads = Collections.synchronizedSet(new HashSet<>());
    CompletableFuture<Void> read =
        scan()
            .segments(segments)
            .pageSize(20)
            .forEachSegment(
                segment ->
                    reading -> {
                      consumerThreads.add(Thread.currentThread());
                      async.get(segment).add(reading);
                    });
    blockingScan().segments(segments).pageSize(20).forEachSegment(segment -> blocking.get(segment)::add);
    await(read);

    int total = 0;
    for (int i = 0; i < segments; i++) {
      // A segment's items come in the segment's own order, page after page, as on a thread.
      assertEquals(blocking.get(i), async.get(i), "segment " + i);
      total += async.get(i).size();
    }
    assertEquals(COUNT, total);
    assertFalse(consumerThreads.contains(caller), "consumers run on the SDK's threads");
  }

  @Test
  void aFailingSegmentStopsTheOthersAndItsFailureEndsTheRead() throws Exception {
    IllegalStateException broken = new IllegalStateException("the consumer broke");
    AtomicInteger running = new AtomicInteger();
    CompletableFuture<Void> read =
        scan()
            .segments(4)
            .pageSize(2)
            .forEachSegment(
                segment ->
                    reading -> {
                      running.incrementAndGet();
                      try {
                        if (segment == 2) {
                          throw broken;
                        }
                      } finally {
                        running.decrementAndGet();
                      }
                    });
    Throwable failure = read.handle((value, e) -> e).get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertSame(broken, failure);
    assertEquals(0, running.get(), "no consumer runs once the future completed");
    int callsAtFailure = client.calls();
    Thread.sleep(300);
    assertEquals(callsAtFailure, client.calls(), "no segment reads on");
    // Two items a page: the whole read needs about 200 requests; it stopped after a few.
    assertTrue(callsAtFailure < 60, "stopped early: " + callsAtFailure + " requests");

    // The same through the publisher: an item that cannot be decoded fails the merge.
    client.reset();
    AtomicInteger decoded = new AtomicInteger();
    AsyncScan<Reading> unreadable =
        AsyncScan.of(
            client,
            table,
            item -> {
              if (decoded.incrementAndGet() == 3) {
                throw new IllegalArgumentException("the third item is unreadable");
              }
              return Readings.SCHEMA.fromItem(item);
            });
    Throwable merged =
        PageFutures.collect(unreadable.segments(4).pageSize(2).items())
            .handle((value, e) -> e)
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertInstanceOf(IllegalArgumentException.class, merged);
    int mergedCalls = client.calls();
    Thread.sleep(300);
    assertEquals(mergedCalls, client.calls(), "the other segments stopped");
    assertTrue(mergedCalls < 60, "stopped early: " + mergedCalls + " requests");

    // A request's failure is the blocking scan's exception.
    AsyncScan<Reading> missing = AsyncScan.of(client, table + "-missing", Readings.SCHEMA::fromItem);
    assertInstanceOf(
        TableNotFoundException.class,
        missing.segments(3).toList().handle((value, e) -> e).get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(
        TableNotFoundException.class,
        missing
            .segments(3)
            .forEachSegment(segment -> reading -> {})
            .handle((value, e) -> e)
            .get(WAIT_SECONDS, TimeUnit.SECONDS));
  }

  @Test
  void pagesAndCursorsAreForScansOfOneSegmentAsInTheBlockingScan() throws Exception {
    String cursor = await(scan().pageSize(3).firstPage()).cursor().orElseThrow();
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> scan().segments(2).startingAfter(cursor).items());
    assertEquals(
        "a cursor resumes a scan of one segment; this scan has 2 segments, so items() cannot"
            + " start after it",
        refused.getMessage());
    assertEquals(
        "a cursor resumes a scan of one segment; this scan has 2 segments, so stream() cannot"
            + " start after it",
        assertThrows(
                IllegalStateException.class,
                () -> blockingScan().segments(2).startingAfter(cursor).stream())
            .getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> scan().segments(2).startingAfter(cursor).forEachSegment(s -> r -> {}));
    assertEquals(
        "pages() reads one segment; a scan of 2 segments is read with items(), toList() or"
            + " forEachSegment()",
        assertThrows(IllegalStateException.class, () -> scan().segments(2).pages()).getMessage());
    assertThrows(IllegalStateException.class, () -> scan().segments(2).firstPage());
    assertThrows(IllegalArgumentException.class, () -> scan().segments(0));
    // One segment resumes after the cursor, as a plain scan does.
    assertEquals(
        await(scan().startingAfter(cursor).toList()),
        await(scan().segments(1).startingAfter(cursor).toList()));
    assertEquals(
        "AsyncScan[" + table + ", limit=5, segments=4]", scan().segments(4).limit(5).toString());
  }

  @Test
  void aCancelledSubscriptionStopsEverySegment() throws Exception {
    client.reset();
    CompletableFuture<Void> cancelled = new CompletableFuture<>();
    List<Reading> received = new CopyOnWriteArrayList<>();
    scan()
        .segments(6)
        .pageSize(4)
        .items()
        .subscribe(
            new Flow.Subscriber<Reading>() {
              private Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(Reading item) {
                received.add(item);
                if (received.size() == 10) {
                  subscription.cancel();
                  cancelled.complete(null);
                }
              }

              @Override
              public void onError(Throwable error) {
                cancelled.completeExceptionally(error);
              }

              @Override
              public void onComplete() {
                cancelled.completeExceptionally(new AssertionError("completed after cancel"));
              }
            });
    await(cancelled);
    Thread.sleep(300);
    int calls = client.calls();
    Thread.sleep(300);
    assertEquals(calls, client.calls(), "nothing is requested after cancel");
    assertEquals(10, received.size(), "nothing is published after cancel");
  }

  private List<List<Reading>> perSegment(int segments) {
    List<List<Reading>> lists = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      lists.add(Collections.synchronizedList(new ArrayList<>()));
    }
    return lists;
  }

  /** Every item a publisher publishes, requested {@code batch} at a time. */
  private static <T> List<T> collect(Flow.Publisher<T> publisher, int batch) throws Exception {
    CompletableFuture<List<T>> done = new CompletableFuture<>();
    List<T> items = new CopyOnWriteArrayList<>();
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          private Flow.Subscription subscription;
          private int sinceRequest;

          @Override
          public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(batch);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
            if (++sinceRequest == batch) {
              sinceRequest = 0;
              subscription.request(batch);
            }
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(items);
          }
        });
    return await(done);
  }

  /** Passes scans on, counting them and how many are in flight at once. */
  static final class ScanCounter implements DynamoDbAsyncClient {
    private final DynamoDbAsyncClient delegate;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    ScanCounter(DynamoDbAsyncClient delegate) {
      this.delegate = delegate;
    }

    void reset() {
      maxInFlight.set(0);
      calls.set(0);
    }

    int maxInFlight() {
      return maxInFlight.get();
    }

    int calls() {
      return calls.get();
    }

    @Override
    public CompletableFuture<ScanResponse> scan(ScanRequest request) {
      calls.incrementAndGet();
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      CompletableFuture<ScanResponse> call = delegate.scan(request);
      CompletableFuture<ScanResponse> counted = new CompletableFuture<>();
      // Counted down before the reader's callbacks run; a cancel is passed on to the SDK.
      call.whenComplete(
          (response, failure) -> {
            inFlight.decrementAndGet();
            if (failure != null) {
              counted.completeExceptionally(failure);
            } else {
              counted.complete(response);
            }
          });
      counted.whenComplete(
          (response, failure) -> {
            if (counted.isCancelled()) {
              call.cancel(true);
            }
          });
      return counted;
    }

    @Override
    public String serviceName() {
      return delegate.serviceName();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
