package io.dynamap.async;

import io.dynamap.runtime.core.PageCore;
import io.dynamap.runtime.page.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Futures of what a read's pages add up to: the first page, all pages joined into one, their
 * items in a list, the first item, or the sum of their counts. Each subscribes to a page publisher, so that its requests are sent one after
 * the other by the publisher's loop, on the SDK's threads. Cancelling the future cancels the
 * subscription: nothing more is requested.
 */
final class PageFutures {
  private PageFutures() {}

  /** The first page, or an empty last page if the read sends nothing (a limit of 0). */
  static <T> CompletableFuture<Page<T>> first(Flow.Publisher<Page<T>> pages) {
    Fold<Page<T>, Page<T>, Page<T>> first =
        new Fold<>(null, (none, page) -> page, page -> page == null ? PageCore.emptyPage() : page, 1);
    pages.subscribe(first);
    return first.result;
  }

  /** Every page, joined into one: their items in order, the last one's cursor. */
  static <T> CompletableFuture<Page<T>> joined(Flow.Publisher<Page<T>> pages) {
    Fold<Page<T>, List<Page<T>>, Page<T>> all =
        new Fold<>(
            new ArrayList<>(),
            (list, page) -> {
              list.add(page);
              return list;
            },
            PageCore::concatenate,
            Long.MAX_VALUE);
    pages.subscribe(all);
    return all.result;
  }

  /** Every item of every page, in order, in one list. */
  static <T> CompletableFuture<List<T>> items(Flow.Publisher<Page<T>> pages) {
    Fold<Page<T>, List<T>, List<T>> all =
        new Fold<>(
            new ArrayList<>(),
            (list, page) -> {
              list.addAll(page.items());
              return list;
            },
            Collections::unmodifiableList,
            Long.MAX_VALUE);
    pages.subscribe(all);
    return all.result;
  }

  /** Every element a publisher publishes, in order, in one list. */
  static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> elements) {
    Fold<T, List<T>, List<T>> all =
        new Fold<>(
            new ArrayList<>(),
            (list, element) -> {
              list.add(element);
              return list;
            },
            Collections::unmodifiableList,
            Long.MAX_VALUE);
    elements.subscribe(all);
    return all.result;
  }

  /** The first item of the pages, if any: pages are requested until one holds an item. */
  static <T> CompletableFuture<Optional<T>> firstItem(Flow.Publisher<Page<T>> pages) {
    Fold<Page<T>, List<T>, Optional<T>> first =
        new Fold<>(
            new ArrayList<>(),
            (list, page) -> {
              list.addAll(page.items());
              return list;
            },
            list -> list.isEmpty() ? Optional.empty() : Optional.of(list.get(0)),
            Long.MAX_VALUE);
    pages.subscribe(first);
    return first.result;
  }

  /** The sum of the pages' counts ({@code Count}). */
  static <T> CompletableFuture<Long> count(Flow.Publisher<Page<T>> pages) {
    Fold<Page<T>, Long, Long> sum =
        new Fold<>(0L, (total, page) -> total + page.count(), total -> total, Long.MAX_VALUE);
    pages.subscribe(sum);
    return sum.result;
  }

  /**
   * Folds up to {@code wanted} elements into a value, completing {@link #result} with it when the
   * publisher completes or {@code wanted} elements have come, or with the publisher's error.
   */
  private static final class Fold<P, A, R> implements Flow.Subscriber<P> {
    /** The future handed to the caller: cancelling it cancels the subscription. */
    final CompletableFuture<R> result = new CompletableFuture<>();
    private final BiFunction<A, P, A> step;
    private final Function<A, R> finish;
    private final long wanted;
    private A value;
    private long received;
    private Flow.Subscription subscription;

    Fold(A initial, BiFunction<A, P, A> step, Function<A, R> finish, long wanted) {
      this.value = initial;
      this.step = step;
      this.finish = finish;
      this.wanted = wanted;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      // Cancelling the future stops the read; a completed future does nothing more.
      result.whenComplete(
          (ignored, error) -> {
            if (result.isCancelled()) {
              s.cancel();
            }
          });
      s.request(wanted);
    }

    @Override
    public void onNext(P element) {
      value = step.apply(value, element);
      if (++received == wanted) {
        subscription.cancel();
        completeWithValue();
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      completeWithValue();
    }

    private void completeWithValue() {
      try {
        result.complete(finish.apply(value));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }
  }
}
