package io.dynamap.async;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.core.Call;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * The non-blocking executor of the request core: sends a {@link Call} through a method of {@code
 * DynamoDbAsyncClient} and maps its answer with the call's own functions, in the completion of
 * the client's future (on the SDK's threads), never waiting.
 *
 * <p>Cancelling a future it returns cancels the client's future, which aborts the request.
 *
 * <p>The futures it returns fail with the exception itself ({@code ConditionFailedException},
 * …), not a {@link CompletionException} around it, so that {@code whenComplete} and {@code
 * exceptionally} see what the blocking API throws.
 */
final class AsyncCalls {
  private AsyncCalls() {}

  /**
   * Builds a call and sends it; a failure while building it (an entity that cannot be stored, an
   * item over 400 KB) fails the future, and nothing is sent.
   */
  static <Q, R extends DynamoDbResponse, V> CompletableFuture<V> send(
      Supplier<Call<Q, R, V>> build, Function<Q, CompletableFuture<R>> method) {
    Call<Q, R, V> call;
    try {
      call = build.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return send(call, method);
  }

  /** Sends a call; its result, or its failure mapped to Dynamap's exception, completes the future. */
  static <Q, R extends DynamoDbResponse, V> CompletableFuture<V> send(
      Call<Q, R, V> call, Function<Q, CompletableFuture<R>> method) {
    return send(call, method, call::result, call::recover);
  }

  /**
   * Builds a call and sends it like {@link #send(Supplier, Function)}, completing the future with
   * the result, the consumed capacity and the request id ({@link Call#answer}, {@link
   * Call#recoverAnswer}).
   */
  static <Q, R extends DynamoDbResponse, V> CompletableFuture<CallResult<V>> answer(
      Supplier<Call<Q, R, V>> build, Function<Q, CompletableFuture<R>> method) {
    Call<Q, R, V> call;
    try {
      call = build.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return send(call, method, call::answer, call::recoverAnswer);
  }

  /**
   * Sends a call; {@code onResponse} of its response, or {@code onFailure} of the SDK's exception
   * (a result, or Dynamap's exception thrown), completes the future.
   */
  private static <Q, R extends DynamoDbResponse, X> CompletableFuture<X> send(
      Call<Q, R, ?> call,
      Function<Q, CompletableFuture<R>> method,
      Function<R, X> onResponse,
      Function<SdkException, X> onFailure) {
    CompletableFuture<X> result = new CompletableFuture<>();
    CompletableFuture<R> sent;
    try {
      sent = method.apply(call.request());
    } catch (RuntimeException e) {
      // The SDK reports failures in the future; should one be thrown instead, it is mapped alike.
      failed(result, onFailure, e);
      return result;
    }
    sent.whenComplete(
        (response, error) -> {
          if (error != null) {
            failed(result, onFailure, unwrap(error));
            return;
          }
          try {
            result.complete(onResponse.apply(response));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    // Cancelling the caller's future aborts the SDK's call (whether a write in flight is made
    // then is unknown, as after a timeout).
    result.whenComplete(
        (value, error) -> {
          if (result.isCancelled()) {
            sent.cancel(true);
          }
        });
    return result;
  }

  private static <X> void failed(
      CompletableFuture<X> result, Function<SdkException, X> onFailure, Throwable error) {
    if (!(error instanceof SdkException sdk)) {
      result.completeExceptionally(error);
      return;
    }
    try {
      result.complete(onFailure.apply(sdk));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  /**
   * A future that completes as {@code future} does, with its failure unwrapped: a chain of {@code
   * thenCompose} stages wraps a failure of an inner stage in a {@link CompletionException}.
   */
  static <V> CompletableFuture<V> unwrapped(CompletableFuture<V> future) {
    CompletableFuture<V> result = new CompletableFuture<>();
    future.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(unwrap(error));
          }
        });
    return result;
  }

  /** The exception inside {@link CompletionException}s and {@link ExecutionException}s. */
  static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
