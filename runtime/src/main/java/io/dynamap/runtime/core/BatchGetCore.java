package io.dynamap.runtime.core;

import io.dynamap.runtime.batch.BatchGetException;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchGetStatistics;
import io.dynamap.runtime.batch.UnreadKey;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * What a batch getter does apart from sending, written once for the blocking {@code BatchGetter}
 * and the non-blocking one: checking and deduplicating keys, cutting them into requests of 100,
 * building each {@code BatchGetItem}, reading its answer (items found, keys left unprocessed), the
 * retry decisions, the statistics, the result decoded per repository (whole, or through a
 * projection) and the {@link BatchGetException} listing every key not read.
 *
 * <p>Keys read through a projection make their table's reads carry a {@code
 * ProjectionExpression}: the attributes of every projection asked of that table, and its key
 * attributes (to match items to keys). A table with keys also read whole is read whole; each
 * handle decodes only what it asked for.
 *
 * <p>One getting of keys is a {@link KeySet}, then an {@link Execution} that runs its chunks one
 * after another, each a {@link ChunkRun}:
 *
 * <pre>{@code
 * Execution execution = keys.execute();
 * while (execution.hasNextChunk()) {
 *   ChunkRun run = execution.nextChunk();
 *   OptionalLong retryIn;
 *   do {
 *     try {
 *       retryIn = run.afterResponse(client.batchGetItem(run.nextRequest()));
 *     } catch (RuntimeException e) {
 *       retryIn = run.afterFailure(e);
 *     }
 *     // sleep or schedule retryIn
 *   } while (retryIn.isPresent());
 *   if (execution.failure() != null) throw execution.failure();
 * }
 * return execution.result();
 * }</pre>
 *
 * <p>The core itself is immutable and shared; a key set, an execution and a run are used by one
 * task at a time.
 */
public final class BatchGetCore {
  /** DynamoDB's limit of keys in one {@code BatchGetItem}. */
  public static final int MAX_KEYS_PER_REQUEST = 100;

  private final BatchRetryPolicy retryPolicy;
  private final boolean consistentRead;

