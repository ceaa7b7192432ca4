package io.dynamap.runtime.core;

import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.UnwrittenItem;
import io.dynamap.runtime.batch.UnwrittenItem.Operation;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.GeneratedValue;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.ItemSizes;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.OptimisticLock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What a batch writer does apart from sending, written once for the blocking {@code BatchWriter}
 * and the non-blocking one: encoding and checking each put and delete, buffering per table with
 * the last write to a key winning, cutting buffers at DynamoDB's limits, building each {@code
 * BatchWriteItem}, reading its answer (what DynamoDB left unprocessed), the retry decisions, the
 * statistics, and the one {@link BatchWriteException} listing every item not written.
 *
 * <p>A writer keeps one core. The counters and the failure are thread-safe; the {@link Buffers}
 * and each {@link BatchRun} are used under the writer's own lock or by one task at a time.
 */
public final class BatchWriteCore {
  /** DynamoDB's limit of put and delete requests in one {@code BatchWriteItem}. */
  public static final int MAX_ITEMS_PER_REQUEST = 25;

  /** DynamoDB's limit on the size of one {@code BatchWriteItem}, counted as item sizes. */
  public static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  /** Why the writes given to a writer that has failed are not written. */
  public static final String NOT_ACCEPTED = "not sent: the writer had failed";

  private final BatchRetryPolicy retryPolicy;
  private final boolean withoutVersionChecks;
  private final String writerClass;

  private final LongAdder itemsWritten = new LongAdder();
  private final LongAdder itemsCollapsed = new LongAdder();
  private final LongAdder itemsFailed = new LongAdder();
  private final LongAdder requests = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder unprocessedItems = new LongAdder();
  private final LongAdder throttles = new LongAdder();

  /** Made at the first item given up on, each later one added; guarded by {@code failureLock}. */
  private BatchWriteException failure;

  private final Object failureLock = new Object();

