package io.dynamap.async;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A subscriber that records what it is given and checks the Reactive Streams rules it can see:
 * {@code onSubscribe} first and once (§1.9, §2.12), signals never overlapping (§1.3), never null
 * (§2.13), nothing after a terminal signal (§1.7), never more elements than requested (§1.1).
 * It requests only what the test asks for, unless made with {@link #unbounded()}.
 */
final class Recorder<E> implements Flow.Subscriber<E> {
  private static final long WAIT_SECONDS = 60;

  final List<E> elements = Collections.synchronizedList(new ArrayList<>());
  /** Completes with the elements on onComplete, or exceptionally with onError's error. */
  final CompletableFuture<List<E>> done = new CompletableFuture<>();
  /** Completes with the subscription when onSubscribe is called. */
  final CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();

  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean signalling = new AtomicBoolean();
  private final AtomicInteger subscriptions = new AtomicInteger();
  private final long initialRequest;
  private final AtomicLong requested = new AtomicLong();
  private volatile boolean terminated;

  private Recorder(long initialRequest) {
    this.initialRequest = initialRequest;
  }

  /** Requests nothing until {@link #request} is called. */
  static <E> Recorder<E> manual() {
    return new Recorder<>(0);
  }

  /** Requests {@code Long.MAX_VALUE} on subscription. */
  static <E> Recorder<E> unbounded() {
    return new Recorder<>(Long.MAX_VALUE);
  }

  void request(long n) {
    if (n > 0) {
      requested.getAndUpdate(now -> now + n < 0 ? Long.MAX_VALUE : now + n);
    }
    subscription().request(n);
  }

  void cancel() {
    subscription().cancel();
  }

  Flow.Subscription subscription() {
    try {
      return subscribed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("onSubscribe was not called", e);
    }
  }

  /** The elements, once the publisher completed; rethrows its error, wrapped. */
  List<E> awaitDone() throws Exception {
    List<E> result = done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNoViolations();
    return result;
  }

  /** The publisher's error, once it failed. */
  Throwable awaitError() throws Exception {
    try {
      List<E> result = done.get(WAIT_SECONDS, TimeUnit.SECONDS);
      throw new AssertionError("the publisher completed with " + result.size() + " elements");
    } catch (java.util.concurrent.ExecutionException e) {
      assertNoViolations();
      return e.getCause();
    }
  }

  /** Waits until {@code n} elements have come. */
  void awaitElements(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (elements.size() < n && !done.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    if (elements.size() < n) {
      throw new AssertionError("got " + elements.size() + " of " + n + " elements; done: " + done);
    }
  }

  void assertNoViolations() {
    synchronized (violations) {
      if (!violations.isEmpty()) {
        throw new AssertionError("Reactive Streams rules broken: " + violations);
      }
    }
  }

  boolean terminated() {
    return terminated;
  }

  private void enter(String signal) {
    if (!signalling.compareAndSet(false, true)) {
      violations.add(signal + " overlapped another signal (§1.3)");
    }
    if (terminated) {
      violations.add(signal + " after a terminal signal (§1.7)");
    }
    if (!"onSubscribe".equals(signal) && !subscribed.isDone()) {
      violations.add(signal + " before onSubscribe (§1.9)");
    }
  }

  private void leave() {
    signalling.set(false);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    enter("onSubscribe");
    if (subscriptions.incrementAndGet() != 1) {
      violations.add("onSubscribe called twice (§2.12)");
    }
    requested.set(initialRequest); // before a test thread may request
    subscribed.complete(subscription);
    leave();
    if (initialRequest > 0) {
      subscription.request(initialRequest);
    }
  }

  @Override
  public void onNext(E element) {
    enter("onNext");
    if (element == null) {
      violations.add("onNext(null) (§2.13)");
    }
    if (elements.size() >= requested.get()) {
      violations.add("onNext beyond the " + requested.get() + " requested (§1.1)");
    }
    elements.add(element);
    leave();
  }

  @Override
  public void onError(Throwable error) {
    enter("onError");
    if (error == null) {
      violations.add("onError(null) (§2.13)");
    }
    terminated = true;
    leave();
    done.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    enter("onComplete");
    terminated = true;
    leave();
    done.complete(List.copyOf(elements));
  }
}
