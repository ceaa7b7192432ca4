package io.dynamap.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** What the async batch and transaction classes share about the SDK's futures. */
final class BatchFutures {
  private BatchFutures() {}

  /**
   * The failure itself: a future's dependent stages see it wrapped in a {@link
   * CompletionException}, which says nothing about what failed.
   */
  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * The client's future for a call; a call that throws instead (the SDK checks some arguments on
   * the caller's thread) gives a failed future, so that every failure takes one path.
   */
  static <T> CompletableFuture<T> send(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