  /**
   * The core of one writer.
   *
   * @param retryPolicy the backoff and budget of each batch; not null
   * @param withoutVersionChecks whether {@code @Version}ed entities are written unchecked
   * @param writerClass the writer's class name as users write it, such as {@code "BatchWriter"},
   *     for the message that tells how to build one without version checks; not null
   */
  public BatchWriteCore(
      BatchRetryPolicy retryPolicy, boolean withoutVersionChecks, String writerClass) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.withoutVersionChecks = withoutVersionChecks;
    this.writerClass = Objects.requireNonNull(writerClass, "writerClass");
  }

  /**
   * Encodes and checks a put: the entity's item, its key, its size, and, for a {@code @Version}ed
   * entity, the refusal or the next version.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @return the write, ready to buffer
   * @throws IllegalArgumentException if the entity is versioned and the writer checks versions
   * @throws ItemMappingException if the entity cannot be stored or its item is over 400 KB
   */
  public <T> PendingWrite encodePut(EntityTable<T> table, T entity) {
    Objects.requireNonNull(table, "repository");
    Objects.requireNonNull(entity, "entity");
    String tableName = table.tableName();
    ItemSchema<T> schema = table.schema();
    Map<String, AttributeValue> item;
    try {
      item = schema.toItem(entity);
    } catch (ItemMappingException e) {
      throw new ItemMappingException("table " + tableName + ": " + e.getMessage(), e);
    }
    item = GeneratedValue.fill(schema.generatedValuesOf(entity), item);
    Map<String, AttributeValue> key = BatchKeys.of(table, item);
    Optional<OptimisticLock<T>> lock = OptimisticLock.of(schema, entity);
    if (lock.isPresent()) {
      requireWithoutVersionChecks("put", lock.get(), tableName, key);
      item = lock.get().stamp(item);
    }
    long size =
        ItemSizes.requireWithinLimit(item, tableName, schema.entityName(), BatchKeys.describe(key));
    WriteRequest request =
        WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    return new PendingWrite(table, Operation.PUT, key, item, entity, size, request);
  }

  /**
   * Encodes and checks a delete of the item with the entity's key.
   *
   * @param <T> the entity type
   * @param table the entity's table; not null
   * @param entity the entity; not null
   * @return the write, ready to buffer
   * @throws IllegalArgumentException if the entity is versioned and the writer checks versions
   * @throws ItemMappingException if the entity's key is null or empty
   */
  public <T> PendingWrite encodeDelete(EntityTable<T> table, T entity) {
    Objects.requireNonNull(table, "repository");
    Objects.requireNonNull(entity, "entity");
    Map<String, AttributeValue> key;
    try {
      key = table.schema().keyOf(entity);
    } catch (ItemMappingException e) {
      throw new ItemMappingException("table " + table.tableName() + ": " + e.getMessage(), e);
    }
    Map<String, AttributeValue> checked = BatchKeys.require(table, key);
    Optional<OptimisticLock<T>> lock = OptimisticLock.of(table.schema(), entity);
    if (lock.isPresent()) {
      requireWithoutVersionChecks("delete", lock.get(), table.tableName(), checked);
    }
    return delete(table, checked, entity);
  }

  /**
   * Encodes and checks a delete by key.
   *
   * @param table the entity's table; not null
   * @param key the key, as from the generated schema's {@code key(…)}; not null
   * @return the write, ready to buffer
   * @throws ItemMappingException if the map is not a key of the entity
   */
  public PendingWrite encodeDeleteByKey(EntityTable<?> table, Map<String, AttributeValue> key) {
    Objects.requireNonNull(table, "repository");
    Objects.requireNonNull(key, "key");
    return delete(table, BatchKeys.require(table, key), null);
  }

  private static PendingWrite delete(
      EntityTable<?> table, Map<String, AttributeValue> key, Object entity) {
    WriteRequest request =
        WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    return new PendingWrite(
        table, Operation.DELETE, key, key, entity, ItemSizes.itemSize(key), request);
  }

  /**
   * Refuses a write of a versioned entity unless the writer was built without version checks:
   * {@code BatchWriteItem} cannot carry the condition that would check it.
   */
  private void requireWithoutVersionChecks(
      String operation, OptimisticLock<?> lock, String table, Map<String, AttributeValue> key) {
    if (withoutVersionChecks) {
      return;
    }
    throw new IllegalArgumentException(
        "cannot "
            + operation
            + " "
            + lock
            + ", key "
            + BatchKeys.describe(key)
            + " of table "
            + table
            + " in a batch: BatchWriteItem carries no condition, so its @Version would not be"
            + " checked and a concurrent change would be overwritten unseen. Write it with the"
            + " repository (save, put, delete) or in a transaction, which check the version; or,"
            + " for a bulk load where nothing else writes these items, build the writer with "
            + writerClass
            + ".builder(client).withoutVersionChecks()"
            + ("put".equals(operation)
                ? " to store version + 1 unchecked (the last writer wins)"
                : " to delete whatever version is stored (or use deleteByKey)"));
  }

  /**
   * Starts writing a batch: one buffer's writes, all for one table.
   *
   * @param batch the writes, at least one, as {@link Buffer#drain()} returned them
   * @return the batch's run, whose retry budget starts now
   */
  public BatchRun start(List<PendingWrite> batch) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one write");
    }
    return new BatchRun(batch);
  }

  /**
   * Counts a write that replaced one for the same key in its buffer.
   */
  public void collapsed() {
    itemsCollapsed.increment();
  }

  /**
   * Gives up on writes: lists them, with the reason, in the writer's failure, made now if this is
   * the first.
   *
   * @param writes the writes not written; none is listed if empty
   * @param reason why they were not written
   * @param cause the exception of the last attempt, or {@code null}
   */
  public void fail(List<PendingWrite> writes, String reason, Throwable cause) {
    if (writes.isEmpty()) {
      return;
    }
    List<UnwrittenItem> items = new ArrayList<>(writes.size());
    for (PendingWrite write : writes) {
      items.add(
          new UnwrittenItem(
              write.table(),
              write.operation(),
              write.key(),
              write.item(),
              write.entity(),
              reason,
              cause));
    }
    synchronized (failureLock) {
      if (failure == null) {
        failure = new BatchWriteException(items);
      } else {
        failure.add(items);
      }
      itemsFailed.add(items.size());
    }
  }

  /**
   * The writer's failure, if it has given up on an item.
   *
   * @return the one exception listing every item not written so far, or {@code null}
   */
  public BatchWriteException failure() {
    synchronized (failureLock) {
      return failure;
    }
  }

  /**
   * What the writer has done so far.
   *
   * @return a snapshot of the counters
   */
  public BatchWriteStatistics statistics() {
    return new BatchWriteStatistics(
        itemsWritten.sum(),
        itemsCollapsed.sum(),
        itemsFailed.sum(),
        requests.sum(),
        retries.sum(),
        unprocessedItems.sum(),
        throttles.sum());
  }

  /**
   * A batch being written: its request, each answer read, and whether and when to send what is
   * left again. One run is driven by one task at a time:
   *
   * <pre>{@code
   * BatchRun run = core.start(batch);
   * while (true) {
   *   OptionalLong retryIn;
   *   try {
   *     retryIn = run.afterResponse(client.batchWriteItem(run.nextRequest()));
   *   } catch (RuntimeException e) {
   *     retryIn = run.afterFailure(e);
   *   }
   *   if (retryIn.isEmpty()) break; // written, or given up on and listed in the failure
   *   sleep(retryIn.getAsLong()); // or schedule the next attempt
   * }
   * }</pre>
   */
  public final class BatchRun {
    private final long deadline = retryPolicy.deadlineFromNow();
    private List<PendingWrite> remaining;
    private int retry;
    private Throwable lastFailure;

    private BatchRun(List<PendingWrite> batch) {
      this.remaining = batch;
    }

    /**
     * The writes not yet written.
     *
     * @return the writes the next request sends
     */
    public List<PendingWrite> remaining() {
      return remaining;
    }

    /**
     * The request for the writes not yet written; counts it, and a retry after the first.
     *
     * @return the {@code BatchWriteItem} request to send now
     */
    public BatchWriteItemRequest nextRequest() {
      requests.increment();
      if (retry > 0) {
        retries.increment();
      }
      List<WriteRequest> writeRequests = new ArrayList<>(remaining.size());
      for (PendingWrite write : remaining) {
        writeRequests.add(write.request());
      }
      return BatchWriteItemRequest.builder()
          .requestItems(Map.of(remaining.get(0).table(), writeRequests))
          .build();
    }

    /**
     * Reads DynamoDB's answer: counts what was written, keeps what was left unprocessed.
     *
     * @param response the answer to the last {@link #nextRequest()}
     * @return empty if the batch is done (all written, or given up on when the budget ran out);
     *     otherwise the pause in nanoseconds before sending the rest again
     */
    public OptionalLong afterResponse(BatchWriteItemResponse response) {
      List<PendingWrite> notWritten = unprocessed(remaining, response);
      itemsWritten.add(remaining.size() - notWritten.size());
      if (notWritten.isEmpty()) {
        return OptionalLong.empty();
      }
      unprocessedItems.add(notWritten.size());
      remaining = notWritten;
      lastFailure = null;
      return nextRetry();
    }

    /**
     * Reads a failed call: a refusal gives up on the batch, anything retryable is retried.
     *
     * @param failure the exception of the last {@link #nextRequest()}'s call, after the SDK's own
     *     retries (unwrapped from a {@code CompletionException})
     * @return empty if the batch was given up on; otherwise the pause in nanoseconds before
     *     sending it again
     */
    public OptionalLong afterFailure(Throwable failure) {
      if (BatchRetryPolicy.isThrottle(failure)) {
        throttles.increment();
      }
      if (!BatchRetryPolicy.isRetryable(failure)) {
        fail(remaining, "refused (" + BatchRetryPolicy.refusal(failure) + ")", failure);
        return OptionalLong.empty();
      }
      lastFailure = failure;
      return nextRetry();
    }

    /**
     * Gives up on the writes not yet written because the writer is being stopped: lists them in
     * the failure with this reason.
     *
     * @param reason why they were not written
     * @param cause the failure of the call that was cut, or what stopped the writer; or {@code
     *     null}
     */
    public void stop(String reason, Throwable cause) {
      if (cause != null && BatchRetryPolicy.isThrottle(cause)) {
        throttles.increment();
      }
      fail(remaining, reason, cause);
    }

    private OptionalLong nextRetry() {
      retry++;
      long delay = retryPolicy.delayNanos(retry);
      if (System.nanoTime() + delay - deadline > 0) {
        fail(remaining, retryPolicy.budgetSpent(lastFailure), lastFailure);
        return OptionalLong.empty();
      }
      return OptionalLong.of(delay);
    }
  }

  /** The writes DynamoDB returned unprocessed, matched to ours by key. */
  private static List<PendingWrite> unprocessed(
      List<PendingWrite> sent, BatchWriteItemResponse response) {
    if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
      return List.of();
    }
    Map<BatchItemId, PendingWrite> byId = new HashMap<>();
    for (PendingWrite write : sent) {
      byId.put(write.id(), write);
    }
    PendingWrite first = sent.get(0);
    List<PendingWrite> notWritten = new ArrayList<>();
    for (Map.Entry<String, List<WriteRequest>> table : response.unprocessedItems().entrySet()) {
      for (WriteRequest request : table.getValue()) {
        Map<String, AttributeValue> attributes =
            request.putRequest() != null
                ? request.putRequest().item()
                : request.deleteRequest() != null ? request.deleteRequest().key() : null;
        if (attributes == null) {
          continue;
        }
        // Each key is sent once per batch (duplicates were collapsed), so the match is unique.
        // A request that matches none of ours is not one we sent, and nothing of ours is lost.
        PendingWrite match =
            byId.remove(BatchKeys.id(table.getKey(), first.keyDefinition(), attributes));
        if (match != null) {
          notWritten.add(match);
        }
      }
    }
    return notWritten;
  }

  /**
   * One accepted put or delete, encoded and checked.
   *
   * @param id the item's identity, for deduplication and ordering
   * @param table the physical table name
   * @param keyDefinition the table's primary key
   * @param operation a put or a delete
   * @param key the item's primary key
   * @param item for a put, the item; for a delete, the key
   * @param entity the entity given, or {@code null} for a delete by key
   * @param size the item's size as DynamoDB counts it
   * @param request its part of a {@code BatchWriteItem}
   */
  public record PendingWrite(
      BatchItemId id,
      String table,
      KeyDefinition keyDefinition,
      Operation operation,
      Map<String, AttributeValue> key,
      Map<String, AttributeValue> item,
      Object entity,
      long size,
      WriteRequest request) {

    PendingWrite(
        EntityTable<?> table,
        Operation operation,
        Map<String, AttributeValue> key,
        Map<String, AttributeValue> item,
        Object entity,
        long size,
        WriteRequest request) {
      this(
          BatchKeys.id(table, key),
          table.tableName(),
          table.schema().key(),
          operation,
          key,
          item,
          entity,
          size,
          request);
    }
  }

  /** The buffers of a writer, one per table, in the order the tables were first written. */
  public static final class Buffers {
    private final Map<String, Buffer> byTable = new LinkedHashMap<>();

    /** Empty buffers. */
    public Buffers() {}

    /**
     * The buffer of a write's table, made if there is none.
     *
     * @param write the write
     * @return its table's buffer
     */
    public Buffer of(PendingWrite write) {
      return byTable.computeIfAbsent(write.table(), table -> new Buffer());
    }

    /**
     * Every buffer, empty ones included.
     *
     * @return a live view
     */
    public Collection<Buffer> all() {
      return byTable.values();
    }

    /**
     * Whether no buffer holds a write.
     *
     * @return {@code true} if every buffer is empty
     */
    public boolean isEmpty() {
      for (Buffer buffer : byTable.values()) {
        if (!buffer.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** Forgets every buffer. */
    public void clear() {
      byTable.clear();
    }
  }

  /** The writes waiting for one table, by key, and their total size. */
  public static final class Buffer {
    private final LinkedHashMap<BatchItemId, PendingWrite> writes = new LinkedHashMap<>();
    private long bytes;

    private Buffer() {}

    /**
     * Whether the write can join the buffer within DynamoDB's limits of one request: 25 writes,
     * 16 MB. A write to a key already buffered replaces that one and always fits by count.
     *
     * @param write the write
     * @return {@code false} if the buffer must be sent first
     */
    public boolean fits(PendingWrite write) {
      PendingWrite previous = writes.get(write.id());
      int countAfter = writes.size() + (previous == null ? 1 : 0);
      long bytesAfter = bytes + write.size() - (previous == null ? 0 : previous.size());
      return countAfter <= MAX_ITEMS_PER_REQUEST && bytesAfter <= MAX_REQUEST_BYTES;
    }

    /**
     * Adds a write, replacing one with the same key: the later write wins.
     *
     * @param write the write
     * @return {@code true} if it replaced a write to the same key
     */
    public boolean put(PendingWrite write) {
      PendingWrite replaced = writes.put(write.id(), write);
      bytes += write.size() - (replaced == null ? 0 : replaced.size());
      return replaced != null;
    }

    /**
     * The keys of the writes held.
     *
     * @return a live view
     */
    public Set<BatchItemId> ids() {
      return writes.keySet();
    }

    /**
     * Whether it holds no write.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
      return writes.isEmpty();
    }

    /**
     * The writes held, in the order their keys were first buffered.
     *
     * @return a copy
     */
    public List<PendingWrite> writes() {
      return List.copyOf(writes.values());
    }

    /**
     * Takes the writes held, a batch to send, and empties the buffer.
     *
     * @return the writes, in the order their keys were first buffered
     */
    public List<PendingWrite> drain() {
      List<PendingWrite> batch = List.copyOf(writes.values());
      writes.clear();
      bytes = 0;
      return batch;
    }
  }
}
