package io.dynamap.async;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.EntityReads;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.core.ItemRequests;
import io.dynamap.runtime.core.Projections;
import io.dynamap.runtime.core.TableRequests;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.OptimisticLock;
import io.dynamap.runtime.schema.ProjectionSchema;
import io.dynamap.runtime.schema.SecondaryIndex;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableMismatchException;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The operations of {@link TableRepository}, for one entity type in one table, without blocking:
 * each returns a {@link CompletableFuture} at once and sends its request on a {@link
 * DynamoDbAsyncClient} (usually from {@link DynamapAsyncClients}). Repositories for an entity
 * extend it with methods typed by the entity's key, as blocking ones do.
 *
 * <pre>{@code
 * orders.put(order)
 *     .thenCompose(written -> orders.get(order.customerId(), order.placedAt()))
 *     .thenAccept(read -> ...);
 * orders.put(paid, status.eq(PLACED))
 *     .exceptionally(e -> {           // e is the ConditionFailedException itself
 *       Optional<Order> current = ((ConditionFailedException) e).item(orders.schema());
 *       ...
 *     });
 * }</pre>
 *
 * <p><b>Same requests, same outcomes.</b> Requests are built and answers mapped by the request
 * core ({@link ItemRequests}, {@link TableRequests}) that the blocking repository uses, so each
 * operation sends what its blocking counterpart sends and ends as it ends: optimistic locking of
 * {@code @Version}ed entities, conditions, the returned items. Where the blocking method throws,
 * the future fails with the same exception, not wrapped in a {@code CompletionException}: {@link
 * ConditionFailedException} carrying the current item, {@link OptimisticLockException}, {@link
 * TableNotFoundException}, {@link ItemMappingException} and {@link ItemTooLargeException} (then
 * nothing was sent), and so on. A null argument is a {@link NullPointerException}, thrown at once.
 *
 * <p><b>Threads.</b> No method waits, and nothing the repository runs on completion does: the
 * futures complete on the SDK's threads (see {@link DynamapAsyncClients}), so callbacks chained
 * on them should be short, or run on an executor of their own ({@code thenApplyAsync(f,
 * executor)}). Waiting for a table ({@link #createTable()}, {@link #deleteTable()}) polls
 * {@code DescribeTable} with scheduled delays ({@link AsyncTableWaiter}).
 *
 * <p>Cancelling the future of a single-item operation aborts its request; whether a write in
 * flight was made is then unknown, as after a timeout.
 *
 * <p><b>Reads of many items</b> ({@link #query}, {@link #scan()}, {@link #scanIndex}) are {@link
 * AsyncQuery} and {@link AsyncScan} descriptions: publishers of items or pages with backpressure,
 * or futures of one page or a count, with the blocking API's options, limits and cursors.
 *
 * <p>A repository is thread-safe and cheap: it holds the client, the schema and the table name.
 *
 * @param <T> the entity type
 */
public abstract class AsyncTableRepository<T> implements EntityTable<T> {
  private final DynamoDbAsyncClient client;
  private final ItemSchema<T> schema;
  private final String tableName;
  private final ItemRequests<T> requests;
  private final TableRequests tables;
  /** Index lookups and, in a shared table, the own-types filter of scans, as the blocking one. */
  private final EntityReads<T> reads;

  /**
   * For repositories of an entity, which pass its generated schema.
   *
   * @param client the client, usually from {@link DynamapAsyncClients}
   * @param schema the entity's generated schema
   * @param tableName the physical table name
   */
  protected AsyncTableRepository(
      DynamoDbAsyncClient client, ItemSchema<T> schema, String tableName) {
    this.client = Objects.requireNonNull(client, "client");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.requests = ItemRequests.of(schema, tableName);
    this.tables = TableRequests.of(schema, tableName);
    this.reads = EntityReads.of(schema);
  }

  /**
   * The physical table this repository reads and writes.
   *
   * @return the table name, as given to the constructor
   */
  public final String tableName() {
    return tableName;
  }

  /**
   * The entity's schema.
   *
   * @return the generated schema of the entity
   */
  public final ItemSchema<T> schema() {
    return schema;
  }

  /**
   * The client this repository calls.
   *
   * @return the client given to the constructor
   */
  public final DynamoDbAsyncClient client() {
    return client;
  }

  /**
   * A view of this repository whose single-item operations complete with their result, the
   * capacity the call consumed and DynamoDB's request id ({@link CallResult}), each request
   * asking for the capacity with {@code ReturnConsumedCapacity=level}; see {@link
   * TableRepository#withDetails}.
   *
   * <pre>{@code
   * orders.withDetails(ReturnConsumedCapacity.TOTAL).put(order)
   *     .thenAccept(written -> metrics.record(written.consumedCapacity(), written.requestId()));
   * }</pre>
   *
   * @param level {@code TOTAL}, {@code INDEXES}, or {@code NONE} for the request id only; not
   *     null
   * @return the view, cheap and thread-safe
   * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}
   */
  public final AsyncDetailedOperations<T> withDetails(ReturnConsumedCapacity level) {
    return new AsyncDetailedOperations<>(client, requests.withReturnConsumedCapacity(level));
  }

  // ---- writes -----------------------------------------------------------------------------------

  /**
   * Writes an entity, replacing any item with the same primary key; see {@link
   * TableRepository#put(Object)}.
   *
   * @param entity the entity; not null
   * @return a future completed once the item is written; failed with {@link
   *     OptimisticLockException} if the entity is versioned and the stored version differs
   */
  public CompletableFuture<Void> put(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.send(() -> requests.put(entity), client::putItem);
  }

  /**
   * Writes an entity and returns the item it replaced ({@code ReturnValues=ALL_OLD}); see {@link
   * TableRepository#putReturningOld(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of the item stored under the entity's key before, or empty if there was none
   */
  public CompletableFuture<Optional<T>> putReturningOld(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.send(() -> requests.putReturningOld(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds and returns the item it replaced; see {@link
   * TableRepository#putReturningOld(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition what must hold for the item stored now; not null
   * @return a future of the replaced item, or empty if there was none; failed with {@link
   *     ConditionFailedException} if the condition does not hold
   */
  public CompletableFuture<Optional<T>> putReturningOld(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.send(() -> requests.putReturningOld(entity, condition), client::putItem);
  }

  /**
   * Writes an entity and returns it as stored, with its new version if it is versioned; see
   * {@link TableRepository#save(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of the entity as stored; failed with {@link OptimisticLockException} if the
   *     stored version differs
   */
  public CompletableFuture<T> save(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.send(() -> requests.save(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds for the item stored under its key; see {@link
   * TableRepository#put(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @return a future completed once the item is written; failed with {@link
   *     ConditionFailedException} (carrying the current item) if the condition does not hold
   */
  public CompletableFuture<Void> put(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.send(() -> requests.put(entity, condition), client::putItem);
  }

  /**
   * Writes an entity unless an item with its primary key exists; see {@link
   * TableRepository#putIfAbsent(Object)}.
   *
   * @param entity the entity; not null
   * @return a future of true if the entity was written, false if an item with its key was there
   */
  public CompletableFuture<Boolean> putIfAbsent(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.send(() -> requests.putIfAbsent(entity), client::putItem);
  }

  /**
   * Deletes the item with the entity's primary key, if there is one; see {@link
   * TableRepository#delete(Object)}.
   *
   * @param entity the entity; not null
   * @return a future completed once the item is deleted; failed with {@link
   *     OptimisticLockException} if the entity is versioned and the stored version differs
   */
  public CompletableFuture<Void> delete(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.send(() -> requests.delete(entity), client::deleteItem);
  }

  /**
   * Deletes and returns the removed item; see {@link TableRepository#deleteReturningOld(Object)}.
   *
   * @param entity the entity whose key names the item; not null
   * @return a future of the removed item, or empty if there was none
   */
  public CompletableFuture<Optional<T>> deleteReturningOld(T entity) {
    Objects.requireNonNull(entity, "entity");
    return AsyncCalls.send(() -> requests.deleteReturningOld(entity), client::deleteItem);
  }

  /**
   * Deletes if a condition holds and returns the removed item; see {@link
   * TableRepository#deleteReturningOld(Object, Condition)}.
   *
   * @param entity the entity whose key names the item; not null
   * @param condition what must hold for the item stored now; not null
   * @return a future of the removed item, or empty if there was none; failed with {@link
   *     ConditionFailedException} if the condition does not hold
   */
  public CompletableFuture<Optional<T>> deleteReturningOld(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.send(
        () -> requests.deleteReturningOld(entity, condition), client::deleteItem);
  }

  /**
   * Deletes the item with the entity's primary key if a condition holds for it; see {@link
   * TableRepository#delete(Object, Condition)}.
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @return a future completed once the item is deleted; failed with {@link
   *     ConditionFailedException} (carrying the current item) if the condition does not hold
   */
  public CompletableFuture<Void> delete(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.send(() -> requests.delete(entity, condition), client::deleteItem);
  }

  /**
   * An update of the item with the entity's primary key; only the key is read from the entity,
   * and nothing is sent until the update is executed; see {@link TableRepository#update(Object)}.
   * For a {@code @Version}ed entity, it is conditioned on the version and stores the next one.
   *
   * @param entity the entity; not null
   * @return a new update without actions
   */
  public AsyncUpdate<T> update(T entity) {
    Objects.requireNonNull(entity, "entity");
    OptimisticLock<T> lock = OptimisticLock.of(schema, entity).orElse(null);
    return new AsyncUpdate<>(
        requests.update(entity, lock, AsyncUpdate.heldOnly()),
        (update, returnValue) -> sendUpdate(update, returnValue, lock));
  }

  // ---- reads of many items ----------------------------------------------------------------------

  /**
   * A query for the items a key condition selects, in sort key order by default; see {@link
   * TableRepository#query(KeyCondition)}. Nothing is read until it is run:
   *
   * <pre>{@code
   * Flow.Publisher<Order> all = orders.query(OrderKeys.partition("c-1")).items();
   * orders.query(OrderKeys.partition("c-1")).descending().page(PageRequest.first(20))
   *     .thenAccept(latest -> ...);
   * }</pre>
   *
   * @param condition a key condition from the entity's generated key builder; not null
   * @return a new query; nothing is sent until it is run
   */
  public AsyncQuery<T> query(KeyCondition<T> condition) {
    return AsyncQuery.of(
        client, tableName, condition, reads.readsGlobalIndex(condition), this::decode);
  }

  /**
   * Deletes every item a query returns, with an {@link AsyncBatchWriter} of its own (25 keys per
   * request, unprocessed keys retried): for example every order of a customer; see {@link
   * TableRepository#deleteAll}. Items are deleted while the query is read, each requested once
   * the writer has room for its delete, so memory stays flat for any number. Not atomic: the
   * items before a failure are deleted, and the failure says which were not. Deletes are by key,
   * not versioned.
   *
   * <pre>{@code
   * orders.deleteAll(orders.query(OrderKeys.partition("c-1")))
   *     .thenAccept(deleted -> log.info("{} orders deleted", deleted));
   * }</pre>
   *
   * @param query a query of this repository's table; not null
   * @return a future of how many items were deleted, completed once every delete is written;
   *     failed with the writer's {@link io.dynamap.runtime.batch.BatchWriteException} if some
   *     deletes could not be written, or with the query's exception if the read failed (the
   *     deletes before it are written). Cancelling it stops the read.
   * @throws IllegalArgumentException if the query reads another table, at once
   */
  public CompletableFuture<Long> deleteAll(AsyncQuery<T> query) {
    Objects.requireNonNull(query, "query");
    if (!query.tableName().equals(tableName)) {
      throw new IllegalArgumentException(
          "the query reads table " + query.tableName() + ", not this repository's " + tableName);
    }
    // By key: what the query read is deleted whatever its version, as the blocking one does.
    AsyncBatchWriter writer = AsyncBatchWriter.builder(client).withoutVersionChecks().build();
    return QueryDeletes.run(this, query.items(), writer);
  }

  /**
   * A scan of the whole table; see {@link TableRepository#scan()}. In a table shared by several
   * entity types ({@code @Item}), the scan keeps this schema's types with a filter on the type
   * attribute (every item is still read).
   *
   * @return a new scan; nothing is sent until it is run
   */
  public AsyncScan<T> scan() {
    return reads.ownTypesOf(AsyncScan.of(client, tableName, this::decode));
  }

  /**
   * A scan of one of the entity's secondary indexes: only the items that have the index's key
   * attributes, each with the attributes it projects; see {@link
   * TableRepository#scanIndex(String)}. Global indexes refuse {@link AsyncScan#consistentRead()}.
   *
   * @param indexName an index the entity declares
   * @return the scan, which reads nothing until it is run
   * @throws IllegalArgumentException if the entity declares no index of that name, at once
   */
  public AsyncScan<T> scanIndex(String indexName) {
    IndexDefinition index = reads.index(indexName);
    return reads.ownTypesOf(
        AsyncScan.ofIndex(client, tableName, index.name(), index.global(), this::decode));
  }

  /**
   * A scan of one of the entity's secondary indexes, named by its generated constant ({@code
   * orders.scan(OrderKeys.BY_STATUS)}); otherwise as {@link #scanIndex(String)}.
   *
   * @param index the index, from the entity's generated key class
   * @return the scan, which reads nothing until it is run
   */
  public AsyncScan<T> scan(SecondaryIndex<T> index) {
    return scanIndex(Objects.requireNonNull(index, "index").name());
  }

  // ---- the table --------------------------------------------------------------------------------

  /**
   * Creates the table from the schema and waits, without blocking, until it and its indexes are
   * active (then enables Time to Live if the entity has a {@code @TimeToLive} attribute), polling
   * as {@link WaitPolicy#forClient(DynamoDbAsyncClient)} suits the client's endpoint.
   *
   * @return a future completed once the table is active; failed with a {@link DynamapException}
   *     if the table exists already, a {@link TableWaitTimeoutException} if it is not active in
   *     time
   */
  public CompletableFuture<Void> createTable() {
    return createTable(WaitPolicy.forClient(client));
  }

  /**
   * Creates the table from the schema and waits until it and its indexes are active, under the
   * given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @return a future completed once the table is active; failed with a {@link DynamapException}
   *     if the table exists already, a {@link TableWaitTimeoutException} if it is not active in
   *     time
   */
  public CompletableFuture<Void> createTable(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    return AsyncCalls.unwrapped(
        AsyncCalls.send(tables::create, client::createTable)
            .thenCompose(
                created ->
                    created
                        ? untilActive(waitPolicy)
                        : CompletableFuture.failedFuture(tables.tableExists())));
  }

  /**
   * Creates the table unless a table of that name exists; waits until it and its indexes are
   * active either way, polling as {@link WaitPolicy#forClient(DynamoDbAsyncClient)} suits the
   * client's endpoint.
   *
   * @return a future of whether the table was created; failed with a {@link
   *     TableWaitTimeoutException} if it is not active in time
   */
  public CompletableFuture<Boolean> createTableIfNotExists() {
    return createTableIfNotExists(WaitPolicy.forClient(client));
  }

  /**
   * Creates the table unless a table of that name exists; waits until it and its indexes are
   * active either way, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @return a future of whether the table was created; failed with a {@link
   *     TableWaitTimeoutException} if it is not active in time
   */
  public CompletableFuture<Boolean> createTableIfNotExists(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    return AsyncCalls.unwrapped(
        AsyncCalls.send(tables::create, client::createTable)
            .thenCompose(created -> untilActive(waitPolicy).thenApply(active -> created)));
  }

  /** Waits for the table and its indexes, then enables Time to Live if the entity has it. */
  private CompletableFuture<Void> untilActive(WaitPolicy waitPolicy) {
    return AsyncTableWaiter.of(client, waitPolicy)
        .untilIndexesActive(tableName)
        .thenCompose(active -> enableTimeToLive());
  }

  /** Enables Time to Live on the schema's {@code @TimeToLive} attribute, unless it is already. */
  private CompletableFuture<Void> enableTimeToLive() {
    return tables
        .timeToLiveCheck()
        .map(
            check ->
                AsyncCalls.send(check, client::describeTimeToLive)
                    .thenCompose(
                        request ->
                            request
                                .map(
                                    enable ->
                                        AsyncCalls.send(
                                            tables.enableTimeToLive(enable),
                                            client::updateTimeToLive))
                                .orElseGet(() -> CompletableFuture.completedFuture(null))))
        .orElseGet(() -> CompletableFuture.completedFuture(null));
  }

  /**
   * Deletes the table with all its items, and waits until it is gone, polling as {@link
   * WaitPolicy#forClient(DynamoDbAsyncClient)} suits the client's endpoint.
   *
   * @return a future completed once the table is gone; failed with {@link
   *     TableNotFoundException} if there is no such table, a {@link TableWaitTimeoutException} if
   *     it is not gone in time
   */
  public CompletableFuture<Void> deleteTable() {
    return deleteTable(WaitPolicy.forClient(client));
  }

  /**
   * Deletes the table with all its items, and waits until it is gone, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @return a future completed once the table is gone; failed with {@link
   *     TableNotFoundException} if there is no such table, a {@link TableWaitTimeoutException} if
   *     it is not gone in time
   */
  public CompletableFuture<Void> deleteTable(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    return AsyncCalls.unwrapped(
        AsyncCalls.send(tables.deleteTable(), client::deleteTable)
            .thenCompose(
                deleted -> AsyncTableWaiter.of(client, waitPolicy).untilNotExists(tableName)));
  }

  /**
   * Deletes the table if it exists, and waits until it is gone, polling as {@link
   * WaitPolicy#forClient(DynamoDbAsyncClient)} suits the client's endpoint.
   *
   * @return a future of whether there was a table to delete; failed with a {@link
   *     TableWaitTimeoutException} if it is not gone in time
   */
  public CompletableFuture<Boolean> deleteTableIfExists() {
    return deleteTableIfExists(WaitPolicy.forClient(client));
  }

  /**
   * Deletes the table if it exists, and waits until it is gone, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @return a future of whether there was a table to delete; failed with a {@link
   *     TableWaitTimeoutException} if it is not gone in time
   */
  public CompletableFuture<Boolean> deleteTableIfExists(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    return AsyncCalls.unwrapped(
        AsyncCalls.send(tables.deleteTableIfExists(), client::deleteTable)
            .thenCompose(
                deleted ->
                    deleted
                        ? AsyncTableWaiter.of(client, waitPolicy)
                            .untilNotExists(tableName)
                            .thenApply(gone -> true)
                        : CompletableFuture.completedFuture(false)));
  }

  /**
   * Describes the table as DynamoDB sees it now; see {@link TableRepository#describe()}.
   *
   * @return a future of the table's description, from {@code DescribeTable} and {@code
   *     DescribeTimeToLive}; failed with {@link TableNotFoundException} if there is no such table
   */
  public CompletableFuture<TableDescription> describe() {
    return AsyncCalls.unwrapped(
        AsyncCalls.send(tables.describeTable(), client::describeTable)
            .thenCompose(
                table ->
                    AsyncCalls.send(tables.describeTimeToLive(), client::describeTimeToLive)
                        .thenApply(timeToLive -> tables.description(table, timeToLive))));
  }

  /**
   * Checks that the live table matches the model; see {@link TableRepository#verifyTable()}.
   *
   * @return a future completed if the table matches; failed with a {@link
   *     TableMismatchException} listing every difference, or {@link TableNotFoundException}
   */
  public CompletableFuture<Void> verifyTable() {
    return AsyncCalls.unwrapped(
        describe()
            .thenApply(
                description -> {
                  tables.verify(description);
                  return null;
                }));
  }

  // ---- for repositories of an entity ------------------------------------------------------------

  /**
   * Reads one item by its encoded primary key; repositories call it from {@code get(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @return a future of the decoded item, or empty if there is none
   */
  protected final CompletableFuture<Optional<T>> getByKey(Map<String, AttributeValue> key) {
    return getByKey(key, false);
  }

  /**
   * Reads one item by its encoded primary key, strongly consistent if asked; repositories call it
   * from {@code getConsistent(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param consistentRead whether to read with {@code ConsistentRead=true}
   * @return a future of the decoded item, or empty if there is none
   */
  protected final CompletableFuture<Optional<T>> getByKey(
      Map<String, AttributeValue> key, boolean consistentRead) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.send(() -> requests.get(key, consistentRead), client::getItem);
  }

  /**
   * Reads the attributes a projection names of the item with this primary key, in one {@code
   * GetItem} with its {@code ProjectionExpression}, as {@link
   * io.dynamap.runtime.TableRepository#get(Map, ProjectionSchema)} does:
   *
   * <pre>{@code
   * CompletableFuture<Optional<OrderSummary>> summary =
   *     orders.get(OrderSchema.INSTANCE.key("c-1", placedAt), OrderSummarySchema.INSTANCE);
   * }</pre>
   *
   * @param key the item's primary key, from the entity schema's {@code key(…)}; not null
   * @param projection the projection's generated schema; not null
   * @param <P> the projection record
   * @return a future of the record, or empty if there is no item; it fails with {@link
   *     io.dynamap.runtime.error.ItemMappingException} if a projected attribute does not fit the
   *     record
   */
  public final <P> CompletableFuture<Optional<P>> get(
      Map<String, AttributeValue> key, ProjectionSchema<T, P> projection) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(projection, "projection");
    return AsyncCalls.send(
        () -> Projections.get(tableName, key, false, projection), client::getItem);
  }

  /**
   * Deletes one item by its encoded primary key; repositories call it from {@code delete(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @return a future completed once the item is deleted (or there was none)
   */
  protected final CompletableFuture<Void> deleteByKey(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.send(() -> requests.deleteByKey(key), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key and returns it; repositories call it from {@code
   * deleteReturningOld(key…)}.
   *
   * @param key the encoded primary key; not null
   * @return a future of the removed item, or empty if there was none
   */
  protected final CompletableFuture<Optional<T>> deleteByKeyReturningOld(
      Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return AsyncCalls.send(() -> requests.deleteByKeyReturningOld(key), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key if a condition holds for it; repositories call it
   * from {@code delete(key…, condition)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @return a future completed once the item is deleted; failed with {@link
   *     ConditionFailedException} if the condition does not hold
   */
  protected final CompletableFuture<Void> deleteByKey(
      Map<String, AttributeValue> key, Condition<T> condition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(condition, "condition");
    return AsyncCalls.send(() -> requests.deleteByKey(key, condition), client::deleteItem);
  }

  /**
   * An update of one item by its encoded primary key; repositories call it from {@code
   * update(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @return a new update without actions
   */
  protected final AsyncUpdate<T> updateByKey(Map<String, AttributeValue> key) {
    return updateByKey(key, Map.of());
  }

  /**
   * An update of one item of a single-table entity by its encoded primary key and the fields that
   * key is composed from, from which the update recomputes the index keys composed from them;
   * repositories call it from {@code update(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param keyFields the fields the composed keys are made from, encoded, by stored name; not null
   * @return a new update without actions
   */
  protected final AsyncUpdate<T> updateByKey(
      Map<String, AttributeValue> key, Map<String, AttributeValue> keyFields) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyFields, "keyFields");
    return new AsyncUpdate<>(
        requests.updateByKey(key, keyFields, AsyncUpdate.heldOnly()),
        (update, returnValue) -> sendUpdate(update, returnValue, null));
  }

  /**
   * Decodes a stored item, naming the table and the item's key if it does not fit the entity.
   *
   * @param item the stored item; not null
   * @return the entity
   * @throws ItemMappingException if the item does not fit the entity
   */
  protected final T decode(Map<String, AttributeValue> item) {
    return requests.decode(item);
  }

  /** Sends an update; with a {@code lock}, a version conflict is told apart. */
  private CompletableFuture<CallResult<Optional<T>>> sendUpdate(
      Update<T> update, ReturnValue returnValue, OptimisticLock<T> lock) {
    return AsyncCalls.answer(() -> requests.update(update, returnValue, lock), client::updateItem);
  }
}
