package io.dynamap.runtime.batch;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.BatchGetCore;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads many items by key, of one or several entity types and tables, with {@code BatchGetItem}:
 *
 * <pre>{@code
 * BatchGetter getter = BatchGetter.of(client);
 *
 * Stream<Order> orders = getter.get(orderRepository, orderKeys);
 *
 * BatchGetResult result = getter.request()
 *     .add(orderRepository, OrderSchema.INSTANCE.key("c-001", placedAt))
 *     .addAll(customerRepository, customerKeys)
 *     .execute();
 * Map<Map<String, AttributeValue>, Customer> customers = result.itemsByKey(customerRepository);
 *
 * Stream<OrderSummary> summaries =
 *     getter.get(orderRepository, OrderSummarySchema.INSTANCE, orderKeys);
 * }</pre>
 *
 * <ul>
 *   <li>Keys are checked when added: a map that is not a key of the repository's entity fails with
 *       an {@link ItemMappingException} before any request.
 *   <li>Duplicate keys are read once (DynamoDB refuses a batch with duplicates); numbers are
 *       compared by value, as DynamoDB does.
 *   <li>Keys are sent 100 per request (DynamoDB's limit), tables mixed. DynamoDB returns at most 16
 *       MB per response and the rest as {@code UnprocessedKeys}; those, and keys unprocessed for
 *       lack of capacity, are asked for again after an exponential backoff with full jitter, within
 *       a retry budget per request (default 2 minutes). Calls that fail with a retryable error
 *       after the SDK's own retries are retried the same way.
 *   <li>Keys with no item are absent from the result. Keys that could not be read are reported by a
 *       {@link BatchGetException}, never dropped silently.
 *   <li>Keys added with a {@code @Projection}'s schema are read with a {@code
 *       ProjectionExpression} (placeholders for every name) and decoded into the projection
 *       record. A table's reads name the attributes of every projection asked of it in the
 *       request, and its key attributes; a table with keys also read whole is read whole. Each
 *       projection reads back only its own keys, with {@link BatchGetResult#items(TableRepository,
 *       ProjectionSchema)}.
 *   <li>Reads are eventually consistent unless {@link Builder#consistentRead(boolean)} is set.
 * </ul>
 *
 * <p>Requests are made one after another on the calling thread, through the client given here. A
 * getter holds no state between requests and is safe to share; a {@link Request} is not.
 */
public final class BatchGetter {
  /** DynamoDB's limit of keys in one {@code BatchGetItem}. */
  public static final int MAX_KEYS_PER_REQUEST = BatchGetCore.MAX_KEYS_PER_REQUEST;

  private final DynamoDbClient client;
  /** Keys, requests, answers, retry decisions, the result and the exception. */
  private final BatchGetCore core;

  private BatchGetter(Builder builder) {
    this.client = builder.client;
    this.core = builder.newCore();
  }

  /**
   * A getter with the defaults: eventually consistent, backoff 50 ms to 5 s, 2 minute budget.
   *
   * @param client the client to call; not null
   * @return a new getter; it is thread-safe and holds no threads
   */
  public static BatchGetter of(DynamoDbClient client) {
    return builder(client).build();
  }

  /**
   * A builder for a getter with other settings.
   *
   * @param client the client to call; not null
   * @return a new builder with the defaults
   */
  public static Builder builder(DynamoDbClient client) {
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
   * Reads the items with these keys, of one entity type. All are read before this returns.
   *
   * @param <T> the entity type
   * @param repository the repository of the items' table, which decodes them; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null, duplicates
   *     allowed
   * @return the items found, in the order their keys were first given
   * @throws ItemMappingException if a map is not a key of the entity, or a stored item does not fit
   *     it
   * @throws BatchGetException if some keys could not be read
   */
  public <T> Stream<T> get(
      TableRepository<T> repository, Collection<? extends Map<String, AttributeValue>> keys) {
    return request().addAll(repository, keys).execute().items(repository);
  }

  /**
   * Reads the items with these keys, of one entity type, by key.
   *
   * @param <T> the entity type
   * @param repository the repository of the items' table, which decodes them; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null, duplicates
   *     allowed
   * @return the items found, by the key as it was given, in the order the keys were first given
   * @throws ItemMappingException if a map is not a key of the entity, or a stored item does not fit
   *     it
   * @throws BatchGetException if some keys could not be read
   */
  public <T> Map<Map<String, AttributeValue>, T> getByKey(
      TableRepository<T> repository, Collection<? extends Map<String, AttributeValue>> keys) {
    return request().addAll(repository, keys).execute().itemsByKey(repository);
  }

  /**
   * Reads the projections of the items with these keys, of one entity type: only the
   * projection's attributes are read. All are read before this returns.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param repository the repository of the items' table; not null
   * @param projection the projection's generated schema, such as {@code
   *     OrderSummarySchema.INSTANCE}; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null,
   *     duplicates allowed
   * @return the records read, in the order their keys were first given
   * @throws ItemMappingException if a map is not a key of the entity, or a stored attribute does
   *     not fit the record
   * @throws BatchGetException if some keys could not be read
   */
  public <T, P> Stream<P> get(
      TableRepository<T> repository,
      ProjectionSchema<T, P> projection,
      Collection<? extends Map<String, AttributeValue>> keys) {
    return request()
        .addAll(repository, projection, keys)
        .execute()
        .items(repository, projection);
  }

  /**
   * Reads the projections of the items with these keys, of one entity type, by key.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param repository the repository of the items' table; not null
   * @param projection the projection's generated schema; not null
   * @param keys the keys, each as from the generated schema's {@code key(…)}; not null,
   *     duplicates allowed
   * @return the records read, by the key as it was given, in the order the keys were first given
   * @throws ItemMappingException if a map is not a key of the entity, or a stored attribute does
   *     not fit the record
   * @throws BatchGetException if some keys could not be read
   */
  public <T, P> Map<Map<String, AttributeValue>, P> getByKey(
      TableRepository<T> repository,
      ProjectionSchema<T, P> projection,
      Collection<? extends Map<String, AttributeValue>> keys) {
    return request()
        .addAll(repository, projection, keys)
        .execute()
        .itemsByKey(repository, projection);
  }

  /**
   * The keys to read in one go, of any entity types, whole or through projections. Not
   * thread-safe; {@link #execute()} may be called again to read the same keys again.
   */
  public final class Request {
    private final BatchGetCore.KeySet keySet = core.keySet();

    private Request() {}

    /**
     * Adds a key, such as {@code OrderSchema.INSTANCE.key("c-001", placedAt)}.
     *
     * @param <T> the entity type
     * @param repository the repository of the items' table, which decodes them; not null
     * @param key the key, as from the generated schema's {@code key(…)}; not null
     * @return this request
     * @throws ItemMappingException if the map is not a key of the repository's entity: other
     *     attribute names, other types, or empty values
     */
    public <T> Request add(TableRepository<T> repository, Map<String, AttributeValue> key) {
      Objects.requireNonNull(repository, "repository");
      keySet.add(repository, table(repository), key);
      return this;
    }

    /**
     * Adds keys of one entity type.
     *
     * @param <T> the entity type
     * @param repository the repository of the items' table, which decodes them; not null
     * @param keys the keys, each as from the generated schema's {@code key(…)}; not null,
     *     duplicates allowed
     * @return this request
     * @throws ItemMappingException at the first map that is not a key of the entity; the keys
     *     before it were added
     */
    public <T> Request addAll(
        TableRepository<T> repository, Collection<? extends Map<String, AttributeValue>> keys) {
      Objects.requireNonNull(repository, "repository");
      keySet.addAll(repository, table(repository), null, keys);
      return this;
    }

    /**
     * Adds a key whose item is read through a projection; the result gives it by {@link
     * BatchGetResult#items(TableRepository, ProjectionSchema)} with the same repository and
     * projection.
     *
     * @param <T> the entity type
     * @param <P> the projection record
     * @param repository the repository of the items' table; not null
     * @param projection the projection's generated schema, such as {@code
     *     OrderSummarySchema.INSTANCE}; not null
     * @param key the key, as from the generated schema's {@code key(…)}; not null
     * @return this request
     * @throws ItemMappingException if the map is not a key of the repository's entity
     */
    public <T, P> Request add(
        TableRepository<T> repository,
        ProjectionSchema<T, P> projection,
        Map<String, AttributeValue> key) {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(projection, "projection");
      keySet.add(repository, table(repository), projection, key);
      return this;
    }

    /**
     * Adds keys of one entity type whose items are read through a projection.
     *
     * @param <T> the entity type
     * @param <P> the projection record
     * @param repository the repository of the items' table; not null
     * @param projection the projection's generated schema; not null
     * @param keys the keys, each as from the generated schema's {@code key(…)}; not null,
     *     duplicates allowed
     * @return this request
     * @throws ItemMappingException at the first map that is not a key of the entity; the keys
     *     before it were added
     */
    public <T, P> Request addAll(
        TableRepository<T> repository,
        ProjectionSchema<T, P> projection,
        Collection<? extends Map<String, AttributeValue>> keys) {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(projection, "projection");
      keySet.addAll(repository, table(repository), projection, keys);
      return this;
    }

    /**
     * Reads every key added, 100 per {@code BatchGetItem}, retrying unprocessed keys.
     *
     * @return the items read, by repository
     * @throws ItemMappingException if a stored item does not fit its entity
     * @throws BatchGetException if some keys could not be read: refused by DynamoDB, or still
     *     unprocessed when the retry budget ran out; it holds the items read so far
     */
    public BatchGetResult execute() {
      BatchGetCore.Execution execution = keySet.execute();
      while (execution.hasNextChunk()) {
        readChunk(execution.nextChunk());
        if (execution.failure() != null) {
          throw execution.failure();
        }
      }
      return execution.result();
    }
  }

  /** What the core needs of a repository: its table name and schema. */
  private static <T> EntityTable<T> table(TableRepository<T> repository) {
    return EntityTable.of(repository.tableName(), repository.schema());
  }

  /**
   * Reads up to 100 keys, asking again for unprocessed ones, after a pause, until all are read or
   * the budget is spent.
   */
  private void readChunk(BatchGetCore.ChunkRun run) {
    while (true) {
      OptionalLong retryIn;
      try {
        retryIn = run.afterResponse(client.batchGetItem(run.nextRequest()));
      } catch (RuntimeException e) {
        retryIn = run.afterFailure(e);
      }
      if (retryIn.isEmpty()) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(retryIn.getAsLong());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        run.stop("interrupted", e);
        return;
      }
    }
  }

  /**
   * Configures a {@link BatchGetter}. Every setting has a default: eventually consistent reads,
   * backoff from 50 ms to 5 s, 2 minutes of retries per request.
   */
  public static final class Builder extends BatchGetterSettings<Builder> {
    private final DynamoDbClient client;

    private Builder(DynamoDbClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The getter.
     *
     * @return a new getter with this builder's settings
     */
    public BatchGetter build() {
      return new BatchGetter(this);
    }
  }
}
