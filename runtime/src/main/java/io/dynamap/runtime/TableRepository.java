package io.dynamap.runtime;

import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.core.Call;
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
import io.dynamap.runtime.page.Query;
import io.dynamap.runtime.page.Scan;
import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.OptimisticLock;
import io.dynamap.runtime.schema.ProjectionSchema;
import io.dynamap.runtime.schema.SecondaryIndex;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableMismatchException;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.TableWaiter;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The operations every generated repository has, for one entity type in one table. Generated
 * repositories ({@code OrderRepository}) extend it with methods typed by the entity's key, such
 * as {@code get(String customerId, Instant placedAt)}.
 *
 * <p>A repository is thread-safe and cheap: it holds the client, the schema and the table name.
 * Its requests are built, and their answers mapped, by the request core ({@link
 * io.dynamap.runtime.core.ItemRequests}, {@link io.dynamap.runtime.core.TableRequests}) that the
 * non-blocking {@code io.dynamap.async.AsyncTableRepository} shares: this class only sends them.
 *
 * <p><b>Optimistic locking.</b> When the entity has a {@code @Version} attribute (for an item
 * collection: when the member written has one), {@link #put(Object)}, {@link #save(Object)},
 * {@link #delete(Object)}, their conditional forms and {@link #update(Object)} are conditioned on
 * the stored version being the entity's ({@code attribute_not_exists} on the partition key for
 * version 0, a new entity), and writes store the version plus one (see {@link OptimisticLock}).
 * A conflict is an {@link OptimisticLockException} carrying the current item. Writes by key only
 * ({@code delete(key…)}, {@code update(key…)}) are not versioned.
 *
 * @param <T> the entity type
 */
public abstract class TableRepository<T> implements EntityTable<T> {
  private final DynamoDbClient client;
  private final ItemSchema<T> schema;
  private final String tableName;
  /** Index lookups and, in a shared table, the own-types filter of scans (shared with async). */
  private final EntityReads<T> reads;
  /** Builds this repository's item requests and maps their answers; this class only sends. */
  private final ItemRequests<T> requests;
  /** The same for its table operations. */
  private final TableRequests tables;

  /**
   * For generated repositories, which pass their entity's schema.
   *
   * @param client the client, usually from {@link DynamapClients}
   * @param schema the entity's generated schema
   * @param tableName the physical table name
   */
  protected TableRepository(DynamoDbClient client, ItemSchema<T> schema, String tableName) {
    this.client = Objects.requireNonNull(client, "client");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.reads = EntityReads.of(schema);
    this.requests = ItemRequests.of(schema, tableName);
    this.tables = TableRequests.of(schema, tableName);
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
  public final DynamoDbClient client() {
    return client;
  }

  /**
   * A view of this repository whose single-item operations return their result with the
   * capacity the call consumed and DynamoDB's request id ({@link CallResult}), each request asking
   * for the capacity with {@code ReturnConsumedCapacity=level}. No listener is needed; the view
   * is cheap, thread-safe, and may be kept:
   *
   * <pre>{@code
   * DetailedOperations<Order> detailed = orders.withDetails(ReturnConsumedCapacity.TOTAL);
   * CallResult<Void> written = detailed.put(order);
   * written.consumedCapacity().orElseThrow().capacityUnits();   // a unit per KB, table and indexes
   * written.requestId();                                        // DynamoDB's x-amzn-RequestId
   * }</pre>
   *
   * <p>Each operation sends the request of the plain method of the same name (plus {@code
   * ReturnConsumedCapacity}) and fails with the same exceptions. Queries and scans ask for the
   * capacity with {@link Query#returnConsumedCapacity}, and carry it on each page.
   *
   * @param level {@code TOTAL}, or {@code INDEXES} for the table's and each index's share too;
   *     {@code NONE} asks for no capacity (the results carry the request id only); not null
   * @return the view
   * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}
   */
  public final DetailedOperations<T> withDetails(ReturnConsumedCapacity level) {
    return new DetailedOperations<>(client, requests.withReturnConsumedCapacity(level));
  }

  /**
   * Writes an entity, replacing any item with the same primary key.
   *
   * <p>For a {@code @Version}ed entity, only if the stored version is the entity's (or, for
   * version 0, if there is no item), storing the version plus one; the entity itself is left as
   * it is: use {@link #save(Object)} to get it with its new version.
   *
   * @param entity the entity; not null
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   * @throws ItemMappingException if the entity cannot be stored (a null key, a number out of
   *     DynamoDB's range, …), before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public void put(T entity) {
    send(requests.put(entity), client::putItem);
  }

  /**
   * Writes an entity like {@link #put(Object)} and returns the item it replaced ({@code
   * ReturnValues=ALL_OLD}), in one request.
   *
   * @param entity the entity to store
   * @return the item that was stored under the entity's key before, or empty if there was none
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   * @throws ItemMappingException if the entity cannot be stored, before any request; or if the
   *     replaced item does not fit the entity (after the write)
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public Optional<T> putReturningOld(T entity) {
    return send(requests.putReturningOld(entity), client::putItem);
  }

  /**
   * Writes an entity like {@link #put(Object, Condition)} and returns the item it replaced
   * ({@code ReturnValues=ALL_OLD}), in one request.
   *
   * @param entity the entity to store
   * @param condition what must hold for the item stored now
   * @return the item that was stored under the entity's key before, or empty if there was none
   * @throws ConditionFailedException if the condition does not hold; nothing is written
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public Optional<T> putReturningOld(T entity, Condition<T> condition) {
    return send(requests.putReturningOld(entity, condition), client::putItem);
  }

  /**
   * Writes an entity like {@link #put(Object)}, and returns it as stored: for a {@code
   * @Version}ed entity, with its new version (a new instance for records and immutable classes;
   * a bean is updated in place once the write succeeded); otherwise the entity itself. An entity
   * with generated values ({@code @AutoTimestamp}, {@code @AutoUuid}, {@code @AtomicCounter}) is
   * returned as read back from the item written: a new instance, beans included, holding the
   * generated values and the new version.
   *
   * <pre>{@code
   * Counter saved = counters.save(new Counter("c", 0, 0));   // saved.version() == 1
   * saved = counters.save(saved.withCount(1));               // version 2
   * }</pre>
   *
   * @param entity the entity; not null
   * @return the entity as stored, with its new version if it is versioned
   * @throws OptimisticLockException if the entity is versioned and the stored version differs;
   *     {@link ConditionFailedException#item(ItemSchema) item(schema())} is the current item
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public T save(T entity) {
    return send(requests.save(entity), client::putItem);
  }

  /**
   * Writes an entity if a condition holds for the item now stored under its key (DynamoDB's
   * {@code ConditionExpression}); with no item stored, conditions on its attributes see them
   * missing.
   *
   * <pre>{@code
   * orders.put(paid, OrderAttrs.status.eq(OrderStatus.PLACED));   // only if still PLACED
   * }</pre>
   *
   * <p>For a {@code @Version}ed entity, the version condition of {@link #put(Object)} is added
   * to this one (AND).
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @throws ConditionFailedException if the condition does not hold; nothing is written, and
   *     {@link ConditionFailedException#item(ItemSchema) item(schema())} is the item as it is; an
   *     {@link OptimisticLockException} if it is the stored version that differs
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public void put(T entity, Condition<T> condition) {
    send(requests.put(entity, condition), client::putItem);
  }

  /**
   * Writes an entity unless an item with its primary key exists ({@code attribute_not_exists} on
   * the partition key). A present item is an expected outcome, so it is told by the result rather
   * than an exception; to get the present item instead, use {@link #put(Object, Condition)} with
   * the partition key attribute's {@code notExists()} and catch {@link ConditionFailedException}.
   *
   * @param entity the entity; not null
   * @return true if the entity was written, false if an item with its key was there (and is left
   *     as it was)
   * @throws ItemMappingException if the entity cannot be stored, before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public boolean putIfAbsent(T entity) {
    return send(requests.putIfAbsent(entity), client::putItem);
  }

  /**
   * Deletes the item with the entity's primary key, if there is one; for a {@code @Version}ed
   * entity, only if the stored version is the entity's.
   *
   * @param entity the entity; not null
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   */
  public void delete(T entity) {
    send(requests.delete(entity), client::deleteItem);
  }

  /**
   * Deletes like {@link #delete(Object)} and returns the item it removed ({@code
   * ReturnValues=ALL_OLD}), in one request.
   *
   * @param entity the entity whose key names the item; only the key (and a version) is read
   * @return the removed item, or empty if there was none
   * @throws OptimisticLockException if the entity is versioned and the stored version differs
   */
  public Optional<T> deleteReturningOld(T entity) {
    return send(requests.deleteReturningOld(entity), client::deleteItem);
  }

  /**
   * Deletes like {@link #delete(Object, Condition)} and returns the item it removed ({@code
   * ReturnValues=ALL_OLD}), in one request.
   *
   * @param entity the entity whose key names the item
   * @param condition what must hold for the item stored now
   * @return the removed item, or empty if there was none
   * @throws ConditionFailedException if the condition does not hold; nothing is deleted
   */
  public Optional<T> deleteReturningOld(T entity, Condition<T> condition) {
    return send(requests.deleteReturningOld(entity, condition), client::deleteItem);
  }

  /**
   * Deletes the item with the entity's primary key if a condition holds for it. Without an item
   * under that key, conditions on its attributes see them missing: {@code exists()} fails, {@code
   * notExists()} succeeds (deleting nothing).
   *
   * <p>For a {@code @Version}ed entity, the version condition of {@link #delete(Object)} is
   * added to this one (AND).
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @throws ConditionFailedException if the condition does not hold; nothing is deleted, and
   *     {@link ConditionFailedException#item(ItemSchema) item(schema())} is the item as it is; an
   *     {@link OptimisticLockException} if it is the stored version that differs
   */
  public void delete(T entity, Condition<T> condition) {
    send(requests.delete(entity, condition), client::deleteItem);
  }

  /**
   * An update of the item with the entity's primary key; only the key is read from the entity.
   * Nothing is sent until the update is executed:
   *
   * <pre>{@code
   * Order updated = orders.update(order).set(total, newTotal).remove(note).execute();
   * }</pre>
   *
   * <p>Like DynamoDB's {@code UpdateItem}, it creates the item if there is none (with the key and
   * the updated attributes only), unless {@link Update#whenExists()} is added. See {@link Update}.
   *
   * <p>For a {@code @Version}ed entity, the update starts as {@code when(version = v)} (for
   * version 0: no item exists) and {@code SET version = v + 1}; a conflict is an {@link
   * OptimisticLockException}, and {@code execute()} returns the entity with its new version.
   *
   * @param entity the entity; not null
   * @return a new update without actions
   */
  public Update<T> update(T entity) {
    Objects.requireNonNull(entity, "entity");
    OptimisticLock<T> lock = OptimisticLock.of(schema, entity).orElse(null);
    return requests.update(entity, lock, (u, returnValue) -> sendUpdate(u, returnValue, lock));
  }

  /**
   * A query for the items a key condition selects, in sort key order by default. Nothing is read
   * until it is run:
   *
   * <pre>{@code
   * List<Order> all = orders.query(OrderKeys.partition("c-1")).stream().toList();
   * Page<Order> latest = orders.query(OrderKeys.partition("c-1")).descending().limit(20).firstPage();
   * }</pre>
   *
   * <p>See {@link Query} for its options (page size, exact limit, order, consistency, cursors) and
   * ways to run it (a lazy stream of items or of pages).
   *
   * @param condition a key condition from the entity's generated key builder; not null
   * @return a new query; nothing is sent until it is run
   */
  public Query<T> query(KeyCondition<T> condition) {
    return Query.of(client, tableName, condition, reads.readsGlobalIndex(condition), this::decode);
  }

  /**
   * Deletes every item a query returns, with a {@link BatchWriter} (25
   * keys per request, unprocessed keys retried): for example every order of a customer. Items are
   * deleted while the query is read, so memory stays flat for any number. Not atomic: if it
   * fails, the items before the failure are deleted and the exception says which were not.
   * Deletes are by key, not versioned: the items are deleted whatever their version.
   *
   * @param query a query of this repository's table
   * @return how many items were deleted
   * @throws io.dynamap.runtime.batch.BatchWriteException if some deletes could not be written
   * @throws IllegalArgumentException if the query reads another table
   */
  public long deleteAll(Query<T> query) {
    Objects.requireNonNull(query, "query");
    if (!query.tableName().equals(tableName)) {
      throw new IllegalArgumentException(
          "the query reads table " + query.tableName() + ", not this repository's " + tableName);
    }
    long deleted = 0;
    // By key: what the query read is deleted whatever its version.
    try (BatchWriter writer = BatchWriter.builder(client).withoutVersionChecks().build();
        Stream<T> items = query.stream()) {
      Iterator<T> iterator = items.iterator();
      while (iterator.hasNext()) {
        writer.delete(this, iterator.next());
        deleted++;
      }
    }
    return deleted;
  }

  /**
   * A scan of the whole table. Nothing is read until it is run: {@code scan().stream()} reads page
   * by page as the stream is consumed; {@code scan().segments(4).stream()} reads four segments in
   * parallel. See {@link Scan}. In a table shared by several entity types ({@code @Item}), the
   * scan keeps this schema's types with a filter on the type attribute (every item is still read).
   *
   * @return a new scan; nothing is sent until it is run
   */
  public Scan<T> scan() {
    return reads.ownTypesOf(Scan.of(client, tableName, this::decode));
  }

  /**
   * A scan of one of the entity's secondary indexes: only the items that have the index's key
   * attributes (a sparse index holds fewer than the table), each with the attributes the index
   * projects (the others read as missing). Global indexes refuse {@link Scan#consistentRead()}.
   *
   * <pre>{@code
   * long shipped = orders.scanIndex("byStatus").filter(status.eq(OrderStatus.SHIPPED)).stream().count();
   * }</pre>
   *
   * @param indexName an index the entity declares
   * @return the scan, which reads nothing until it is run
   * @throws IllegalArgumentException if the entity declares no index of that name
   */
  public Scan<T> scanIndex(String indexName) {
    IndexDefinition index = reads.index(indexName);
    return reads.ownTypesOf(
        Scan.ofIndex(client, tableName, index.name(), index.global(), this::decode));
  }

  /**
   * A scan of one of the entity's secondary indexes, named by its generated constant ({@code
   * orders.scan(OrderKeys.BY_STATUS)}), so that a misspelt index does not compile; otherwise as
   * {@link #scanIndex(String)}.
   *
   * @param index the index, from the entity's generated key class
   * @return the scan, which reads nothing until it is run
   */
  public Scan<T> scan(SecondaryIndex<T> index) {
    return scanIndex(Objects.requireNonNull(index, "index").name());
  }

  /**
   * Creates the table from the schema (billed per request) and waits until it and its indexes
   * are active (then enables Time to Live if the entity has a {@code @TimeToLive} attribute), polling as {@link WaitPolicy#forClient} suits the client's endpoint.
   *
   * @throws DynamapException if the table exists already
   * @throws TableWaitTimeoutException if it is not active in time
   */
  public void createTable() {
    createTable(WaitPolicy.forClient(client));
  }

  /**
   * Creates the table from the schema (billed per request) and waits until it and its indexes
   * are active, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @throws DynamapException if the table exists already
   * @throws TableWaitTimeoutException if it is not active in time
   */
  public void createTable(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    if (!send(tables.create(), client::createTable)) {
      throw tables.tableExists();
    }
    TableWaiter.of(client, waitPolicy).untilIndexesActive(tableName);
    enableTimeToLive();
  }

  /**
   * Creates the table unless a table of that name exists; waits until it and its indexes are
   * active either way, polling as {@link WaitPolicy#forClient} suits the client's endpoint.
   *
   * @return whether the table was created
   * @throws TableWaitTimeoutException if it is not active in time
   */
  public boolean createTableIfNotExists() {
    return createTableIfNotExists(WaitPolicy.forClient(client));
  }

  /**
   * Creates the table unless a table of that name exists; waits until it and its indexes are
   * active either way, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @return whether the table was created
   * @throws TableWaitTimeoutException if it is not active in time
   */
  public boolean createTableIfNotExists(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    boolean created = send(tables.create(), client::createTable);
    TableWaiter.of(client, waitPolicy).untilIndexesActive(tableName);
    enableTimeToLive();
    return created;
  }

  /**
   * Deletes the table with all its items, and waits until it is gone, polling as {@link
   * WaitPolicy#forClient} suits the client's endpoint.
   *
   * @throws TableNotFoundException if there is no such table
   * @throws TableWaitTimeoutException if it is not gone in time
   */
  public void deleteTable() {
    deleteTable(WaitPolicy.forClient(client));
  }

  /**
   * Deletes the table with all its items, and waits until it is gone, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @throws TableNotFoundException if there is no such table
   * @throws TableWaitTimeoutException if it is not gone in time
   */
  public void deleteTable(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    send(tables.deleteTable(), client::deleteTable);
    TableWaiter.of(client, waitPolicy).untilNotExists(tableName);
  }

  /**
   * Deletes the table if it exists, and waits until it is gone, polling as {@link
   * WaitPolicy#forClient} suits the client's endpoint.
   *
   * @return whether there was a table to delete
   * @throws TableWaitTimeoutException if it is not gone in time
   */
  public boolean deleteTableIfExists() {
    return deleteTableIfExists(WaitPolicy.forClient(client));
  }

  /**
   * Deletes the table if it exists, and waits until it is gone, under the given policy.
   *
   * @param waitPolicy how often to check the table's status and how long to wait; not null
   * @return whether there was a table to delete
   * @throws TableWaitTimeoutException if it is not gone in time
   */
  public boolean deleteTableIfExists(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    if (!send(tables.deleteTableIfExists(), client::deleteTable)) {
      return false;
    }
    TableWaiter.of(client, waitPolicy).untilNotExists(tableName);
    return true;
  }

  /**
   * Describes the table as DynamoDB sees it now: status, item count and size (updated by DynamoDB
   * about every six hours), billing, key, indexes with their status, and Time to Live.
   *
   * @return the table's description, from {@code DescribeTable} and {@code DescribeTimeToLive}
   * @throws TableNotFoundException if there is no such table
   */
  public TableDescription describe() {
    return tables.description(
        send(tables.describeTable(), client::describeTable),
        send(tables.describeTimeToLive(), client::describeTimeToLive));
  }

  /**
   * Checks that the live table matches the model: the key's attribute names and types, every
   * index the entity declares (global or local, its keys and their types, its projection), and
   * the Time to Live attribute. Call it at start-up to fail fast when the table drifted from the
   * code. Indexes the table has beyond the model's are allowed.
   *
   * @throws TableMismatchException listing every difference, if there is any
   * @throws TableNotFoundException if there is no such table
   */
  public void verifyTable() {
    tables.verify(describe());
  }

  /**
   * Reads one item by its encoded primary key.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @return the decoded item, or empty if there is none
   */
  protected final Optional<T> getByKey(Map<String, AttributeValue> key) {
    return getByKey(key, false);
  }

  /**
   * Reads one item by its encoded primary key, strongly consistent if asked; generated
   * repositories call it from {@code getConsistent(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param consistentRead whether to read with {@code ConsistentRead=true}
   * @return the decoded item, or empty if there is none
   */
  protected final Optional<T> getByKey(Map<String, AttributeValue> key, boolean consistentRead) {
    return send(requests.get(key, consistentRead), client::getItem);
  }

  /**
   * Reads the attributes a projection names of the item with this primary key, in one {@code
   * GetItem} with its {@code ProjectionExpression}:
   *
   * <pre>{@code
   * Optional<OrderSummary> summary =
   *     orders.get(OrderSchema.INSTANCE.key("c-1", placedAt), OrderSummarySchema.INSTANCE);
   * }</pre>
   *
   * @param key the item's primary key, from the entity schema's {@code key(…)}; not null
   * @param projection the projection's generated schema; not null
   * @param <P> the projection record
   * @return the record, or empty if there is no item
   * @throws ItemMappingException if a projected attribute does not fit the record
   */
  public final <P> Optional<P> get(
      Map<String, AttributeValue> key, ProjectionSchema<T, P> projection) {
    return send(Projections.get(tableName, key, false, projection), client::getItem);
  }

  /**
   * Deletes one item by its encoded primary key.
   *
   * @param key the item's primary key attributes, as stored; not null
   */
  protected final void deleteByKey(Map<String, AttributeValue> key) {
    send(requests.deleteByKey(key), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key and returns it ({@code ReturnValues=ALL_OLD});
   * generated repositories call it from {@code deleteReturningOld(key…)}.
   *
   * @param key the encoded primary key
   * @return the removed item, or empty if there was none
   */
  protected final Optional<T> deleteByKeyReturningOld(Map<String, AttributeValue> key) {
    return send(requests.deleteByKeyReturningOld(key), client::deleteItem);
  }

  /**
   * Deletes one item by its encoded primary key if a condition holds for it; generated
   * repositories call it from {@code delete(key…, condition)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @throws ConditionFailedException if the condition does not hold; nothing is deleted
   */
  protected final void deleteByKey(Map<String, AttributeValue> key, Condition<T> condition) {
    send(requests.deleteByKey(key, condition), client::deleteItem);
  }

  /**
   * An update of one item by its encoded primary key; generated repositories call it from {@code
   * update(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @return a new update without actions
   */
  protected final Update<T> updateByKey(Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return requests.updateByKey(
        key, Map.of(), (update, returnValue) -> sendUpdate(update, returnValue, null));
  }

  /**
   * An update of one item of a single-table entity by its encoded primary key and the fields that
   * key is composed from (encoded, by stored name), from which the update recomputes the index keys
   * composed from them; generated repositories call it from {@code update(key…)}.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param keyFields the fields the composed keys are made from, encoded, by stored name; not null
   * @return a new update without actions
   */
  protected final Update<T> updateByKey(
      Map<String, AttributeValue> key, Map<String, AttributeValue> keyFields) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyFields, "keyFields");
    return requests.updateByKey(
        key, keyFields, (update, returnValue) -> sendUpdate(update, returnValue, null));
  }

  /**
   * Sends an update, answering with its details (for {@link Update#executeDetailed()}); with a
   * {@code lock}, a version conflict is told apart.
   */
  private CallResult<Optional<T>> sendUpdate(
      Update<T> update, ReturnValue returnValue, OptimisticLock<T> lock) {
    return BlockingCalls.answer(requests.update(update, returnValue, lock), client::updateItem);
  }

  /**
   * Decodes a stored item, naming the table and the item's key if it does not fit the entity.
   *
   * @param item the stored item; not null
   * @return the entity
   * @throws ItemMappingException if the item does not fit the entity; the message names the table
   *     and the key
   */
  protected final T decode(Map<String, AttributeValue> item) {
    return requests.decode(item);
  }
  /** Enables Time to Live on the schema's {@code @TimeToLive} attribute, unless it is already. */
  private void enableTimeToLive() {
    tables
        .timeToLiveCheck()
        .flatMap(check -> send(check, client::describeTimeToLive))
        .ifPresent(request -> send(tables.enableTimeToLive(request), client::updateTimeToLive));
  }

  /**
   * Sends one call and maps its answer with the call's own functions: the response to the typed
   * result, the SDK's exception to Dynamap's (see {@link io.dynamap.runtime.core.Call}).
   */
  private static <Q, R extends DynamoDbResponse, V> V send(
      Call<Q, R, V> call, Function<Q, R> method) {
    R response;
    try {
      response = method.apply(call.request());
    } catch (SdkException e) {
      return call.recover(e);
    }
    return call.result(response);
  }
}
