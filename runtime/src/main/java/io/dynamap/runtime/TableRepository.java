package io.dynamap.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

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
  /**
   * How long {@link #createTable()} waits for the table to become active. New on-demand tables in
   * AWS are usually active within seconds; DynamoDB Local is instant.
   */
  private static final Duration TABLE_WAIT_TIMEOUT = Duration.ofMinutes(5);

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
   * Reads the items a key condition selects, in sort key order, as a lazy stream: pages are
   * fetched as the stream is consumed, following {@code LastEvaluatedKey} until the end.
   */
  public Stream<T> query(KeyCondition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    Expression expression = condition.toExpression();
    QueryRequest.Builder request =
        QueryRequest.builder()
            .tableName(tableName)
            .keyConditionExpression(expression.text())
            .expressionAttributeNames(expression.names())
            .expressionAttributeValues(expression.values());
    condition.indexName().ifPresent(request::indexName);
    QueryRequest first = request.build();
    return Paginator.items(
        startKey -> call("Query", () -> Paginator.page(client.query(first.toBuilder().exclusiveStartKey(startKey).build()))),
        this::decode);
  }

  /** Reads every item of the table as a lazy stream, page by page. */
  public Stream<T> scan() {
    ScanRequest first = ScanRequest.builder().tableName(tableName).build();
    return Paginator.items(
        startKey -> call("Scan", () -> Paginator.page(client.scan(first.toBuilder().exclusiveStartKey(startKey).build()))),
        this::decode);
  }

  /**
   * Creates the table from the schema (billed per request) and waits until it is active.
   *
   * @throws DynamapException if the table exists already
   */
  public void createTable() {
    try {
      client.createTable(schema.createTableRequest(tableName));
    } catch (ResourceInUseException e) {
      throw new DynamapException(
          "CreateTable " + tableName + " failed: the table exists already", e);
    }
    waitUntilActive();
  }

  /**
   * Creates the table unless a table of that name exists; waits until it is active either way.
   *
   * @return whether the table was created
   */
  public boolean createTableIfNotExists() {
    boolean created;
    try {
      client.createTable(schema.createTableRequest(tableName));
      created = true;
    } catch (ResourceInUseException e) {
      created = false;
    }
    waitUntilActive();
    return created;
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

  private void waitUntilActive() {
    try {
      client
          .waiter()
          .waitUntilTableExists(
              DescribeTableRequest.builder().tableName(tableName).build(),
              WaiterOverrideConfiguration.builder().waitTimeout(TABLE_WAIT_TIMEOUT).build())
          .matched()
          .exception()
          .ifPresent(
              e -> {
                throw new DynamapException("table " + tableName + " did not become active", e);
              });
    } catch (ResourceNotFoundException e) {
      throw new TableNotFoundException(tableName, "DescribeTable", e);
    }
  }

  /**
   * Runs one call, turning the SDK's exceptions into Dynamap's (see {@link DynamapErrors}): a
   * missing table, a failed condition, throttling that outlasted the retries, and so on.
   */
  private <R> R call(String operation, java.util.function.Supplier<R> call) {
    try {
      return call.get();
    } catch (software.amazon.awssdk.core.exception.SdkException e) {
      throw DynamapErrors.translate(e, operation, tableName);
    }
  }
}
