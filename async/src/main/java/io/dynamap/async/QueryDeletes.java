package io.dynamap.async;

import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.core.EntityTable;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Deletes every item a read publishes, by key, with an {@link AsyncBatchWriter}: the non-blocking
 * {@code deleteAll} of the async repository. Items are requested one at a time, each once the
 * writer has accepted the delete before it, so a slow table holds back the read (the writer's
 * backpressure): memory stays at a page and the writer's bounded buffers, for any number of items.
 *
 * <p>Ends as the blocking {@code deleteAll} does: the count of deletes once the writer is closed
 * (every delete written); a failed read closes the writer (the deletes given so far are written)
 * and fails with the read's exception; a failed write stops the read and fails with the writer's
 * {@link BatchWriteException}, listing what was not deleted.
 *
 * @param <T> the entity type
 */
final class QueryDeletes<T> implements Flow.Subscriber<T> {
  private final EntityTable<T> table;
  private final AsyncBatchWriter writer;
  /** The caller's future: cancelling it stops the read; what was given is still written. */
  private final CompletableFuture<Long> result = new CompletableFuture<>();

  private Flow.Subscription subscription;
  /** Deletes handed to the writer; touched only by the publisher's serial signals. */
  private long deleted;

  /** Set once the read or a write has failed, so that nothing more is handed over. */
  private volatile boolean stopped;

  private QueryDeletes(EntityTable<T> table, AsyncBatchWriter writer) {
    this.table = table;
    this.writer = writer;
  }

  /**
   * Deletes every item {@code items} publishes.
   *
   * @param table the items' table
   * @param items the read, subscribed once
   * @param writer a writer of its own, closed at the end; its deletes are by key
   * @return the number of items deleted, once every delete is written
   */
  static <T> CompletableFuture<Long> run(
      EntityTable<T> table, Flow.Publisher<T> items, AsyncBatchWriter writer) {
    QueryDeletes<T> deletes =
        new QueryDeletes<>(Objects.requireNonNull(table, "table"), writer);
    items.subscribe(deletes);
    return deletes.result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    result.whenComplete(
        (count, error) -> {
          if (result.isCancelled()) {
            stopped = true;
            s.cancel();
            writer.close(); // what was accepted is written; nobody waits for it
          }
        });
    s.request(1);
  }

  @Override
  public void onNext(T item) {
    if (stopped) {
      return;
    }
    CompletableFuture<Void> accepted;
    try {
      accepted = writer.delete(table, item);
    } catch (RuntimeException e) {
      stop(e); // an item whose key cannot be encoded: not deleted, as the blocking one throws
      return;
    }
    deleted++;
    accepted.whenComplete(
        (ignored, failure) -> {
          if (failure != null) {
            stop(BatchFutures.unwrap(failure));
          } else {
            subscription.request(1);
          }
        });
  }

  @Override
  public void onError(Throwable failure) {
    if (stopped) {
      return;
    }
    stopped = true;
    // The deletes given so far are written, as closing the blocking writer does; the read's
    // failure is the one reported, with the writer's own (if any) suppressed in it.
    writer
        .close()
        .whenComplete(
            (ignored, closeFailure) -> {
              if (closeFailure != null && closeFailure != failure) {
                failure.addSuppressed(BatchFutures.unwrap(closeFailure));
              }
              result.completeExceptionally(failure);
            });
  }

  @Override
  public void onComplete() {
    if (stopped) {
      return;
    }
    long count = deleted;
    writer
        .close()
        .whenComplete(
            (ignored, failure) -> {
              if (failure != null) {
                result.completeExceptionally(BatchFutures.unwrap(failure));
              } else {
                result.complete(count);
              }
            });
  }

  /** A write failed, or an item could not be deleted: stop reading, and report the writer's end. */
  private void stop(Throwable failure) {
    if (stopped) {
      return;
    }
    stopped = true;
    subscription.cancel();
    writer
        .close()
        .whenComplete(
            (ignored, closeFailure) -> {
              if (closeFailure == null) {
                result.completeExceptionally(failure);
                return;
              }
              // The writer's exception lists every delete not written; an item that could not be
              // handed over at all is added to it.
              Throwable listed = BatchFutures.unwrap(closeFailure);
              if (listed != failure && !(failure instanceof BatchWriteException)) {
                listed.addSuppressed(failure);
              }
              result.completeExceptionally(listed);
            });
  }
}
