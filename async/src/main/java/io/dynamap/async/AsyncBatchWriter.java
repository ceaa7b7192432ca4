package io.dynamap.async;

import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.batch.BatchWriterSettings;
import io.dynamap.runtime.core.BatchItemId;
import io.dynamap.runtime.core.BatchWriteCore;
import io.dynamap.runtime.core.BatchWriteCore.BatchRun;
import io.dynamap.runtime.core.BatchWriteCore.Buffer;
import io.dynamap.runtime.core.BatchWriteCore.PendingWrite;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.ItemMappingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

/**
 * Writes many puts and deletes, of any entity types and tables, with {@code BatchWriteItem} on a
 * {@link DynamoDbAsyncClient}: the non-blocking counterpart of {@link BatchWriter}, with the same
 * rules (checked at the call, 25 per request within 16 MB, the last write to a key in a buffer
 * winning, writes to one key applied in order, unprocessed items and retryable failures retried
 * with backoff within a budget, every item written or listed once in one {@link
 * BatchWriteException}), the same statistics and the same exception. No thread of its own, and no
 * thread ever waits: the pauses before retries are scheduled.
 *
 * <pre>{@code
 * AsyncBatchWriter writer = AsyncBatchWriter.of(asyncClient);
 * EntityTable<Order> orders = EntityTable.of("Orders", OrderSchema.INSTANCE);
 * CompletableFuture<Void> loaded =
 *     writer.putAll(orders, manyOrders)        // completes when the last one is accepted
 *         .thenCompose(accepted -> writer.close()); // completes when all are written
 * }</pre>
 *
 * <p><b>Backpressure.</b> {@link #put} returns a future that completes when the write is accepted
 * into the writer's bounded buffers: at once while there is room, later when a request has made
 * room. A producer that waits for each future before the next write (as {@link #putAll} does, or
 * {@code put(…).thenCompose(…)}) never holds more than one buffer per table plus {@code
 * maxInFlight} full batches waiting for a request slot plus the {@code maxInFlight} batches being
 * sent. A producer that does not wait gets no backpressure: its writes queue in order, unbounded,
 * and are all written all the same.
 *
 * <p><b>Futures.</b> {@link #put}, {@link #delete} and {@link #deleteByKey} encode and check the
 * entity at once and throw {@link ItemMappingException}, {@link IllegalArgumentException} (a
 * versioned entity, as {@link BatchWriter}) or {@link IllegalStateException} (a closed writer) on
 * the caller's thread. Once the writer has failed, their future fails with the writer's {@link
 * BatchWriteException}, which lists that write too; so do the futures of writes still waiting for
 * room. {@link #flush()} and {@link #close()} complete when every write given before them is
 * written, or fail with the exception, which then lists every item not written; after {@code
 * close()} it is complete. Futures complete on the SDK's completion threads (or the caller's, when
 * already done): callbacks on them should be short.
 *
 * <p><b>Versioned entities</b> are refused, or written unchecked with {@link
 * Builder#withoutVersionChecks()}, exactly as by {@link BatchWriter}.
 *
 * <p>Thread-safe. Always close it, or flush it: a partly filled buffer is sent only then.
 */
public final class AsyncBatchWriter {
  /** Requests in flight at once unless configured. */
  public static final int DEFAULT_MAX_IN_FLIGHT = BatchWriter.DEFAULT_MAX_IN_FLIGHT;

  private final DynamoDbAsyncClient client;
  private final int maxInFlight;
  private final BatchWriteCore core;

  /** Guards every field below. Never held while calling the client or completing a future. */
  private final Object lock = new Object();

  private final BatchWriteCore.Buffers buffers = new BatchWriteCore.Buffers();

  /** Full batches cut from the buffers, waiting for a request slot; at most maxInFlight. */
  private final ArrayDeque<List<PendingWrite>> ready = new ArrayDeque<>();

  /** Writes given while there was no room, with the futures that tell their producer. */
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

  /** Keys of the batches in flight: a batch holding one of them waits, so a key's writes stay in order. */
  private final Set<BatchItemId> keysInFlight = new HashSet<>();

  private int inFlight;

  /** Set by flush() and close(): partly filled buffers are sent too, until the writer is idle. */
  private boolean draining;

