package io.dynamap.async;

import io.dynamap.runtime.core.RawPage;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import io.dynamap.runtime.core.SegmentedRead;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Reads every segment of a parallel scan into that segment's own consumer, without a thread of
 * its own: each segment requests its next page once its consumer has taken the last one, so a
 * segment never holds more than a page, and at most {@link SegmentedRead#concurrency()} segments
 * are read at once (the others start as these end). A segment's consumer is called only from the
 * completion of that segment's requests, one page after the other, so it sees its items one at a
 * time, in order, as a blocking segment's thread would give them.
 *
 * <p>The future completes once every segment is read (or the limit reached), or fails with the
 * first failure of a request or a consumer, after the other segments' requests are cancelled; in
 * both cases only once no consumer is running any more.
 *
 * @param <T> the entity type
 */
final class SegmentConsumers<T> {
  private final SegmentedRead<T> read;
  private final AsyncPageSender sender;
  private final List<Consumer<? super T>> consumers;
  private final CompletableFuture<Void> result = new CompletableFuture<>();
  /** Items still allowed by the limit, across segments; unused without a limit. */
  private final AtomicLong remaining;
  /** The next segment to start. */
  private final AtomicInteger nextSegment = new AtomicInteger();
  /** Segments started and not ended, plus one held by {@link #start} while it starts them. */
  private final AtomicInteger running = new AtomicInteger(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicReferenceArray<CompletableFuture<RawPage>> calls;
  /** Set on a failure, when the limit is reached, or when the caller cancels: nothing more is read. */
  private volatile boolean stopped;

  private SegmentConsumers(
      DynamoDbAsyncClient client, SegmentedRead<T> read, List<Consumer<? super T>> consumers) {
    this.read = read;
    this.sender = new AsyncPageSender(client);
    this.consumers = consumers;
    this.remaining = new AtomicLong(read.limited() ? read.limit() : Long.MAX_VALUE);
    this.calls = new AtomicReferenceArray<>(read.totalSegments());
  }

  /**
   * Reads every segment into its consumer.
   *
   * @param consumers the consumer of each segment, by segment number
   * @return completes when every segment is read and no consumer runs any more
   */
  static <T> CompletableFuture<Void> run(
      DynamoDbAsyncClient client, SegmentedRead<T> read, List<Consumer<? super T>> consumers) {
    SegmentConsumers<T> run = new SegmentConsumers<>(client, read, consumers);
    run.start();
    return run.result;
  }

  private void start() {
    result.whenComplete(
        (ignored, error) -> {
          if (result.isCancelled()) {
            stop(null); // the caller gave up: requests in flight are cancelled
          }
        });
    if (read.limited() && read.limit() == 0) {
      stopped = true; // nothing to read: no request is sent
    }
    for (int i = 0; i < read.concurrency() && !stopped; i++) {
      startNext();
    }
    ended();
  }

  /** Starts the next segment, if any is left. */
  private void startNext() {
    int segment = nextSegment.getAndIncrement();
    if (segment >= read.totalSegments()) {
      return;
    }
    running.incrementAndGet();
    ReadPlan<T> plan;
    try {
      plan = read.segment(segment);
    } catch (Throwable e) {
      stop(e);
      segmentEnded();
      return;
    }
    readPage(segment, plan, plan.start());
  }

  private void readPage(int segment, ReadPlan<T> plan, ReadPosition position) {
    if (stopped || position.finished()) {
      segmentEnded();
      return;
    }
    CompletableFuture<RawPage> call;
    try {
      call = plan.send(position, sender);
    } catch (Throwable e) {
      call = CompletableFuture.failedFuture(e);
    }
    calls.set(segment, call);
    call.whenComplete((raw, error) -> received(segment, plan, position, raw, error));
    if (stopped) {
      call.cancel(true); // stopped while it was being sent
    }
  }

  private void received(
      int segment, ReadPlan<T> plan, ReadPosition position, RawPage raw, Throwable error) {
    calls.set(segment, null);
    if (stopped) {
      segmentEnded();
      return;
    }
    if (error != null) {
      Throwable cause = AsyncCalls.unwrap(error);
      stop(cause instanceof SdkException sdk ? plan.translate(sdk) : cause);
      segmentEnded();
      return;
    }
    List<T> items = List.of();
    try {
      items = plan.decode(raw); // a segment's pages have no cursor to write
      Consumer<? super T> consumer = consumers.get(segment);
      for (T item : items) {
        if (stopped) {
          break; // another segment failed, or took the last item the limit allows
        }
        long left = remaining.getAndDecrement();
        if (left <= 0) {
          stop(null);
          break;
        }
        consumer.accept(item);
        if (left == 1) {
          stop(null); // that was the limit's last item: the other segments stop too
        }
      }
    } catch (Throwable e) {
      stop(e); // an unmappable item, or the consumer's failure
    }
    if (stopped) {
      segmentEnded();
      return;
    }
    readPage(segment, plan, position.after(raw.lastEvaluatedKey(), items.size()));
  }

  /** Stops reading: the first failure is kept, requests in flight are cancelled. */
  private void stop(Throwable error) {
    if (error != null) {
      failure.compareAndSet(null, error);
    }
    stopped = true;
    for (int segment = 0; segment < calls.length(); segment++) {
      CompletableFuture<RawPage> call = calls.getAndSet(segment, null);
      if (call != null) {
        call.cancel(true);
      }
    }
  }

  /** A segment is over: the next one starts in its place, unless the read stopped. */
  private void segmentEnded() {
    if (!stopped) {
      startNext();
    }
    ended();
  }

  /** One running unit is over; the last one completes the future. */
  private void ended() {
    if (running.decrementAndGet() > 0) {
      return;
    }
    Throwable error = failure.get();
    if (error != null) {
      result.completeExceptionally(error);
    } else {
      result.complete(null);
    }
  }
}
