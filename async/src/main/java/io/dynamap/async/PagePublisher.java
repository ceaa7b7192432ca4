package io.dynamap.async;

import io.dynamap.runtime.core.RawPage;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import io.dynamap.runtime.page.Page;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Runs a paged read as a {@link Flow.Publisher} of its pages or of its items, with backpressure:
 * a page is requested from DynamoDB only when the subscriber has demand that the page in hand
 * cannot meet, so a subscription holds at most one page (the one being delivered, or the one in
 * flight) whatever the subscriber's pace. What to request and what a response means is the
 * request core's ({@link ReadPlan}); this class only sends and signals.
 *
 * <p>Cold: each subscription runs the read from its start, with its own plan. Follows the
 * Reactive Streams rules: signals are serial (one drain loop at a time, §1.3), never null
 * (§2.13), a non-positive request ends the subscription with an {@link IllegalArgumentException}
 * (§3.9), demand adds up to {@link Long#MAX_VALUE} (§3.17), cancel stops requests and drops the
 * answer to the one in flight (§3.5, §3.7), and references to the subscriber are dropped at the
 * end (§3.13).
 *
 * @param <T> the entity type
 * @param <E> what is published: {@code Page<T>}, or {@code T}
 */
final class PagePublisher<T, E> implements Flow.Publisher<E> {
  private final DynamoDbAsyncClient client;
  private final Supplier<ReadPlan<T>> plans;
  /** Whether the items of each page are published, rather than the pages. */
  private final boolean items;

  private PagePublisher(DynamoDbAsyncClient client, Supplier<ReadPlan<T>> plans, boolean items) {
    this.client = Objects.requireNonNull(client, "client");
    this.plans = Objects.requireNonNull(plans, "plans");
    this.items = items;
  }

  /**
   * The pages of a read, one per request.
   *
   * @param plans makes the plan of each subscription, when it starts; its failure (an invalid
   *     cursor) goes to {@code onError}
   */
  static <T> Flow.Publisher<Page<T>> pages(DynamoDbAsyncClient client, Supplier<ReadPlan<T>> plans) {
    return new PagePublisher<T, Page<T>>(client, plans, false);
  }

  /** The items of a read, exactly its limit of them at most. */
  static <T> Flow.Publisher<T> items(DynamoDbAsyncClient client, Supplier<ReadPlan<T>> plans) {
    return new PagePublisher<T, T>(client, plans, true);
  }

  @Override
  public void subscribe(Flow.Subscriber<? super E> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber"); // §1.9
    new PageSubscription<T, E>(this, subscriber).start();
  }

  /**
   * One run of the read for one subscriber. Every signal is sent from the drain loop of {@link
   * SerialSubscription}, which one thread at a time runs: the subscriber's thread calling {@code
   * request}, or the SDK's thread completing a request. Fields without {@code volatile} are
   * touched only inside the loop.
   */
  private static final class PageSubscription<T, E> extends SerialSubscription<E> {
    private final PagePublisher<T, E> publisher;
    private final AsyncPageSender sender;
    /** The request in flight, cancelled on cancel; null when there is none. */
    private volatile CompletableFuture<RawPage> inFlight;
    /** The answer to the request in flight, set by its completion. */
    private volatile RawPage response;

    private volatile Throwable failure;

    private ReadPlan<T> plan;
    private ReadPosition position;
    private boolean waiting;
    /** The elements of the page in hand, and the next one to deliver. */
    private List<E> buffer = List.of();

    private int next;
    /** Items still to deliver under the read's limit (items mode), or Long.MAX_VALUE. */
    private long budget = Long.MAX_VALUE;

    PageSubscription(PagePublisher<T, E> publisher, Flow.Subscriber<? super E> subscriber) {
      super(subscriber);
      this.publisher = publisher;
      this.sender = new AsyncPageSender(publisher.client);
    }

    @Override
    void cancelCalls() {
      CompletableFuture<RawPage> call = inFlight;
      if (call != null) {
        call.cancel(true);
      }
    }

    /** Does what can be done now: take a response, deliver, complete, or send the next request. */
    @Override
    void advance() {
      if (plan == null && !startPlan()) {
        return;
      }
      if (waiting && !takeResponse()) {
        return;
      }
      while (next < buffer.size()) {
        if (cancelled) {
          release();
          return;
        }
        if (demand.get() == 0) {
          return; // the page in hand waits for demand; nothing more is requested meanwhile
        }
        E element = buffer.get(next++);
        demand.getAndUpdate(d -> d == Long.MAX_VALUE ? d : d - 1);
        try {
          subscriber.onNext(element);
        } catch (Throwable e) {
          cancelled = true; // §2.13
          release();
          raise(e);
          return;
        }
      }
      buffer = List.of(); // the page is delivered: let it go before reading the next
      next = 0;
      if (cancelled || badRequest != null) {
        return; // the next pass releases or fails
      }
      if (position.finished() || budget == 0) {
        complete();
      } else if (demand.get() > 0) {
        send();
      }
    }

    private boolean startPlan() {
      try {
        plan = publisher.plans.get();
      } catch (Throwable e) {
        fail(e); // an invalid cursor, as the blocking read throws it before any request
        return false;
      }
      position = plan.start();
      if (publisher.items && position.limited()) {
        budget = position.remaining();
      }
      return true;
    }

    /** Takes the answer to the request in flight, if it has come: false while it has not. */
    private boolean takeResponse() {
      Throwable error = failure;
      RawPage raw = response;
      if (error == null && raw == null) {
        return false;
      }
      waiting = false;
      inFlight = null;
      failure = null;
      response = null;
      if (error != null) {
        fail(translate(error));
        return false;
      }
      ReadPlan.Step<T> step;
      try {
        step = plan.receive(position, raw);
      } catch (Throwable e) {
        fail(e); // an unmappable item, or the unmappable-item consumer's failure
        return false;
      }
      position = step.next();
      buffer = elementsOf(step.page());
      return true;
    }

    @SuppressWarnings("unchecked") // E is Page<T> in pages mode, T in items mode
    private List<E> elementsOf(Page<T> page) {
      if (!publisher.items) {
        return (List<E>) List.of(page);
      }
      List<T> pageItems = page.items();
      if (pageItems.size() > budget) {
        pageItems = pageItems.subList(0, (int) budget); // the limit is exact, whatever comes back
      }
      if (budget != Long.MAX_VALUE) {
        budget -= pageItems.size();
      }
      return (List<E>) pageItems;
    }

    private void send() {
      waiting = true;
      CompletableFuture<RawPage> call;
      try {
        call = plan.send(position, sender);
      } catch (Throwable e) {
        call = CompletableFuture.failedFuture(e);
      }
      inFlight = call;
      call.whenComplete(
          (raw, error) -> {
            if (error != null) {
              failure = error;
            } else if (raw == null) {
              failure = new NullPointerException("the SDK completed a page request with null");
            } else {
              response = raw;
            }
            drain();
          });
    }

    /** Dynamap's exception for a failed request, as the blocking read throws it. */
    private Throwable translate(Throwable error) {
      Throwable cause = AsyncCalls.unwrap(error);
      return cause instanceof SdkException sdk ? plan.translate(sdk) : cause;
    }

    @Override
    void dropHeld() {
      inFlight = null;
      buffer = List.of();
      next = 0;
    }

  }
}