  /** Flushes and the close waiting for the writer to be idle. */
  private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();

  private boolean closed;
  private CompletableFuture<Void> closeFuture;

  private AsyncBatchWriter(Builder builder) {
    this.client = builder.client;
    this.maxInFlight = builder.inFlightLimit();
    this.core = builder.core();
  }

  /**
   * A writer with the defaults: 4 requests in flight, backoff 50 ms to 5 s, 2 minute budget.
   *
   * @param client the client to call; not null
   * @return a new writer; it holds no threads
   */
  public static AsyncBatchWriter of(DynamoDbAsyncClient client) {
    return builder(client).build();
  }

  /**
   * A builder for a writer with other limits.
   *
   * @param client the client to call; not null
   * @return a new builder with the defaults
   */
  public static Builder builder(DynamoDbAsyncClient client) {
    return new Builder(client);
  }

  /**
   * Writes an entity, replacing any item with the same key, once its buffer is sent. The entity is
   * encoded now: changing it afterwards changes nothing.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @return completes when the write is accepted into the buffers; fails with the writer's {@link
   *     BatchWriteException} if the writer has failed, and the write is then listed in it
   * @throws IllegalArgumentException if the entity is versioned and the writer checks versions
   * @throws ItemMappingException if the entity cannot be stored or its item is over 400 KB
   * @throws IllegalStateException if the writer is closed
   */
  public <T> CompletableFuture<Void> put(EntityTable<T> table, T entity) {
    return accept(core.encodePut(table, entity));
  }

  /**
   * Deletes the item with the entity's key, if there is one.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @return completes when the delete is accepted into the buffers; fails with the writer's {@link
   *     BatchWriteException} if the writer has failed, and the delete is then listed in it
   * @throws IllegalArgumentException if the entity is versioned and the writer checks versions
   * @throws ItemMappingException if the entity's key is null or empty
   * @throws IllegalStateException if the writer is closed
   */
  public <T> CompletableFuture<Void> delete(EntityTable<T> table, T entity) {
    return accept(core.encodeDelete(table, entity));
  }

  /**
   * Deletes the item with this key, if there is one.
   *
   * @param table the entity's table; not null
   * @param key the key, as from the generated schema's {@code key(…)}; not null
   * @return completes when the delete is accepted into the buffers; fails with the writer's {@link
   *     BatchWriteException} if the writer has failed, and the delete is then listed in it
   * @throws ItemMappingException if the map is not a key of the entity
   * @throws IllegalStateException if the writer is closed
   */
  public CompletableFuture<Void> deleteByKey(EntityTable<?> table, Map<String, AttributeValue> key) {
    return accept(core.encodeDeleteByKey(table, key));
  }