  /**
   * The core of one getter.
   *
   * @param retryPolicy the backoff and budget of each request; not null
   * @param consistentRead whether reads are strongly consistent
   */
  public BatchGetCore(BatchRetryPolicy retryPolicy, boolean consistentRead) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.consistentRead = consistentRead;
  }

  /**
   * A new, empty set of keys to read.
   *
   * @return a key set, for one thread
   */
  public KeySet keySet() {
    return new KeySet();
  }

  /**
   * The keys of one request to a getter, of any entity types, each under the handle the caller
   * will ask for its items with (a repository, an {@link EntityTable}, each with the projection
   * they are read through, if any); handles are compared by identity.
   */
  public final class KeySet {
    /** Every distinct key, in the order first given. */
    private final Map<BatchItemId, KeyToRead> keys = new LinkedHashMap<>();

    /** For each handle, its distinct keys in the order first given, in their first form. */
    private final Map<BatchHandle, Map<BatchItemId, Map<String, AttributeValue>>> wanted =
        new LinkedHashMap<>();

    /** For each handle, its table, to decode its items. */
    private final Map<BatchHandle, EntityTable<?>> tables = new HashMap<>();

    /** For each physical table with keys, what its reads return. */
    private final Map<String, TableReads> reads = new HashMap<>();

    private long added;

    private KeySet() {}

    /**
     * Adds a key whose whole item is read.
     *
     * @param handle what the caller will ask for the items with; not null
     * @param table the handle's table and schema; not null
     * @param key the key, as from the generated schema's {@code key(…)}; not null
     * @throws ItemMappingException if the map is not a key of the entity: other attribute names,
     *     other types, or empty values
     */
    public void add(Object handle, EntityTable<?> table, Map<String, AttributeValue> key) {
      add(handle, table, null, key);
    }

    /**
     * Adds a key whose item is read through a projection, or whole.
     *
     * @param handle what the caller will ask for the items with, with {@code projection}; not null
     * @param table the handle's table and schema; not null
     * @param projection the projection of the table's entity to decode the item with, or {@code
     *     null} for the whole item
     * @param key the key, as from the generated schema's {@code key(…)}; not null
     * @throws ItemMappingException if the map is not a key of the entity: other attribute names,
     *     other types, or empty values
     */
    public void add(
        Object handle,
        EntityTable<?> table,
        ProjectionSchema<?, ?> projection,
        Map<String, AttributeValue> key) {
      Objects.requireNonNull(handle, "repository");
      Objects.requireNonNull(key, "key");
      Map<String, AttributeValue> checked = BatchKeys.require(table, key);
      BatchItemId id = BatchKeys.id(table, checked);
      added++;
      keys.putIfAbsent(id, new KeyToRead(id, table.tableName(), table.schema().key(), checked));
      reads
          .computeIfAbsent(table.tableName(), name -> new TableReads(table.schema().key()))
          .need(projection);
      declare(handle, table, projection).putIfAbsent(id, key);
    }

    /**
     * Adds keys of one handle, read through a projection or whole; the handle is known even with
     * no keys, so that the result has its (empty) items.
     *
     * @param handle what the caller will ask for the items with, with {@code projection}; not null
     * @param table the handle's table and schema; not null
     * @param projection the projection to decode the items with, or {@code null} for whole items
     * @param keys the keys, each as from the generated schema's {@code key(…)}; not null
     * @throws ItemMappingException at the first map that is not a key of the entity; the keys
     *     before it were added
     */
    public void addAll(
        Object handle,
        EntityTable<?> table,
        ProjectionSchema<?, ?> projection,
        Collection<? extends Map<String, AttributeValue>> keys) {
      Objects.requireNonNull(keys, "keys");
      declare(handle, table, projection);
      for (Map<String, AttributeValue> key : keys) {
        add(handle, table, projection, key);
      }
    }

    /**
     * Makes a handle and projection known, with or without keys, so that the result has their
     * (maybe empty) items; returns the keys so far of the handle with this projection.
     */
    private Map<BatchItemId, Map<String, AttributeValue>> declare(
        Object handle, EntityTable<?> table, ProjectionSchema<?, ?> projection) {
      BatchHandle key = new BatchHandle(handle, projection);
      tables.putIfAbsent(key, table);
      return wanted.computeIfAbsent(key, h -> new LinkedHashMap<>());
    }

    /**
     * Starts reading every key added so far, 100 per request.
     *
     * @return the execution, for one task
     */
    public Execution execute() {
      return new Execution(this);
    }
  }

  /**
   * What the reads of one table return: whole items if any key of it is read whole, otherwise
   * the attributes of every projection asked of it, with the key attributes.
   */
  private static final class TableReads {
    private final KeyDefinition key;
    private boolean whole;
    private final LinkedHashSet<String> attributes = new LinkedHashSet<>();

    TableReads(KeyDefinition key) {
      this.key = key;
    }

    void need(ProjectionSchema<?, ?> projection) {
      if (projection == null) {
        whole = true;
        return;
      }
      Expression expression = projection.projection();
      for (String placeholder : expression.text().split(", ")) {
        attributes.add(expression.names().get(placeholder));
      }
    }

    /** The projection to send, or {@code null} to read whole items. */
    Expression projection() {
      if (whole) {
        return null;
      }
      LinkedHashSet<String> names = new LinkedHashSet<>();
      names.add(key.partitionKey().name());
      if (key.sortKey() != null) {
        names.add(key.sortKey().name());
      }
      names.addAll(attributes);
      return ProjectionSchema.expressionOf(names.toArray(String[]::new));
    }
  }

  /** One reading of a key set: its chunks, the items found and the counts. */
  public final class Execution {
    private final KeySet keySet;
    private final List<KeyToRead> all;
    /** The projection of each table read through projections only. */
    private final Map<String, Expression> projections = new HashMap<>();
    private final Map<BatchItemId, Map<String, AttributeValue>> found = new HashMap<>();
    private int nextStart;
    private long requests;
    private long retries;
    private long unprocessedKeys;
    private long throttles;
    private BatchGetException failure;

    private Execution(KeySet keySet) {
      this.keySet = keySet;
      this.all = List.copyOf(keySet.keys.values());
      keySet.reads.forEach(
          (table, reads) -> {
            Expression projection = reads.projection();
            if (projection != null) {
              projections.put(table, projection);
            }
          });
    }

    /**
     * Whether a chunk is left to read; none is after a failure.
     *
     * @return {@code true} if {@link #nextChunk()} has one
     */
    public boolean hasNextChunk() {
      return failure == null && nextStart < all.size();
    }

    /**
     * The next up to 100 keys, whose retry budget starts now.
     *
     * @return the chunk's run
     * @throws IllegalStateException if there is none
     */
    public ChunkRun nextChunk() {
      if (!hasNextChunk()) {
        throw new IllegalStateException("no chunk left to read");
      }
      int start = nextStart;
      int end = Math.min(start + MAX_KEYS_PER_REQUEST, all.size());
      nextStart = end;
      return new ChunkRun(this, all.subList(start, end), end);
    }

    /**
     * The exception that ends this execution, once a chunk was given up on: it lists the chunk's
     * keys not read and every key of the chunks after it, and holds the items read so far.
     *
     * @return the failure, or {@code null} while every chunk so far was read
     */
    public BatchGetException failure() {
      return failure;
    }

    /**
     * The items read, decoded, by handle.
     *
     * @return the result
     * @throws ItemMappingException if a stored item does not fit its entity
     */
    public BatchGetResult result() {
      Map<BatchHandle, Map<Map<String, AttributeValue>, ?>> byHandle = new HashMap<>();
      keySet.wanted.forEach(
          (handle, ids) ->
              byHandle.put(
                  handle, decode(keySet.tables.get(handle), handle.projection(), ids, found)));
      BatchGetStatistics statistics =
          new BatchGetStatistics(
              all.size(),
              keySet.added - all.size(),
              found.size(),
              requests,
              retries,
              unprocessedKeys,
              throttles);
      return new BatchGetResult(byHandle, statistics);
    }

    private void giveUp(List<KeyToRead> remaining, int chunkEnd, String reason, Throwable cause) {
      List<UnreadKey> unread = new ArrayList<>();
      for (KeyToRead key : remaining) {
        unread.add(new UnreadKey(key.table(), key.key()));
      }
      for (KeyToRead key : all.subList(chunkEnd, all.size())) {
        unread.add(new UnreadKey(key.table(), key.key()));
      }
      failure = new BatchGetException(reason, cause, unread, result());
    }
  }

  /** The items found for one handle, decoded by its projection or else its table's schema. */
  private static Map<Map<String, AttributeValue>, Object> decode(
      EntityTable<?> table,
      ProjectionSchema<?, ?> projection,
      Map<BatchItemId, Map<String, AttributeValue>> ids,
      Map<BatchItemId, Map<String, AttributeValue>> found) {
    ItemSchema<?> schema = table.schema();
    Map<Map<String, AttributeValue>, Object> items = new LinkedHashMap<>();
    ids.forEach(
        (id, key) -> {
          Map<String, AttributeValue> item = found.get(id);
          if (item != null) {
            try {
              items.put(key, projection == null ? schema.fromItem(item) : projection.fromItem(item));
            } catch (ItemMappingException e) {
              throw e.inItem(table.tableName(), BatchKeys.describeKeyIn(schema, item));
            }
          }
        });
    return items;
  }

  /**
   * Up to 100 keys being read: asked for again while DynamoDB leaves some unprocessed, until all
   * are read or the budget is spent.
   */
  public final class ChunkRun {
    private final Execution execution;
    private final int chunkEnd;
    private final Map<String, KeyDefinition> tables = new HashMap<>();
    private final long deadline = retryPolicy.deadlineFromNow();
    private List<KeyToRead> remaining;
    private int retry;
    private Throwable lastFailure;

    private ChunkRun(Execution execution, List<KeyToRead> chunk, int chunkEnd) {
      this.execution = execution;
      this.chunkEnd = chunkEnd;
      this.remaining = chunk;
      for (KeyToRead key : chunk) {
        tables.putIfAbsent(key.table(), key.definition());
      }
    }

    /**
     * The request for the keys not read yet; counts it, and a retry after the first.
     *
     * @return the {@code BatchGetItem} request to send now
     */
    public BatchGetItemRequest nextRequest() {
      execution.requests++;
      if (retry > 0) {
        execution.retries++;
      }
      Map<String, List<Map<String, AttributeValue>>> byTable = new LinkedHashMap<>();
      for (KeyToRead key : remaining) {
        byTable.computeIfAbsent(key.table(), table -> new ArrayList<>()).add(key.key());
      }
      Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
      byTable.forEach(
          (table, tableKeys) -> {
            KeysAndAttributes.Builder keysAndAttributes =
                KeysAndAttributes.builder().keys(tableKeys);
            Expression projection = execution.projections.get(table);
            if (projection != null) {
              keysAndAttributes
                  .projectionExpression(projection.text())
                  .expressionAttributeNames(projection.names());
            }
            if (consistentRead) {
              keysAndAttributes.consistentRead(true);
            }
            requestItems.put(table, keysAndAttributes.build());
          });
      return BatchGetItemRequest.builder().requestItems(requestItems).build();
    }

    /**
     * Reads DynamoDB's answer: keeps the items found and the keys left unprocessed.
     *
     * @param response the answer to the last {@link #nextRequest()}
     * @return empty if the chunk is done (all read, or given up on when the budget ran out: then
     *     {@link Execution#failure()} says so); otherwise the pause in nanoseconds before asking
     *     for the rest again
     * @throws ItemMappingException if, giving up, an item read so far does not fit its entity
     */
    public OptionalLong afterResponse(BatchGetItemResponse response) {
      if (response.hasResponses()) {
        response
            .responses()
            .forEach(
                (table, items) -> {
                  KeyDefinition definition = tables.get(table);
                  for (Map<String, AttributeValue> item : items) {
                    execution.found.put(BatchKeys.id(table, definition, item), item);
                  }
                });
      }
      remaining = unprocessed(remaining, response, tables);
      if (remaining.isEmpty()) {
        return OptionalLong.empty();
      }
      execution.unprocessedKeys += remaining.size();
      lastFailure = null;
      return nextRetry();
    }

    /**
     * Reads a failed call: a refusal gives up on the chunk, anything retryable is retried.
     *
     * @param failure the exception of the last {@link #nextRequest()}'s call, after the SDK's own
     *     retries (unwrapped from a {@code CompletionException})
     * @return empty if the chunk was given up on ({@link Execution#failure()} says why);
     *     otherwise the pause in nanoseconds before asking again
     * @throws ItemMappingException if, giving up, an item read so far does not fit its entity
     */
    public OptionalLong afterFailure(Throwable failure) {
      if (BatchRetryPolicy.isThrottle(failure)) {
        execution.throttles++;
      }
      if (!BatchRetryPolicy.isRetryable(failure)) {
        stop("refused (" + BatchRetryPolicy.refusal(failure) + ")", failure);
        return OptionalLong.empty();
      }
      lastFailure = failure;
      return nextRetry();
    }

    /**
     * Gives up on the keys not read yet, and on every later chunk: {@link Execution#failure()}
     * lists them, with the items read so far decoded.
     *
     * @param reason why, such as {@code "interrupted"}
     * @param cause what stopped it, or {@code null}
     * @throws ItemMappingException if an item read so far does not fit its entity
     */
    public void stop(String reason, Throwable cause) {
      execution.giveUp(remaining, chunkEnd, reason, cause);
    }

    private OptionalLong nextRetry() {
      retry++;
      long delay = retryPolicy.delayNanos(retry);
      if (System.nanoTime() + delay - deadline > 0) {
        stop(retryPolicy.budgetSpent(lastFailure), lastFailure);
        return OptionalLong.empty();
      }
      return OptionalLong.of(delay);
    }
  }

  /** The keys DynamoDB returned unprocessed, matched to ours. */
  private static List<KeyToRead> unprocessed(
      List<KeyToRead> sent, BatchGetItemResponse response, Map<String, KeyDefinition> tables) {
    if (!response.hasUnprocessedKeys() || response.unprocessedKeys().isEmpty()) {
      return List.of();
    }
    Map<BatchItemId, KeyToRead> byId = new HashMap<>();
    for (KeyToRead key : sent) {
      byId.put(key.id(), key);
    }
    List<KeyToRead> remaining = new ArrayList<>();
    response
        .unprocessedKeys()
        .forEach(
            (table, keysAndAttributes) -> {
              KeyDefinition definition = tables.get(table);
              if (definition == null || !keysAndAttributes.hasKeys()) {
                return; // not a table we asked for: nothing of ours
              }
              for (Map<String, AttributeValue> key : keysAndAttributes.keys()) {
                KeyToRead match = byId.remove(BatchKeys.id(table, definition, key));
                if (match != null) {
                  remaining.add(match);
                }
              }
            });
    return remaining;
  }

  /** One distinct key to read. */
  private record KeyToRead(
      BatchItemId id, String table, KeyDefinition definition, Map<String, AttributeValue> key) {}
}
