package io.dynamap.runtime.page;

import io.dynamap.runtime.core.RawPage;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import io.dynamap.runtime.core.SegmentedRead;
import io.dynamap.runtime.error.DynamapException;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the segments of a parallel scan on a pool of threads of its own, each segment page by page
 * from start to end, into one stream or into one consumer per segment.
 */
final class ParallelScan<T> {
  /** The most threads one scan uses; further segments wait for a thread. */
  static final int MAX_THREADS = SegmentedRead.MAX_CONCURRENT_SEGMENTS;

  /** Stops the threads of streams dropped without being closed or read to the end. */
  private static final Cleaner CLEANER = Cleaner.create();

  private static final AtomicLong SCAN_NUMBERS = new AtomicLong();
  private static final Object SEGMENT_DONE = new Object();

  private final String tableName;
  private final int totalSegments;
  /** The plan of each segment: its request, and a start key only for a single segment. */
  private final IntFunction<ReadPlan<T>> plans;
  private final BlockingPages sender;
  private final long limit;

  /**
   * @param plans the plan of each segment, each request asking for the items no more than the
   *     whole read returns; the limit across segments is kept here
   * @param limit the most items in all, or {@link ReadOptions#UNLIMITED}
   */
  ParallelScan(
      String tableName,
      int totalSegments,
      IntFunction<ReadPlan<T>> plans,
      BlockingPages sender,
      long limit) {
    this.tableName = tableName;
    this.totalSegments = totalSegments;
    this.plans = plans;
    this.sender = sender;
    this.limit = limit;
  }

  private boolean limited() {
    return limit != ReadOptions.UNLIMITED;
  }

  /** The items of every segment, in the order pages arrive. */
  Stream<T> stream() {
    if (limited() && limit == 0) {
      return Stream.empty();
    }
    int threads = Math.min(totalSegments, MAX_THREADS);
    // A page holds at most 1 MB: the queue bounds what is read ahead of the consumer.
    Merge merge = new Merge(newExecutor(threads), new ArrayBlockingQueue<>(2 * threads));
    MergingSpliterator spliterator = new MergingSpliterator(merge);
    // The cleanup holds the merge, not the spliterator, so a dropped stream can be collected.
    spliterator.cleanable = CLEANER.register(spliterator, merge::cancel);
    for (int i = 0; i < totalSegments; i++) {
      int segment = i;
      merge.executor.execute(() -> produce(segment, merge));
    }
    merge.executor.shutdown(); // threads end once every segment is read
    return StreamSupport.stream(spliterator, false).onClose(spliterator::finish);
  }

