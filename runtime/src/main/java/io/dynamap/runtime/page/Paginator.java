package io.dynamap.runtime.page;

import io.dynamap.runtime.core.PageCore;
import io.dynamap.runtime.core.RawPage;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs paged reads (Query, Scan) as lazy streams of pages on the calling thread: a page is
 * requested only when the stream needs it. What to request and what a response means is the
 * request core's ({@link ReadPlan}); this class only sends.
 */
final class Paginator {
  private Paginator() {}

  /** The {@code Limit} of the next request: the page size, lowered to what the limit leaves. */
  static Integer requestLimit(int pageSize, boolean limited, long remaining) {
    return ReadPosition.requestLimit(pageSize, limited, remaining);
  }

  /** One page made of the pages a read returned until its limit; see {@link PageCore#concatenate}. */
  static <T> Page<T> concatenate(Stream<Page<T>> pages) {
    return PageCore.concatenate(pages::iterator);
  }

  /**
   * The items a count plan selects, counted by DynamoDB ({@code Select=COUNT}) across every page
   * without returning them.
   */
  static long count(ReadPlan<?> plan, BlockingPages sender) {
    long count = 0;
    ReadPosition position = plan.start();
    while (!position.finished()) {
      RawPage page = sender.fetch(plan, position);
      count += page.count();
      position = position.after(page.lastEvaluatedKey(), page.items().size());
    }
    return count;
  }

  /** A lazy stream of the plan's pages. */
  static <T> Stream<Page<T>> pages(ReadPlan<T> plan, BlockingPages sender) {
    return StreamSupport.stream(new PageSpliterator<>(plan, sender), false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<Page<T>> {
    private final ReadPlan<T> plan;
    private final BlockingPages sender;
    private ReadPosition position;

    PageSpliterator(ReadPlan<T> plan, BlockingPages sender) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.plan = plan;
      this.sender = sender;
      this.position = plan.start();
    }

    @Override
    public boolean tryAdvance(Consumer<? super Page<T>> action) {
      if (position.finished()) {
        return false;
      }
      ReadPlan.Step<T> step = plan.receive(position, sender.fetch(plan, position));
      position = step.next();
      action.accept(step.page());
      return true;
    }
  }
}
