package io.dynamap.async;

import io.dynamap.runtime.batch.BatchGetException;
import io.dynamap.runtime.batch.BatchGetResult;
import io.dynamap.runtime.batch.BatchGetter;
import io.dynamap.runtime.batch.BatchGetterSettings;
import io.dynamap.runtime.core.BatchGetCore;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;

/**
 * Reads many items by key, of one or several entity types and tables, with {@code BatchGetItem}
 * on a {@link DynamoDbAsyncClient}: the non-blocking counterpart of {@link BatchGetter}, with the
 * same rules (keys checked when added, duplicates read once, 100 keys per request, unprocessed
 * keys and retryable failures asked for again with backoff within a budget per request), the
 * same {@link BatchGetResult} and the same {@link BatchGetException}. No thread waits: the pauses
 * before retries are scheduled.
 *
 * <pre>{@code
 * AsyncBatchGetter getter = AsyncBatchGetter.of(asyncClient);
 * EntityTable<Order> orders = EntityTable.of("Orders", OrderSchema.INSTANCE);
 * getter.request()
 *     .addAll(orders, orderKeys)
 *     .execute()
 *     .thenAccept(result -> result.items(orders).forEach(this::ship));
 *
 * getter.get(orders, OrderSummarySchema.INSTANCE, orderKeys) // only the summary's attributes
 *     .thenAccept(summaries -> summaries.forEach(this::show));
 * }</pre>
 *
 * <p>The requests of one {@code execute()} are sent one after another, as {@link BatchGetter}
 * sends them, so that a failure ends the reading at once with the same keys listed; run several
 * requests for more in flight. The future fails with {@link BatchGetException} if some keys could
 * not be read (it holds the items read so far) or {@link ItemMappingException} if a stored item
 * does not fit its entity. It completes on the SDK's completion threads.
 *
 * <p>A getter holds no state between requests and is safe to share; a {@link Request} is not.
 */
public final class AsyncBatchGetter {
  private final DynamoDbAsyncClient client;
  private final BatchGetCore core;

  private AsyncBatchGetter(Builder builder) {
    this.client = builder.client;
    this.core = builder.core();
  }

  /**
   * A getter with the defaults: eventually consistent, backoff 50 ms to 5 s, 2 minute budget.
   *
   * @param client the client to call; not null
   * @return a new getter; it is thread-safe and holds no threads
   */
  public static AsyncBatchGetter of(DynamoDbAsyncClient client) {
    return builder(client).build();
  }

  /**
   * A builder for a getter with other settings.
   *
   * @param client the client to call; not null
   * @return a new builder with the defaults
   */
  public static Builder builder(DynamoDbAsyncClient client) {
    return new Builder(client);
  }

  /**
   * A new, empty request; add keys, then {@link Request#execute()}.
   *
   * @return a new request, for one thread
   */
  public Request request() {
    return new Request();
  }

  /**
   * Reads the items with these keys, of one entity type.
   *
   * @param <T> the entity type
   * @param table the items' table, whose schema decodes them; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null, duplicates
   *     allowed
   * @return the items found, in the order their keys were first given
   * @throws ItemMappingException if a map is not a key of the entity (before any request)
   */
  public <T> CompletableFuture<List<T>> get(
      EntityTable<T> table, Collection<? extends Map<String, AttributeValue>> keys) {
    return request()
        .addAll(table, keys)
        .execute()
        .thenApply(result -> result.items(table).toList());
  }

  /**
   * Reads the items with these keys, of one entity type, by key.
   *
   * @param <T> the entity type
   * @param table the items' table, whose schema decodes them; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null, duplicates
   *     allowed
   * @return the items found, by the key as it was given, in the order the keys were first given
   * @throws ItemMappingException if a map is not a key of the entity (before any request)
   */
  public <T> CompletableFuture<Map<Map<String, AttributeValue>, T>> getByKey(
      EntityTable<T> table, Collection<? extends Map<String, AttributeValue>> keys) {
    return request().addAll(table, keys).execute().thenApply(result -> result.itemsByKey(table));
  }

  /**
   * Reads the projections of the items with these keys, of one entity type: only the
   * projection's attributes are read, as {@link BatchGetter#get(io.dynamap.runtime.TableRepository,
   * ProjectionSchema, Collection)} reads them.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param table the items' table; not null
   * @param projection the projection's generated schema, such as {@code
   *     OrderSummarySchema.INSTANCE}; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null,
   *     duplicates allowed
   * @return the records read, in the order their keys were first given
   * @throws ItemMappingException if a map is not a key of the entity (before any request)
   */
  public <T, P> CompletableFuture<List<P>> get(
      EntityTable<T> table,
      ProjectionSchema<T, P> projection,
      Collection<? extends Map<String, AttributeValue>> keys) {
    return request()
        .addAll(table, projection, keys)
        .execute()
        .thenApply(result -> result.items(table, projection).toList());
  }

  /**
   * Reads the projections of the items with these keys, of one entity type, by key.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param table the items' table; not null
   * @param projection the projection's generated schema; not null
   * @param keys the keys; not null, duplicates allowed
   * @return the records read, by the key as it was given, in the order the keys were first given
   * @throws ItemMappingException if a map is not a key of the entity (before any request)
   */
  public <T, P> CompletableFuture<Map<Map<String, AttributeValue>, P>> getByKey(
      EntityTable<T> table,
      ProjectionSchema<T, P> projection,
      Collection<? extends Map<String, AttributeValue>> keys) {
    return request()
        .addAll(table, projection, keys)
        .execute()
        .thenApply(result -> result.itemsByKey(table, projection));
  }

