package io.dynamap.runtime;

import io.dynamap.runtime.page.Query;
import io.dynamap.runtime.page.Scan;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.TableWaiter;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The operations every generated repository has, for one entity type in one table. Generated
 * repositories ({@code OrderRepository}) extend it with methods typed by the entity's key, such
 * as {@code get(String customerId, Instant placedAt)}.
 *
 * <p>A repository is thread-safe and cheap: it holds the client, the schema and the table name.
 *
 * @param <T> the entity type
 */
public abstract class TableRepository<T> {
  private final DynamoDbClient client;
  private final ItemSchema<T> schema;
  private final String tableName;

  /**
   * @param client the client, usually from {@link DynamapClients}
   * @param schema the entity's generated schema
   * @param tableName the physical table name
   */
  protected TableRepository(DynamoDbClient client, ItemSchema<T> schema, String tableName) {
    this.client = Objects.requireNonNull(client, "client");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
  }

  /** The physical table this repository reads and writes. */
  public final String tableName() {
    return tableName;
  }

  /** The entity's schema. */
  public final ItemSchema<T> schema() {
    return schema;
  }

  /** The client this repository calls. */
  public final DynamoDbClient client() {
    return client;
  }

  /**
   * Writes an entity, replacing any item with the same primary key.
   *
   * @throws ItemMappingException if the entity cannot be stored (a null key, a number out of
   *     DynamoDB's range, …), before any request
   * @throws ItemTooLargeException if the item is over 400 KB, before any request
   */
  public void put(T entity) {
    Objects.requireNonNull(entity, "entity");
    Map<String, AttributeValue> item;
    try {
      item = schema.toItem(entity);
    } catch (ItemMappingException e) {
      throw new ItemMappingException("table " + tableName + ": " + e.getMessage(), e);
    }
    ItemSizes.requireWithinLimit(
        item, tableName, schema.entityName(), Values.describeKey(keyAttributes(item)));
    call("PutItem", () -> client.putItem(PutItemRequest.builder().tableName(tableName).item(item).build()));
  }

  /** Deletes the item with the entity's primary key, if there is one. */
  public void delete(T entity) {
    deleteByKey(schema.keyOf(Objects.requireNonNull(entity, "entity")));
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
   */
  public Query<T> query(KeyCondition<T> condition) {
    return Query.of(client, tableName, Objects.requireNonNull(condition, "condition"), this::decode);
  }

  /**
   * A scan of the whole table. Nothing is read until it is run: {@code scan().stream()} reads page
   * by page as the stream is consumed; {@code scan().segments(4).stream()} reads four segments in
   * parallel. See {@link Scan}.
   */
  public Scan<T> scan() {
    return Scan.of(client, tableName, this::decode);
  }

  /**
   * Creates the table from the schema (billed per request) and waits until it and its indexes
   * are active, polling as {@link WaitPolicy#forClient} suits the client's endpoint.
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
   * @throws DynamapException if the table exists already
   * @throws TableWaitTimeoutException if it is not active in time
   */
  public void createTable(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    if (!create()) {
      throw new DynamapException("CreateTable " + tableName + " failed: the table exists already");
    }
    TableWaiter.of(client, waitPolicy).untilIndexesActive(tableName);
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
   * @return whether the table was created
   * @throws TableWaitTimeoutException if it is not active in time
   */
  public boolean createTableIfNotExists(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    boolean created = create();
    TableWaiter.of(client, waitPolicy).untilIndexesActive(tableName);
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
   * @throws TableNotFoundException if there is no such table
   * @throws TableWaitTimeoutException if it is not gone in time
   */
  public void deleteTable(WaitPolicy waitPolicy) {
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    call("DeleteTable", () -> client.deleteTable(DeleteTableRequest.builder().tableName(tableName).build()));
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
   * @return whether there was a table to delete
   * @throws TableWaitTimeoutException if it is not gone in time
   */
  public boolean deleteTableIfExists(WaitPolicy waitPolicy) {
    try {
      deleteTable(waitPolicy);
      return true;
    } catch (TableNotFoundException e) {
      return false;
    }
  }

  /** Reads one item by its encoded primary key. */
  protected final Optional<T> getByKey(Map<String, AttributeValue> key) {
    GetItemResponse response =
        call("GetItem", () -> client.getItem(GetItemRequest.builder().tableName(tableName).key(key).build()));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(decode(response.item()))
        : Optional.empty();
  }

  /** Deletes one item by its encoded primary key. */
  protected final void deleteByKey(Map<String, AttributeValue> key) {
    call("DeleteItem", () -> client.deleteItem(DeleteItemRequest.builder().tableName(tableName).key(key).build()));
  }

  /** Decodes a stored item, naming the table and the item's key if it does not fit the entity. */
  protected final T decode(Map<String, AttributeValue> item) {
    try {
      return schema.fromItem(item);
    } catch (ItemMappingException e) {
      throw e.inItem(tableName, Values.describeKey(keyAttributes(item)));
    }
  }

  private Map<String, AttributeValue> keyAttributes(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(2);
    KeyDefinition definition = schema.key();
    String partition = definition.partitionKey().name();
    if (item.containsKey(partition)) {
      key.put(partition, item.get(partition));
    }
    definition
        .sortKeyIfAny()
        .filter(sort -> item.containsKey(sort.name()))
        .ifPresent(sort -> key.put(sort.name(), item.get(sort.name())));
    return key;
  }

  /** Sends CreateTable; false if a table of that name exists already. */
  private boolean create() {
    try {
      client.createTable(schema.createTableRequest(tableName));
      return true;
    } catch (ResourceInUseException e) {
      return false;
    } catch (SdkException e) {
      throw DynamapErrors.translate(e, "CreateTable", tableName);
    }
  }

  /**
   * Runs one call, turning the SDK's exceptions into Dynamap's (see {@link DynamapErrors}): a
   * missing table, a failed condition, throttling that outlasted the retries, and so on.
   */
  private <R> R call(String operation, Supplier<R> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw DynamapErrors.translate(e, operation, tableName);
    }
  }
}
