package io.dynamap.runtime.batch;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.BatchItemId;
import io.dynamap.runtime.core.BatchRetryPolicy;
import io.dynamap.runtime.core.BatchWriteCore;
import io.dynamap.runtime.core.BatchWriteCore.BatchRun;
import io.dynamap.runtime.core.BatchWriteCore.Buffer;
import io.dynamap.runtime.core.BatchWriteCore.PendingWrite;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.ItemMappingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes many puts and deletes, of any entity types and tables, with {@code BatchWriteItem}:
 *
 * <pre>{@code
 * try (BatchWriter writer = BatchWriter.of(client)) {
 *   for (Order order : orders) {
 *     writer.put(orderRepository, order);
 *   }
 *   writer.delete(customerRepository, formerCustomer);
 *   writer.deleteByKey(orderRepository, OrderSchema.INSTANCE.key("c-001", placedAt));
 * } // close() waits until everything is written, or throws BatchWriteException
 * }</pre>
 *
 * <ul>
 *   <li><b>Checked at the call.</b> {@code put} and {@code delete} encode and check the item at
 *       once, so a bad entity, a malformed key or an item over 400 KB fails with an {@link
 *       ItemMappingException} on the caller's line, before any request.
 *   <li><b>Buffered per table</b>, and sent 25 at a time (DynamoDB's limit per {@code
 *       BatchWriteItem}), within its 16 MB request limit.
 *   <li><b>Last write wins.</b> A put or delete for a key already in the buffer replaces the
 *       earlier one, so DynamoDB never sees a batch with duplicate keys. Across buffers, a batch
 *       holding a key is not sent while an earlier batch with that key is still in flight, so
 *       writes to one key are applied in the order they were made.
 *   <li><b>Bounded.</b> At most {@code maxInFlight} requests (default 4) are in flight, each on a
 *       thread of the writer; a producer faster than DynamoDB waits in {@code put} rather than
 *       filling the heap. At most one buffer per table plus the requests in flight are held.
 *   <li><b>Retried, within a budget.</b> Items DynamoDB returns as {@code UnprocessedItems}, and
 *       calls that failed with a retryable error (throttling, 5xx, timeouts) after the SDK's own
 *       retries, are sent again after an exponential backoff with full jitter, until the retry
 *       budget (default 2 minutes per batch) runs out. Errors that would fail again, such as a
 *       {@code ValidationException} or a missing table, are not retried.
 *   <li><b>Nothing dropped silently.</b> Every item given to the writer is written or listed, with
 *       the item itself, in its {@link BatchWriteException}, exactly once. The writer fails at the
 *       first item it gives up on; the next call ({@code put}, {@code delete}, {@code putAll},
 *       {@link #flush()} or {@link #close()}) throws the exception. From then on the writer
 *       accepts nothing: {@code put} and {@code delete} add their item to the same exception and
 *       throw it at once, and {@code putAll} adds every entity it was given and did not hand over
 *       yet. What was accepted before is still sent, and what fails of it is added to the same
 *       exception, which is complete once {@code close()} has returned. {@code close()} throws it
 *       only if no call threw it before, so in a try-with-resources block the one exception caught
 *       lists everything not written, and no suppressed exception lists anything again.
 * </ul>
 *
 * <p><b>Versioned entities.</b> {@code BatchWriteItem} carries no condition, so a batch cannot
 * check a {@code @Version}: {@code put} and {@code delete} of a versioned entity are refused with
 * an {@link IllegalArgumentException} (before anything is buffered) rather than written
 * unchecked, which would silently overwrite a concurrent change. Write such entities with the
 * repository or a transaction, which check the version; or, for a bulk load where nothing else
 * writes the items, opt out with {@link Builder#withoutVersionChecks()}: puts then store the
 * entity's version plus one, as {@code save()} would, and deletes delete whatever is stored, the
 * last writer winning. {@link #deleteByKey} is by key, never versioned.
 *
 * <p>Requests go through the client given to {@link #of} or {@link #builder}, not the repositories'
 * clients; repositories provide the table name and the schema.
 *
 * <p>A writer may be shared by several producer threads. Always close it: items still buffered are
 * written by {@code close()} and lost if it is never called, and its threads stay until then.
 */
public final class BatchWriter implements AutoCloseable {
  /** DynamoDB's limit of put and delete requests in one {@code BatchWriteItem}. */
  public static final int MAX_ITEMS_PER_REQUEST = BatchWriteCore.MAX_ITEMS_PER_REQUEST;

  /** DynamoDB's limit on the size of one {@code BatchWriteItem}, counted as item sizes. */
  public static final long MAX_REQUEST_BYTES = BatchWriteCore.MAX_REQUEST_BYTES;

  /** Requests in flight at once unless configured. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 4;

  /** The first retry waits up to this long unless configured. */
  public static final Duration DEFAULT_BASE_DELAY = BatchRetryPolicy.DEFAULT_BASE_DELAY;

  /** No retry waits longer than this unless configured. */
  public static final Duration DEFAULT_MAX_DELAY = BatchRetryPolicy.DEFAULT_MAX_DELAY;

  /** How long a batch is retried, from its first request, unless configured. */
  public static final Duration DEFAULT_RETRY_BUDGET = BatchRetryPolicy.DEFAULT_BUDGET;

  private static final AtomicInteger WRITER_NUMBERS = new AtomicInteger();

  /** Why the writes given to a writer that has failed are not written. */
  static final String NOT_ACCEPTED = BatchWriteCore.NOT_ACCEPTED;

  /** Idle writer threads end after this; a busy writer keeps them. */
  private static final long THREAD_KEEP_ALIVE_SECONDS = 30;

  private final DynamoDbClient client;
  private final int maxInFlight;
  /** Encoding, buffers' rules, requests, answers, retry decisions, statistics and the failure. */
  private final BatchWriteCore core;
  private final ThreadPoolExecutor executor;

  /** One permit per request in flight: a producer that finds none waits. */
  private final Semaphore permits;

  /** Held by producers (put, delete, flush, close); guards {@code buffers} and {@code closed}. */
  private final ReentrantLock producerLock = new ReentrantLock();

  private final BatchWriteCore.Buffers buffers = new BatchWriteCore.Buffers();
  private boolean closed;

  /** Keys of the batches in flight; guarded by itself, which is also waited on. */
  private final Set<BatchItemId> keysInFlight = new HashSet<>();

  /** Whether {@code failure} was thrown to the caller; guarded by the producer lock. */
  private boolean failureThrown;

  /** Set when close() is interrupted: batches in flight stop retrying and report their items. */
  private volatile boolean stopping;

  private BatchWriter(Builder builder) {
    this.client = builder.client;
    this.maxInFlight = builder.inFlightLimit();
    this.core = builder.core();
    this.permits = new Semaphore(maxInFlight);
    this.executor =
        new ThreadPoolExecutor(
            maxInFlight,
            maxInFlight,
            THREAD_KEEP_ALIVE_SECONDS,
            TimeUnit.SECONDS,
            // Never holds more than a few tasks: the permits bound what is submitted.
            new LinkedBlockingQueue<>(),
            threadFactory(WRITER_NUMBERS.incrementAndGet()));
    executor.allowCoreThreadTimeOut(true);
  }

  /**
   * A writer with the defaults: 4 requests in flight, backoff 50 ms to 5 s, 2 minute budget.
   *
   * @param client the client to call; not null
   * @return a new writer with its own threads; close it when done
   */
  public static BatchWriter of(DynamoDbClient client) {
    return builder(client).build();
  }

  /**
   * A builder for a writer with other limits.
   *
   * @param client the client to call; not null
   * @return a new builder with the defaults
   */
  public static Builder builder(DynamoDbClient client) {
    return new Builder(client);
  }

  /**
   * Writes an entity, replacing any item with the same key, once its buffer is sent. The entity is
   * encoded now: changing it afterwards changes nothing.
   *
   * <p>A {@code @Version}ed entity is refused unless the writer was built {@link
   * Builder#withoutVersionChecks()}; it then stores the entity's version plus one, unchecked.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @throws IllegalArgumentException if the entity is versioned and the writer checks versions (it
   *     cannot): nothing is buffered
   * @throws ItemMappingException if the entity cannot be stored (a null key, an invalid value) or
   *     its item is over 400 KB; nothing is sent
   * @throws BatchWriteException if earlier writes failed: the writer's failure, which lists them
   *     and this entity, not accepted
   * @throws IllegalStateException if the writer is closed
   */
  public <T> void put(TableRepository<T> repository, T entity) {
    accept(encodePut(repository, entity));
  }

  private <T> PendingWrite encodePut(TableRepository<T> repository, T entity) {
    return core.encodePut(table(repository), entity);
  }

  /** What the core needs of a repository: its table name and schema. */
  private static <T> EntityTable<T> table(TableRepository<T> repository) {
    Objects.requireNonNull(repository, "repository");
    return EntityTable.of(repository.tableName(), repository.schema());
  }

  /**
   * Writes each entity, as {@link #put} does. If the writer has failed, or fails meanwhile, every
   * entity not handed over yet is listed in the writer's failure too, which is then thrown: none is
   * left out of the accounting.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entities the entities, written in order; not null
   * @throws BatchWriteException if writes failed: the writer's failure, which lists them and every
   *     entity of this call not accepted
   * @throws ItemMappingException at the first entity that cannot be stored; those before it were
   *     accepted (or, if the writer had failed, listed in its failure, then added to this
   *     exception as suppressed), it and those after it were not
   */
  public <T> void putAll(TableRepository<T> repository, Iterable<? extends T> entities) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(entities, "entities");
    Iterator<? extends T> each = entities.iterator();
    while (each.hasNext()) {
      T entity = each.next();
      try {
        put(repository, entity);
      } catch (BatchWriteException failed) {
        notAccepted(repository, each, failed);
        throw failed;
      }
    }
  }

  /** Lists in the writer's failure the entities a failed {@code putAll} did not hand over. */
  private <T> void notAccepted(
      TableRepository<T> repository, Iterator<? extends T> rest, BatchWriteException failed) {
    List<PendingWrite> writes = new ArrayList<>();
    try {
      while (rest.hasNext()) {
        writes.add(encodePut(repository, Objects.requireNonNull(rest.next(), "entity")));
      }
    } catch (RuntimeException e) {
      // The ones before it are listed; the caller gets this one's problem, and the list with it.
      core.fail(writes, NOT_ACCEPTED, null);
      e.addSuppressed(failed);
      throw e;
    }
    core.fail(writes, NOT_ACCEPTED, null);
  }

  /**
   * Deletes the item with the entity's key, if there is one.
   *
   * <p>A {@code @Version}ed entity is refused unless the writer was built {@link
   * Builder#withoutVersionChecks()}; it then deletes whatever is stored under the key.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param entity the entity; not null
   * @throws IllegalArgumentException if the entity is versioned and the writer checks versions (it
   *     cannot): nothing is buffered
   * @throws ItemMappingException if the entity's key is null or empty
   * @throws BatchWriteException if earlier writes failed: the writer's failure, which lists them
   *     and this delete, not accepted
   * @throws IllegalStateException if the writer is closed
   */
  public <T> void delete(TableRepository<T> repository, T entity) {
    accept(core.encodeDelete(table(repository), entity));
  }

  /**
   * Deletes the item with this key, if there is one. The key comes from the generated schema, such
   * as {@code OrderSchema.INSTANCE.key("c-001", placedAt)}, so it is typed where it is made; here
   * it is checked against the repository's key.
   *
   * @param repository the repository of the item's table, which encodes the entity and its key; not
   *     null
   * @param key the key, as from the generated schema's {@code key(…)}; not null
   * @throws ItemMappingException if the map is not a key of the repository's entity: other
   *     attribute names, other types, or empty values
   * @throws BatchWriteException if earlier writes failed: the writer's failure, which lists them
   *     and this delete, not accepted
   * @throws IllegalStateException if the writer is closed
   */
  public void deleteByKey(TableRepository<?> repository, Map<String, AttributeValue> key) {
    Objects.requireNonNull(repository, "repository");
    accept(core.encodeDeleteByKey(table(repository), key));
  }

  /**
   * Sends everything buffered and waits until every request in flight is done, retries included.
   *
   * @throws BatchWriteException if some writes failed, now or before: the writer's failure, which
   *     lists every item not written so far. The writer then accepts no more writes.
   * @throws DynamapException if the thread was interrupted while waiting; requests in flight go on,
   *     and their failures are reported later
   * @throws IllegalStateException if the writer is closed
   */
  public void flush() {
    producerLock.lock();
    try {
      requireOpen();
      try {
        sendAll();
        awaitIdle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DynamapException(
            "interrupted while flushing the batch writer; requests already sent go on, and their"
                + " failures are reported by the next call",
            e);
      }
      throwIfFailed(List.of());
    } finally {
      producerLock.unlock();
    }
  }

  /**
   * What the writer has done so far.
   *
   * @return a snapshot of the counters at the time of the call
   */
  public BatchWriteStatistics statistics() {
    return core.statistics();
  }

  /**
   * Sends everything buffered, waits until every request is done, and stops the writer's threads.
   * Calling it again does nothing.
   *
   * <p>If the thread is interrupted while waiting, batches in flight stop retrying; every item not
   * confirmed as written is then reported, and the interrupt flag is set again.
   *
   * @throws BatchWriteException if some writes failed and no earlier call threw the writer's
   *     failure; it lists every item not written. If an earlier call threw it, {@code close()}
   *     completes its list instead and returns normally, so that it is not thrown twice
   */
  @Override
  public void close() {
    producerLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      InterruptedException interrupted = null;
      try {
        sendAll();
        awaitIdle();
      } catch (InterruptedException e) {
        interrupted = e;
        stopping = true;
        // Wakes batches sleeping before a retry, which then report their items; batches queued
        // but not started are reported here.
        for (Runnable queued : executor.shutdownNow()) {
          if (queued instanceof BatchTask task) {
            core.fail(task.batch, "not sent: close() was interrupted", e);
            release(task.batch);
          }
        }
        permits.acquireUninterruptibly(maxInFlight);
        for (Buffer buffer : buffers.all()) {
          core.fail(buffer.writes(), "not sent: close() was interrupted", e);
        }
      } finally {
        buffers.clear();
        executor.shutdown();
      }
      if (interrupted != null) {
        Thread.currentThread().interrupt();
      }
      if (!failureThrown) {
        throwIfFailed(List.of());
      }
    } finally {
      producerLock.unlock();
    }
  }

  /** Adds a write to its table's buffer, sending the buffer first if the write does not fit. */
  private void accept(PendingWrite write) {
    producerLock.lock();
    try {
      requireOpen();
      throwIfFailed(List.of(write));
      Buffer buffer = buffers.of(write);
      if (!buffer.fits(write)) {
        try {
          send(buffer);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DynamapException(
              "interrupted while waiting to send a batch; this write was not accepted, and the"
                  + " buffered ones stay buffered",
              e);
        }
        // The writer may have failed while this producer waited for a request slot.
        throwIfFailed(List.of(write));
      }
      if (buffer.put(write)) {
        core.collapsed();
      }
    } finally {
      producerLock.unlock();
    }
  }

  private void sendAll() throws InterruptedException {
    for (Buffer buffer : buffers.all()) {
      if (!buffer.isEmpty()) {
        send(buffer);
      }
    }
  }

  /**
   * Hands a buffer's writes to a writer thread. Waits, first until no batch in flight holds one of
   * its keys (so writes to a key land in order), then for a free request slot. Nothing changes if
   * interrupted while waiting.
   */
  private void send(Buffer buffer) throws InterruptedException {
    Set<BatchItemId> ids = buffer.ids();
    synchronized (keysInFlight) {
      while (!Collections.disjoint(keysInFlight, ids)) {
        keysInFlight.wait();
      }
      // Only producers add keys, and they hold the producer lock, so none can arrive while the
      // permit is awaited below.
    }
    permits.acquire();
    synchronized (keysInFlight) {
      keysInFlight.addAll(ids);
    }
    List<PendingWrite> batch = buffer.drain();
    try {
      executor.execute(new BatchTask(batch));
    } catch (RejectedExecutionException e) {
      // Unreachable while open (the executor is shut down only by close()); keep the writes.
      release(batch);
      batch.forEach(buffer::put);
      throw new IllegalStateException("the batch writer's threads are stopped", e);
    }
  }

  /** Waits until no request is in flight: holding every permit means none is taken. */
  private void awaitIdle() throws InterruptedException {
    permits.acquire(maxInFlight);
    permits.release(maxInFlight);
  }

  /** The work of one writer thread: one batch, until written, refused or out of budget. */
  private final class BatchTask implements Runnable {
    final List<PendingWrite> batch;

    BatchTask(List<PendingWrite> batch) {
      this.batch = batch;
    }

    @Override
    public void run() {
      try {
        writeWithRetries(batch);
      } finally {
        release(batch);
      }
    }
  }

  private void release(List<PendingWrite> batch) {
    synchronized (keysInFlight) {
      for (PendingWrite write : batch) {
        keysInFlight.remove(write.id());
      }
      keysInFlight.notifyAll();
    }
    permits.release();
  }

  private void writeWithRetries(List<PendingWrite> batch) {
    BatchRun run = core.start(batch);
    while (true) {
      if (stopping) {
        run.stop("not written: close() was interrupted", null);
        return;
      }
      OptionalLong retryIn;
      try {
        retryIn = run.afterResponse(client.batchWriteItem(run.nextRequest()));
      } catch (RuntimeException e) {
        if (stopping) {
          run.stop("not written: close() was interrupted", e);
          return;
        }
        retryIn = run.afterFailure(e);
      }
      if (retryIn.isEmpty()) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(retryIn.getAsLong());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        run.stop("not written: close() was interrupted", e);
        return;
      }
    }
  }

  /**
   * Throws the writer's failure, if it has failed, having listed in it the writes of this call,
   * which are not accepted. Called by producers, under the producer lock.
   */
  private void throwIfFailed(List<PendingWrite> notAccepted) {
    BatchWriteException failed = core.failure();
    if (failed == null) {
      return;
    }
    core.fail(notAccepted, NOT_ACCEPTED, null);
    if (!failureThrown) {
      failureThrown = true;
      // Made on the writer thread that gave up first: the trace shows the caller instead.
      failed.fillInStackTrace();
    }
    throw failed;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the batch writer is closed");
    }
  }

  private static ThreadFactory threadFactory(int writerNumber) {
    AtomicInteger threadNumbers = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(
              task, "dynamap-batch-writer-" + writerNumber + "-" + threadNumbers.incrementAndGet());
      // Daemon: a writer never closed must not keep the JVM alive.
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Configures a {@link BatchWriter}. Every setting has a default: 4 requests in flight, backoff
   * from 50 ms to 5 s, 2 minutes of retries per batch.
   */
  public static final class Builder extends BatchWriterSettings<Builder> {
    private final DynamoDbClient client;

    private Builder(DynamoDbClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** The core of the writer built: the settings' own, reachable from the writer through here. */
    private BatchWriteCore core() {
      return newCore("BatchWriter");
    }

    /** The requests in flight at once, reachable from the writer through here. */
    private int inFlightLimit() {
      return maxInFlight();
    }

    /**
     * A new writer with its own threads; close it when done.
     *
     * @return a new writer with this builder's settings
     */
    public BatchWriter build() {
      return new BatchWriter(this);
    }
  }
}