  /**
   * The keys to read in one go, of any entity types, each under the {@link EntityTable} its items
   * are asked for with in the result (and the projection, for keys read through one). Not
   * thread-safe; {@link #execute()} may be called again to read the same keys again.
   */
  public final class Request {
    private final BatchGetCore.KeySet keySet = core.keySet();

    private Request() {}

    /**
     * Adds a key, such as {@code OrderSchema.INSTANCE.key("c-001", placedAt)}.
     *
     * @param <T> the entity type
     * @param table the items' table, whose schema decodes them; the result gives its items by
     *     this same object; not null
     * @param key the key; not null
     * @return this request
     * @throws ItemMappingException if the map is not a key of the entity
     */
    public <T> Request add(EntityTable<T> table, Map<String, AttributeValue> key) {
      Objects.requireNonNull(table, "table");
      keySet.add(table, table, key);
      return this;
    }

    /**
     * Adds keys of one entity type.
     *
     * @param <T> the entity type
     * @param table the items' table, whose schema decodes them; the result gives its items by
     *     this same object; not null
     * @param keys the keys; not null, duplicates allowed
     * @return this request
     * @throws ItemMappingException at the first map that is not a key of the entity; the keys
     *     before it were added
     */
    public <T> Request addAll(
        EntityTable<T> table, Collection<? extends Map<String, AttributeValue>> keys) {
      Objects.requireNonNull(table, "table");
      keySet.addAll(table, table, null, keys);
      return this;
    }

    /**
     * Adds a key whose item is read through a projection; the result gives it by {@link
     * BatchGetResult#items(EntityTable, ProjectionSchema)} with the same table and projection.
     *
     * @param <T> the entity type
     * @param <P> the projection record
     * @param table the items' table; not null
     * @param projection the projection's generated schema; not null
     * @param key the key; not null
     * @return this request
     * @throws ItemMappingException if the map is not a key of the entity
     */
    public <T, P> Request add(
        EntityTable<T> table, ProjectionSchema<T, P> projection, Map<String, AttributeValue> key) {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(projection, "projection");
      keySet.add(table, table, projection, key);
      return this;
    }

    /**
     * Adds keys of one entity type whose items are read through a projection.
     *
     * @param <T> the entity type
     * @param <P> the projection record
     * @param table the items' table; not null
     * @param projection the projection's generated schema; not null
     * @param keys the keys; not null, duplicates allowed
     * @return this request
     * @throws ItemMappingException at the first map that is not a key of the entity; the keys
     *     before it were added
     */
    public <T, P> Request addAll(
        EntityTable<T> table,
        ProjectionSchema<T, P> projection,
        Collection<? extends Map<String, AttributeValue>> keys) {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(projection, "projection");
      keySet.addAll(table, table, projection, keys);
      return this;
    }

    /**
     * Reads every key added, 100 per {@code BatchGetItem}, retrying unprocessed keys.
     *
     * @return the items read, by entity table; fails with {@link BatchGetException} if some keys
     *     could not be read, or {@link ItemMappingException} if a stored item does not fit its
     *     entity
     */
    public CompletableFuture<BatchGetResult> execute() {
      CompletableFuture<BatchGetResult> done = new CompletableFuture<>();
      nextChunk(keySet.execute(), done);
      return done;
    }
  }

  private void nextChunk(BatchGetCore.Execution execution, CompletableFuture<BatchGetResult> done) {
    try {
      if (execution.failure() != null) {
        done.completeExceptionally(execution.failure());
      } else if (execution.hasNextChunk()) {
        attempt(execution, execution.nextChunk(), done);
      } else {
        done.complete(execution.result());
      }
    } catch (RuntimeException e) {
      done.completeExceptionally(e); // a stored item that does not fit its entity
    }
  }

  /** Sends the chunk's next request; its answer decides: next chunk, or again after a pause. */
  private void attempt(
      BatchGetCore.Execution execution,
      BatchGetCore.ChunkRun run,
      CompletableFuture<BatchGetResult> done) {
    CompletableFuture<BatchGetItemResponse> call;
    try {
      call = client.batchGetItem(run.nextRequest());
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
            done.completeExceptionally(e);
            return;
          }
          if (retryIn.isEmpty()) {
            nextChunk(execution, done);
          } else {
            CompletableFuture.delayedExecutor(
                    retryIn.getAsLong(), TimeUnit.NANOSECONDS, Runnable::run)
                .execute(() -> attempt(execution, run, done));
          }
        });
  }

  /**
   * Configures an {@link AsyncBatchGetter}. Every setting has a default: eventually consistent
   * reads, backoff from 50 ms to 5 s, 2 minutes of retries per request.
   */
  public static final class Builder extends BatchGetterSettings<Builder> {
    private final DynamoDbAsyncClient client;

    private Builder(DynamoDbAsyncClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** The core of the getter built: the settings' own, reachable from the getter through here. */
    private BatchGetCore core() {
      return newCore();
    }

    /**
     * The getter.
     *
     * @return a new getter with this builder's settings
     */
    public AsyncBatchGetter build() {
      return new AsyncBatchGetter(this);
    }
  }
}