  /**
   * Gives each segment's items to that segment's consumer, on the segment's thread. Returns once
   * every segment is read (or the limit reached); throws the first failure after stopping the
   * other segments. Either way no consumer runs any more when it returns.
   */
  void forEachSegment(IntFunction<? extends Consumer<? super T>> consumers) {
    // Asked for on the caller's thread, so that the factory need not be thread-safe.
    List<Consumer<? super T>> perSegment = new ArrayList<>(totalSegments);
    for (int i = 0; i < totalSegments; i++) {
      perSegment.add(Objects.requireNonNull(consumers.apply(i), "the consumer of segment " + i));
    }
    if (limited() && limit == 0) {
      return;
    }
    AtomicLong remaining = new AtomicLong(limit);
    ExecutorService executor = newExecutor(Math.min(totalSegments, MAX_THREADS));
    ExecutorCompletionService<Void> completion = new ExecutorCompletionService<>(executor);
    try {
      for (int i = 0; i < totalSegments; i++) {
        int segment = i;
        Consumer<? super T> consumer = perSegment.get(i);
        completion.submit(
            () -> {
              readSegment(segment, items -> deliver(items, consumer, remaining));
              return null;
            });
      }
      executor.shutdown();
      for (int i = 0; i < totalSegments; i++) {
        Future<Void> done = completion.take();
        try {
          done.get();
        } catch (ExecutionException e) {
          stopAndWait(executor);
          throw rethrow(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      stopAndWait(executor);
      Thread.currentThread().interrupt();
      throw new DynamapException(
          "Interrupted while scanning table " + tableName + " in " + totalSegments + " segments", e);
    } finally {
      executor.shutdownNow();
    }
  }

  private boolean deliver(List<T> items, Consumer<? super T> consumer, AtomicLong remaining) {
    for (T item : items) {
      if (limited() && remaining.getAndDecrement() <= 0) {
        return false;
      }
      consumer.accept(item);
    }
    return true;
  }

  private void produce(int segment, Merge merge) {
    try {
      readSegment(
          segment,
          items -> {
            if (!items.isEmpty()) {
              merge.queue.put(new Batch<>(items));
            }
            return !merge.cancelled;
          });
      merge.queue.put(SEGMENT_DONE);
    } catch (InterruptedException e) {
      // Cancelled: the consumer is gone, nobody waits for this segment.
    } catch (RuntimeException | Error e) {
      if (!merge.cancelled) {
        try {
          merge.queue.put(new Failure(e));
        } catch (InterruptedException cancelled) {
          // Cancelled meanwhile.
        }
      }
    }
  }

  /** What a segment does with each page; false stops the segment. */
  @FunctionalInterface
  private interface PageSink<T> {
    boolean accept(List<T> items) throws InterruptedException;
  }

  private void readSegment(int segment, PageSink<T> sink) throws InterruptedException {
    ReadPlan<T> plan = plans.apply(segment);
    ReadPosition position = plan.start();
    while (!position.finished()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      RawPage raw = sender.fetch(plan, position);
      List<T> items = plan.decode(raw); // items only: a segment's pages have no cursor to write
      if (!sink.accept(items)) {
        return;
      }
      position = position.after(raw.lastEvaluatedKey(), items.size());
    }
  }

  private ExecutorService newExecutor(int threads) {
    String prefix = "dynamap-scan-" + tableName + "-" + SCAN_NUMBERS.incrementAndGet() + "-";
    AtomicInteger numbers = new AtomicInteger();
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, prefix + numbers.incrementAndGet());
          thread.setDaemon(true); // an abandoned scan never keeps the JVM alive
          return thread;
        });
  }

  private static void stopAndWait(ExecutorService executor) {
    executor.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        // A segment stops at its next page or item; a call in flight ends within its timeout.
        if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new DynamapException("a scan segment failed: " + failure, failure);
  }

  private record Batch<T>(List<T> items) {}

  private record Failure(Throwable error) {}

  /** What the producers share with the consumer: nothing that refers to the stream. */
  private static final class Merge {
    final ExecutorService executor;
    final BlockingQueue<Object> queue;
    volatile boolean cancelled;

    Merge(ExecutorService executor, BlockingQueue<Object> queue) {
      this.executor = executor;
      this.queue = queue;
    }

    void cancel() {
      cancelled = true;
      executor.shutdownNow(); // interrupts producers blocked on a full queue
      queue.clear();
    }
  }

  private final class MergingSpliterator extends Spliterators.AbstractSpliterator<T> {
    private final Merge merge;
    private Cleaner.Cleanable cleanable;
    private List<T> batch = List.of();
    private int next;
    private int segmentsDone;
    private long delivered;
    private boolean finished;

    MergingSpliterator(Merge merge) {
      super(Long.MAX_VALUE, Spliterator.NONNULL);
      this.merge = merge;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (finished) {
        return false;
      }
      while (next >= batch.size()) {
        if (segmentsDone == totalSegments) {
          finish();
          return false;
        }
        Object signal = take();
        if (signal == SEGMENT_DONE) {
          segmentsDone++;
        } else if (signal instanceof Failure failure) {
          finish();
          throw rethrow(failure.error());
        } else {
          @SuppressWarnings("unchecked")
          Batch<T> items = (Batch<T>) signal;
          batch = items.items();
          next = 0;
        }
      }
      T item = batch.get(next++);
      if (limited() && ++delivered >= limit) {
        finish(); // stop reading now; this last item is still given
      }
      action.accept(item);
      return true;
    }

    private Object take() {
      try {
        return merge.queue.take();
      } catch (InterruptedException e) {
        finish();
        Thread.currentThread().interrupt();
        throw new DynamapException(
            "Interrupted while scanning table " + tableName + " in " + totalSegments + " segments",
            e);
      }
    }

    /** Stops the producers; runs at the end, on a failure, and when the stream is closed. */
    void finish() {
      finished = true;
      batch = List.of();
      cleanable.clean();
    }
  }
}
