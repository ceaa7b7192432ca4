package io.dynamap.async;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Mapping a future's result while keeping its failure as it is. {@link
 * CompletableFuture#thenApply} fails its future with a {@link CompletionException} around the
 * source's exception; the futures of Dynamap's async API fail with Dynamap's exceptions
 * themselves, and generated repositories ({@code @Repository} interfaces returning {@code
 * CompletableFuture<Order>} or {@code CompletableFuture<Boolean>}) map them with {@link #map} to
 * keep it so.
 */
public final class AsyncResults {
  private AsyncResults() {}

  /**
   * A future of {@code mapper} applied to the future's result, failed with the future's exception
   * itself (or the mapper's) if either fails; cancelling it cancels {@code future}.
   *
   * @param future the source; not null
   * @param mapper turns the result into another; not null; runs on the thread that completes
   *     {@code future}, so it should be short
   * @param <V> the source's result type
   * @param <R> the mapped type
   * @return the mapped future
   */
  public static <V, R> CompletableFuture<R> map(
      CompletableFuture<V> future, Function<? super V, ? extends R> mapper) {
    Objects.requireNonNull(future, "future");
    Objects.requireNonNull(mapper, "mapper");
    CompletableFuture<R> result = new CompletableFuture<>();
    future.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(AsyncCalls.unwrap(error));
            return;
          }
          try {
            result.complete(mapper.apply(value));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    result.whenComplete(
        (value, error) -> {
          if (result.isCancelled()) {
            future.cancel(true);
          }
        });
    return result;
  }
}
