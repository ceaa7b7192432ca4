package io.dynamap.async;

import io.dynamap.runtime.core.RawPage;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import io.dynamap.runtime.core.SegmentedRead;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReferenceArray;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Runs a parallel scan as one {@link Flow.Publisher} of the items of all its segments, in the
 * order their pages arrive, with backpressure: a segment's next page is requested only while the
 * subscriber has asked for more items than the pages in hand hold, one request per item still
 * wanted at most, and at most {@link SegmentedRead#concurrency()} requests in flight. So a
 * subscription holds at most that many pages, however slowly it is read (a subscriber that asks
 * for one item at a time has one request in flight). What to request and what an answer means is
 * the request core's ({@link SegmentedRead}, {@link ReadPlan}); this class only sends and signals.
 *
 * <p>The limit is exact, across segments: once that many items are published, the requests in
 * flight are cancelled and the subscriber completed. A failure of any segment cancels the others'
 * requests and goes to {@code onError}, translated as the blocking scan throws it. Cold: each
 * subscription reads the table from the start. Follows the Reactive Streams rules as {@link
 * PagePublisher} does: serial signals from one drain loop, §3.9 for a non-positive request,
 * cancel dropping the answers in flight, no reference to the subscriber kept at the end.
 *
 * @param <T> the entity type
 */
final class SegmentPublisher<T> implements Flow.Publisher<T> {
  private final DynamoDbAsyncClient client;
  private final SegmentedRead<T> read;

  SegmentPublisher(DynamoDbAsyncClient client, SegmentedRead<T> read) {
    this.client = Objects.requireNonNull(client, "client");
    this.read = Objects.requireNonNull(read, "read");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber"); // §1.9
    new Merge<>(client, read, subscriber).start();
  }

  /** The answer to one segment's request, handed from the SDK's thread to the drain loop. */
  private record Arrival(int segment, RawPage page, Throwable failure) {}

  /**
   * One run of the scan for one subscriber. Every signal is sent from the drain loop, which one
   * thread at a time runs (the subscriber's calling {@code request}, or the SDK's completing a
   * request); fields without {@code volatile} are touched only inside it.
   */
  private static final class Merge<T> extends SerialSubscription<T> {
    private final SegmentedRead<T> read;
    private final AsyncPageSender sender;
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    /** Each segment's request in flight, cancelled on cancel and at the end; null when none. */
    private final AtomicReferenceArray<CompletableFuture<RawPage>> inFlightCalls;

    private final ReadPlan<T>[] plans;
    private final ReadPosition[] positions;
    /** The segments with more to read and no request in flight, in the order they became so. */
    private final ArrayDeque<Integer> idle = new ArrayDeque<>();

    /**
     * The first segment never requested; those from it on are sent after the idle ones, so that
     * segments are read to their end before others start (as the blocking scan's threads do) and
     * a plan is made only when its segment starts.
     */
    private int nextFresh;

    private int inFlight;
    private int segmentsDone;
    /** The pages in hand, each with the index of its next item to deliver. */
    private final ArrayDeque<List<T>> pages = new ArrayDeque<>();

    private int next;
    private long buffered;
    /** Items still to publish under the limit, or Long.MAX_VALUE. */
    private long budget;

    @SuppressWarnings("unchecked") // an array of a generic type
    Merge(DynamoDbAsyncClient client, SegmentedRead<T> read, Flow.Subscriber<? super T> subscriber) {
      super(subscriber);
      this.read = read;
      this.sender = new AsyncPageSender(client);
      int total = read.totalSegments();
      this.plans = new ReadPlan[total];
      this.positions = new ReadPosition[total];
      this.inFlightCalls = new AtomicReferenceArray<>(total);
      this.budget = read.limited() ? read.limit() : Long.MAX_VALUE;
    }

    @Override
    void advance() {
      if (!takeArrivals()) {
        return;
      }
      if (!deliver()) {
        return;
      }
      if (budget == 0 || (segmentsDone == plans.length && buffered == 0)) {
        complete();
        return;
      }
      sendWhatIsWanted();
    }

    /** Takes the answers that have come: false if one failed (the subscriber is then told). */
    private boolean takeArrivals() {
      Arrival arrival;
      while ((arrival = arrivals.poll()) != null) {
        int segment = arrival.segment();
        inFlight--;
        inFlightCalls.set(segment, null);
        if (arrival.failure() != null) {
          fail(translate(segment, arrival.failure()));
          return false;
        }
        List<T> items;
        try {
          items = plans[segment].decode(arrival.page()); // a segment's pages have no cursor
        } catch (Throwable e) {
          fail(e); // an unmappable item, or the unmappable-item consumer's failure
          return false;
        }
        positions[segment] = positions[segment].after(arrival.page().lastEvaluatedKey(), items.size());
        if (positions[segment].finished()) {
          segmentsDone++;
        } else {
          idle.add(segment);
        }
        if (!items.isEmpty()) {
          pages.add(items);
          buffered += items.size();
        }
      }
      return true;
    }

    /** Publishes what the subscriber asked for from the pages in hand: false once it is over. */
    private boolean deliver() {
      while (buffered > 0 && budget > 0) {
        if (cancelled) {
          release();
          return false;
        }
        if (demand.get() == 0) {
          return true;
        }
        List<T> page = pages.peek();
        T item = page.get(next++);
        if (next == page.size()) {
          pages.poll(); // delivered: let it go
          next = 0;
        }
        buffered--;
        if (budget != Long.MAX_VALUE) {
          budget--;
        }
        demand.getAndUpdate(d -> d == Long.MAX_VALUE ? d : d - 1);
        try {
          subscriber.onNext(item);
        } catch (Throwable e) {
          cancelled = true; // §2.13
          release();
          raise(e);
          return false;
        }
      }
      if (cancelled) {
        release();
        return false;
      }
      return true;
    }

    /**
     * Sends the next page of idle segments while the items wanted (the demand, within the limit)
     * exceed the items in hand by more than the requests in flight, up to the concurrency.
     */
    private void sendWhatIsWanted() {
      long wanted = Math.min(demand.get(), budget) - buffered;
      while ((!idle.isEmpty() || nextFresh < plans.length)
          && inFlight < read.concurrency()
          && inFlight < wanted) {
        send(idle.isEmpty() ? nextFresh++ : idle.poll());
      }
    }

    private void send(int segment) {
      inFlight++;
      CompletableFuture<RawPage> call;
      try {
        if (plans[segment] == null) {
          plans[segment] = read.segment(segment);
          positions[segment] = plans[segment].start();
        }
        call = plans[segment].send(positions[segment], sender);
      } catch (Throwable e) {
        call = CompletableFuture.failedFuture(e); // reaches onError as the blocking scan throws it
      }
      inFlightCalls.set(segment, call);
      call.whenComplete(
          (raw, error) -> {
            if (error == null && raw == null) {
              error = new NullPointerException("the SDK completed a page request with null");
            }
            arrivals.add(new Arrival(segment, raw, error));
            drain();
          });
    }

    /** Dynamap's exception for a failed request, as the blocking scan throws it. */
    private Throwable translate(int segment, Throwable error) {
      Throwable cause = AsyncCalls.unwrap(error);
      return cause instanceof SdkException sdk && plans[segment] != null
          ? plans[segment].translate(sdk)
          : cause;
    }

    @Override
    void dropHeld() {
      pages.clear();
      arrivals.clear();
      buffered = 0;
    }

    @Override
    void cancelCalls() {
      for (int segment = 0; segment < inFlightCalls.length(); segment++) {
        CompletableFuture<RawPage> call = inFlightCalls.getAndSet(segment, null);
        if (call != null) {
          call.cancel(true);
        }
      }
    }
  }
}