  /**
   * Writes each entity, as {@link #put} does, each once the one before it was accepted: the
   * producer's backpressure, built in. The entities are read from the iterable as room is made,
   * on the SDK's threads: give a collection nothing else changes meanwhile.
   *
   * <p>If the writer fails meanwhile, every entity not handed over yet is listed in its failure
   * too, as by {@link BatchWriter#putAll}.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entities the entities, written in order; not null
   * @return completes when the last entity is accepted; fails with the writer's {@link
   *     BatchWriteException}, or with the {@link ItemMappingException} or {@link
   *     IllegalArgumentException} of the first entity that cannot be written (those before it
   *     were accepted, it and those after it were not)
   */
  public <T> CompletableFuture<Void> putAll(EntityTable<T> table, Iterable<? extends T> entities) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(entities, "entities");
    CompletableFuture<Void> done = new CompletableFuture<>();
    putNext(table, entities.iterator(), done);
    return done;
  }

  private <T> void putNext(
      EntityTable<T> table, Iterator<? extends T> each, CompletableFuture<Void> done) {
    while (each.hasNext()) {
      CompletableFuture<Void> accepted;
      try {
        accepted = put(table, each.next());
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      if (!accepted.isDone()) {
        accepted.whenComplete(
            (ignored, failure) -> {
              if (failure != null) {
                notAccepted(table, each, failure, done);
              } else {
                putNext(table, each, done);
              }
            });
        return;
      }
      if (accepted.isCompletedExceptionally()) {
        accepted.whenComplete((ignored, failure) -> notAccepted(table, each, failure, done));
        return;
      }
    }
    done.complete(null);
  }

  /** Lists in the writer's failure the entities a failed {@code putAll} did not hand over. */
  private <T> void notAccepted(
      EntityTable<T> table,
      Iterator<? extends T> rest,
      Throwable failure,
      CompletableFuture<Void> done) {
    List<PendingWrite> writes = new ArrayList<>();
    try {
      while (rest.hasNext()) {
        writes.add(core.encodePut(table, Objects.requireNonNull(rest.next(), "entity")));
      }
    } catch (RuntimeException e) {
      core.fail(writes, BatchWriteCore.NOT_ACCEPTED, null);
      e.addSuppressed(BatchFutures.unwrap(failure));
      done.completeExceptionally(e);
      return;
    }
    core.fail(writes, BatchWriteCore.NOT_ACCEPTED, null);
    done.completeExceptionally(BatchFutures.unwrap(failure));
  }

  /**
   * Sends everything buffered, partly filled buffers included.
   *
   * @return completes when every write given before the call (and any given meanwhile) is
   *     written; fails with the writer's {@link BatchWriteException} if some writes failed, now or
   *     before
   * @throws IllegalStateException if the writer is closed
   */
  public CompletableFuture<Void> flush() {
    CompletableFuture<Void> flushed = new CompletableFuture<>();
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the batch writer is closed");
      }
      draining = true;
      idleWaiters.add(flushed);
    }
    progress(List.of());
    return flushed;
  }

  /**
   * Sends everything buffered, accepts no more writes, and completes when every request is done.
   * Calling it again returns the same future.
   *
   * @return completes when every write given to the writer is written; fails with the writer's
   *     {@link BatchWriteException} if some were not, which then lists every one of them
   */
  public CompletableFuture<Void> close() {
    synchronized (lock) {
      if (closed) {
        return closeFuture;
      }
      closed = true;
      draining = true;
      closeFuture = new CompletableFuture<>();
      idleWaiters.add(closeFuture);
    }
    progress(List.of());
    return closeFuture;
  }

  /**
   * What the writer has done so far.
   *
   * @return a snapshot of the counters at the time of the call
   */
  public BatchWriteStatistics statistics() {
    return core.statistics();
  }

  /** Buffers a write, or queues it until there is room; the future says which. */
  private CompletableFuture<Void> accept(PendingWrite write) {
    CompletableFuture<Void> accepted;
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the batch writer is closed");
      }
      BatchWriteException failed = core.failure();
      if (failed != null) {
        core.fail(List.of(write), BatchWriteCore.NOT_ACCEPTED, null);
        return CompletableFuture.failedFuture(failed);
      }
      if (waiting.isEmpty() && buffer(write)) {
        accepted = CompletableFuture.completedFuture(null);
      } else {
        accepted = new CompletableFuture<>();
        waiting.add(new Waiting(write, accepted));
      }
    }
    progress(List.of());
    return accepted;
  }

  /**
   * Adds a write to its table's buffer, cutting the buffer into a ready batch first if the write
   * does not fit; false, and nothing changed, if there is no room for another ready batch.
   */
  private boolean buffer(PendingWrite write) {
    Buffer buffer = buffers.of(write);
    if (!buffer.fits(write)) {
      if (ready.size() >= maxInFlight) {
        return false;
      }
      ready.add(buffer.drain());
    }
    if (buffer.put(write)) {
      core.collapsed();
    }
    return true;
  }

  /**
   * Moves the writer on: admits waiting writes where there is room (or fails them if the writer
   * has failed), starts the batches that may start, and completes the flushes waiting for an idle
   * writer. Futures are completed and requests sent outside the lock.
   *
   * @param finished a batch whose run has ended, whose slot and keys are free now; or none
   */
  private void progress(List<PendingWrite> finished) {
    List<CompletableFuture<Void>> admitted = new ArrayList<>();
    List<CompletableFuture<Void>> refused = new ArrayList<>();
    List<List<PendingWrite>> toStart = new ArrayList<>();
    List<CompletableFuture<Void>> idle = new ArrayList<>();
    BatchWriteException failed;
    synchronized (lock) {
      if (!finished.isEmpty()) {
        inFlight--;
        for (PendingWrite write : finished) {
          keysInFlight.remove(write.id());
        }
      }
      failed = core.failure();
      if (failed != null) {
        List<PendingWrite> notAccepted = new ArrayList<>();
        for (Waiting w : waiting) {
          notAccepted.add(w.write());
          refused.add(w.accepted());
        }
        waiting.clear();
        core.fail(notAccepted, BatchWriteCore.NOT_ACCEPTED, null);
      } else {
        while (!waiting.isEmpty() && buffer(waiting.peek().write())) {
          admitted.add(waiting.poll().accepted());
        }
      }
      if (draining) {
        for (Buffer buffer : buffers.all()) {
          if (!buffer.isEmpty()) {
            ready.add(buffer.drain());
          }
        }
      }
      while (inFlight < maxInFlight && !ready.isEmpty()) {
        List<PendingWrite> next = ready.peek();
        if (!disjoint(next)) {
          break; // an earlier write to one of its keys is in flight: it goes after
        }
        ready.poll();
        inFlight++;
        for (PendingWrite write : next) {
          keysInFlight.add(write.id());
        }
        toStart.add(next);
      }
      if (draining && inFlight == 0 && ready.isEmpty() && waiting.isEmpty() && buffers.isEmpty()) {
        idle.addAll(idleWaiters);
        idleWaiters.clear();
        draining = closed;
        failed = core.failure();
      }
    }
    for (CompletableFuture<Void> future : refused) {
      future.completeExceptionally(failed);
    }
    for (CompletableFuture<Void> future : admitted) {
      future.complete(null);
    }
    for (List<PendingWrite> batch : toStart) {
      attempt(core.start(batch), batch);
    }
    for (CompletableFuture<Void> future : idle) {
      if (failed == null) {
        future.complete(null);
      } else {
        future.completeExceptionally(failed);
      }
    }
  }

  private boolean disjoint(List<PendingWrite> batch) {
    if (keysInFlight.isEmpty()) {
      return true;
    }
    for (PendingWrite write : batch) {
      if (keysInFlight.contains(write.id())) {
        return false;
      }
    }
    return true;
  }

  /** Sends the run's next request; its answer decides: done, or another attempt after a pause. */
  private void attempt(BatchRun run, List<PendingWrite> batch) {
    CompletableFuture<BatchWriteItemResponse> call;
    try {
      call = client.batchWriteItem(run.nextRequest());
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    call.whenComplete(
        (response, error) -> {
          OptionalLong retryIn;
          try {
            retryIn =
                error == null
                    ? run.afterResponse(response)
                    : run.afterFailure(BatchFutures.unwrap(error));
          } catch (RuntimeException e) {
            // Not expected; whatever it is, the batch's items are reported, never dropped.
            run.stop("not written: " + e, e);
            retryIn = OptionalLong.empty();
          }
          if (retryIn.isEmpty()) {
            progress(batch);
          } else {
            Executor later =
                CompletableFuture.delayedExecutor(
                    retryIn.getAsLong(), TimeUnit.NANOSECONDS, Runnable::run);
            later.execute(() -> attempt(run, batch));
          }
        });
  }

  /** A write that found no room, and the future its producer waits on. */
  private record Waiting(PendingWrite write, CompletableFuture<Void> accepted) {}

  /**
   * Configures an {@link AsyncBatchWriter}. Every setting has a default: 4 requests in flight,
   * backoff from 50 ms to 5 s, 2 minutes of retries per batch.
   */
  public static final class Builder extends BatchWriterSettings<Builder> {
    private final DynamoDbAsyncClient client;

    private Builder(DynamoDbAsyncClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** The core of the writer built: the settings' own, reachable from the writer through here. */
    private BatchWriteCore core() {
      return newCore("AsyncBatchWriter");
    }

    /** The requests in flight at once, reachable from the writer through here. */
    private int inFlightLimit() {
      return maxInFlight();
    }

    /**
     * The writer.
     *
     * @return a new writer with this builder's settings
     */
    public AsyncBatchWriter build() {
      return new AsyncBatchWriter(this);
    }
  }
}
