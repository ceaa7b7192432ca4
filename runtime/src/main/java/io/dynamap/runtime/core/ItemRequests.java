package io.dynamap.runtime.core;

import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.expr.Attribute;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.expr.UpdateExpression;
import io.dynamap.runtime.schema.GeneratedValue;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.ItemSizes;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.OptimisticLock;
import io.dynamap.runtime.schema.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The single-item operations of one entity type in one table, as {@link Call}s: {@code PutItem},
 * {@code GetItem}, {@code DeleteItem} and {@code UpdateItem} requests built from typed arguments,
 * with the mapping of their responses to entities and of their failures to Dynamap's exceptions.
 * The one place where a repository's item requests are built and their answers mapped; see the
 * operations of {@link io.dynamap.runtime.TableRepository} for what each does.
 *
 * <p><b>Optimistic locking.</b> Writes of a {@code @Version}ed entity are conditioned on its
 * {@link OptimisticLock} and store the version plus one; a failed condition that the lock explains
 * is an {@link OptimisticLockException}. Every conditional write asks for the current item with a
 * failed condition ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}), which the {@link
 * ConditionFailedException} carries. Writes by key only are not versioned.
 *
 * <p>Building a call may throw, before anything is sent: {@link ItemMappingException} for an
 * entity that cannot be stored, {@link io.dynamap.runtime.error.ItemTooLargeException} for an item
 * over 400 KB, {@link NullPointerException} for a missing argument.
 *
 * <p>{@link #withReturnConsumedCapacity} makes requests that ask for the capacity they consume,
 * which {@link Call#answer} returns beside the result, with the request id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entity type
 */
public final class ItemRequests<T> {
  private final ItemSchema<T> schema;
  private final String tableName;
  /** {@code ReturnConsumedCapacity} of every request; null to leave it to the client. */
  private final ReturnConsumedCapacity capacity;

  private ItemRequests(ItemSchema<T> schema, String tableName, ReturnConsumedCapacity capacity) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.capacity = capacity;
  }

  /**
   * The item requests of an entity in a table.
   *
   * @param <T> the entity type
   * @param schema the entity's generated schema; not null
   * @param tableName the physical table name; not null
   * @return the requests
   */
  public static <T> ItemRequests<T> of(ItemSchema<T> schema, String tableName) {
    return new ItemRequests<>(schema, tableName, null);
  }

  /**
   * These requests asking DynamoDB for the capacity each consumes, which {@link Call#answer}
   * then carries (a client that asks for it for its listeners has it returned anyway).
   *
   * @param level {@code TOTAL}, {@code INDEXES} or {@code NONE}; not null
   * @return requests like these, each with {@code ReturnConsumedCapacity=level}
   * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}
   */
  public ItemRequests<T> withReturnConsumedCapacity(ReturnConsumedCapacity level) {
    Objects.requireNonNull(level, "level");
    if (level == ReturnConsumedCapacity.UNKNOWN_TO_SDK_VERSION) {
      throw new IllegalArgumentException("returnConsumedCapacity needs TOTAL, INDEXES or NONE");
    }
    return new ItemRequests<>(schema, tableName, level);
  }

  /**
   * What the requests ask for with {@code ReturnConsumedCapacity}.
   *
   * @return the level, or empty if they leave it to the client
   */
  public Optional<ReturnConsumedCapacity> returnConsumedCapacity() {
    return Optional.ofNullable(capacity);
  }

  /**
   * The entity's schema.
   *
   * @return the schema given to {@link #of}
   */
  public ItemSchema<T> schema() {
    return schema;
  }

  /**
   * The table the requests name.
   *
   * @return the table name given to {@link #of}
   */
  public String tableName() {
    return tableName;
  }

  // ---- PutItem --------------------------------------------------------------------------------

  /**
   * A put of the entity, replacing any item with its key; for a versioned entity, only if the
   * stored version is the entity's.
   *
   * @param entity the entity; not null
   * @return the call; its result is {@code null}
   */
  public Call<PutItemRequest, PutItemResponse, Void> put(T entity) {
    return write(entity, null, null).map(written -> null);
  }

  /**
   * A put of the entity if a condition holds for the stored item (and, for a versioned entity,
   * its version condition).
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return the call; its result is {@code null}
   */
  public Call<PutItemRequest, PutItemResponse, Void> put(T entity, Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return write(entity, condition, null).map(written -> null);
  }

  /**
   * A put returning the item it replaced ({@code ReturnValues=ALL_OLD}).
   *
   * @param entity the entity; not null
   * @return the call; its result is the replaced item, or empty if there was none
   */
  public Call<PutItemRequest, PutItemResponse, Optional<T>> putReturningOld(T entity) {
    return write(entity, null, ReturnValue.ALL_OLD).map(written -> oldItem(written.attributes()));
  }

  /**
   * A conditional put returning the item it replaced ({@code ReturnValues=ALL_OLD}).
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return the call; its result is the replaced item, or empty if there was none
   */
  public Call<PutItemRequest, PutItemResponse, Optional<T>> putReturningOld(
      T entity, Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return write(entity, condition, ReturnValue.ALL_OLD)
        .map(written -> oldItem(written.attributes()));
  }

  /**
   * A put returning the entity as stored: for a versioned entity, with its new version (a bean
   * is updated in place when the result is mapped, that is once the write succeeded); for an
   * entity with generated values, as read back from the item written (a new instance, beans
   * included).
   *
   * @param entity the entity; not null
   * @return the call; its result is the entity as stored
   */
  public Call<PutItemRequest, PutItemResponse, T> save(T entity) {
    boolean generated = !schema.generatedValuesOf(entity).isEmpty();
    return write(entity, null, null)
        .map(
            written -> {
              if (generated) {
                return decode(written.item()); // the generated values, and the new version, as stored
              }
              return written.lock() == null ? entity : written.lock().saved(entity);
            });
  }

  /**
   * A put unless an item with the entity's key exists ({@code attribute_not_exists} on the
   * partition key, and a versioned entity's version condition); a failed condition is the result
   * {@code false}, not an exception.
   *
   * @param entity the entity; not null
   * @return the call; its result tells whether the entity was written
   */
  public Call<PutItemRequest, PutItemResponse, Boolean> putIfAbsent(T entity) {
    String partitionKey = schema.key().partitionKey().name();
    Condition<T> absent = new Attribute<T>(partitionKey) {}.notExists();
    return write(entity, absent, null, true).map(written -> written != null);
  }

  /**
   * What a put did: the optimistic lock it wrote under (null for an entity without a version),
   * the item it wrote, and the attributes DynamoDB returned (the replaced item when asked for,
   * else none).
   */
  private record Written<T>(
      OptimisticLock<T> lock,
      Map<String, AttributeValue> item,
      Map<String, AttributeValue> attributes) {}

  /**
   * Puts the entity under the condition (none if null) and, if it is versioned, its optimistic
   * lock, storing the version plus one; {@code returnValues} null asks for nothing back.
   */
  private Call<PutItemRequest, PutItemResponse, Written<T>> write(
      T entity, Condition<T> condition, ReturnValue returnValues) {
    return write(entity, condition, returnValues, false);
  }

  /**
   * {@link #write(Object, Condition, ReturnValue)}; with {@code failedConditionIsResult}, a failed
   * condition is the result {@code null} rather than an exception.
   */
  private Call<PutItemRequest, PutItemResponse, Written<T>> write(
      T entity, Condition<T> condition, ReturnValue returnValues, boolean failedConditionIsResult) {
    Objects.requireNonNull(entity, "entity");
    OptimisticLock<T> lock = OptimisticLock.of(schema, entity).orElse(null);
    Map<String, AttributeValue> item = itemOf(entity, lock);
    if (lock == null && condition == null) {
      PutItemRequest request =
          PutItemRequest.builder()
              .tableName(tableName)
              .item(item)
              .returnValues(returnValues)
              .returnConsumedCapacity(capacity)
              .build();
      return Call.of(
          "PutItem",
          tableName,
          request,
          (PutItemResponse response) -> new Written<>(null, item, response.attributes()),
          plain("PutItem"),
          PutItemResponse::consumedCapacity);
    }
    Condition<T> all = lock == null ? condition : lock.and(condition);
    Expression expression = all.toExpression();
    PutItemRequest request =
        PutItemRequest.builder()
            .tableName(tableName)
            .item(item)
            .returnValues(returnValues)
            .returnConsumedCapacity(capacity)
            .conditionExpression(expression.text())
            .expressionAttributeNames(expression.names())
            .expressionAttributeValues(nullIfEmpty(expression.values()))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build();
    return Call.of(
        "PutItem",
        tableName,
        request,
        (PutItemResponse response) -> new Written<>(lock, item, response.attributes()),
        failure -> {
          DynamapException failed = conditionFailure("PutItem", all, lock, failure);
          if (failedConditionIsResult && failed instanceof ConditionFailedException) {
            return null;
          }
          throw failed;
        },
        PutItemResponse::consumedCapacity);
  }

  // ---- GetItem --------------------------------------------------------------------------------

  /**
   * A read of one item by its encoded primary key.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param consistentRead whether to read with {@code ConsistentRead=true}
   * @return the call; its result is the decoded item, or empty if there is none
   */
  public Call<GetItemRequest, GetItemResponse, Optional<T>> get(
      Map<String, AttributeValue> key, boolean consistentRead) {
    GetItemRequest.Builder request =
        GetItemRequest.builder().tableName(tableName).key(key).returnConsumedCapacity(capacity);
    if (consistentRead) {
      request.consistentRead(true);
    }
    return Call.of(
        "GetItem",
        tableName,
        request.build(),
        (GetItemResponse response) ->
            response.hasItem() && !response.item().isEmpty()
                ? Optional.of(decode(response.item()))
                : Optional.empty(),
        plain("GetItem"),
        GetItemResponse::consumedCapacity);
  }

  // ---- DeleteItem -----------------------------------------------------------------------------

  /**
   * A delete of the item with the entity's key; for a versioned entity, only if the stored
   * version is the entity's.
   *
   * @param entity the entity; only its key (and version) is read; not null
   * @return the call; its result is {@code null}
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Void> delete(T entity) {
    Objects.requireNonNull(entity, "entity");
    Optional<OptimisticLock<T>> lock = OptimisticLock.of(schema, entity);
    if (lock.isPresent()) {
      return conditionalDelete(schema.keyOf(entity), lock.get().condition(), lock.get(), null)
          .map(attributes -> null);
    }
    return deleteByKey(schema.keyOf(entity));
  }

  /**
   * A delete of the item with the entity's key if a condition holds for it (and, for a versioned
   * entity, its version condition).
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return the call; its result is {@code null}
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Void> delete(T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    Optional<OptimisticLock<T>> lock = OptimisticLock.of(schema, entity);
    if (lock.isPresent()) {
      return conditionalDelete(schema.keyOf(entity), lock.get().and(condition), lock.get(), null)
          .map(attributes -> null);
    }
    return deleteByKey(schema.keyOf(entity), condition);
  }

  /**
   * A delete like {@link #delete(Object)} returning the removed item ({@code ReturnValues=ALL_OLD}).
   *
   * @param entity the entity; not null
   * @return the call; its result is the removed item, or empty if there was none
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Optional<T>> deleteReturningOld(T entity) {
    Objects.requireNonNull(entity, "entity");
    Optional<OptimisticLock<T>> lock = OptimisticLock.of(schema, entity);
    if (lock.isPresent()) {
      return conditionalDelete(
              schema.keyOf(entity), lock.get().condition(), lock.get(), ReturnValue.ALL_OLD)
          .map(this::oldItem);
    }
    return deleteByKeyReturningOld(schema.keyOf(entity));
  }

  /**
   * A delete like {@link #delete(Object, Condition)} returning the removed item ({@code
   * ReturnValues=ALL_OLD}).
   *
   * @param entity the entity; not null
   * @param condition a condition on the stored item; not null
   * @return the call; its result is the removed item, or empty if there was none
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Optional<T>> deleteReturningOld(
      T entity, Condition<T> condition) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(condition, "condition");
    Optional<OptimisticLock<T>> lock = OptimisticLock.of(schema, entity);
    Condition<T> all = lock.isPresent() ? lock.get().and(condition) : condition;
    return conditionalDelete(schema.keyOf(entity), all, lock.orElse(null), ReturnValue.ALL_OLD)
        .map(this::oldItem);
  }

  /**
   * A delete of one item by its encoded primary key, whatever is stored.
   *
   * @param key the item's primary key attributes, as stored
   * @return the call; its result is {@code null}
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Void> deleteByKey(
      Map<String, AttributeValue> key) {
    return Call.of(
        "DeleteItem",
        tableName,
        DeleteItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .returnConsumedCapacity(capacity)
            .build(),
        (DeleteItemResponse response) -> null,
        plain("DeleteItem"),
        DeleteItemResponse::consumedCapacity);
  }

  /**
   * A delete of one item by its encoded primary key if a condition holds for it.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param condition a condition on the stored item; not null
   * @return the call; its result is {@code null}
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Void> deleteByKey(
      Map<String, AttributeValue> key, Condition<T> condition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(condition, "condition");
    return conditionalDelete(key, condition, null, null).map(attributes -> null);
  }

  /**
   * A delete of one item by its encoded primary key returning it ({@code ReturnValues=ALL_OLD}).
   *
   * @param key the item's primary key attributes, as stored; not null
   * @return the call; its result is the removed item, or empty if there was none
   */
  public Call<DeleteItemRequest, DeleteItemResponse, Optional<T>> deleteByKeyReturningOld(
      Map<String, AttributeValue> key) {
    Objects.requireNonNull(key, "key");
    return Call.of(
        "DeleteItem",
        tableName,
        DeleteItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .returnValues(ReturnValue.ALL_OLD)
            .returnConsumedCapacity(capacity)
            .build(),
        (DeleteItemResponse response) -> oldItem(response.attributes()),
        plain("DeleteItem"),
        DeleteItemResponse::consumedCapacity);
  }

  /**
   * A conditional delete; with a {@code lock}, a version conflict is told apart. {@code
   * returnValues} null asks for nothing back. The result is the attributes DynamoDB returned.
   */
  private Call<DeleteItemRequest, DeleteItemResponse, Map<String, AttributeValue>> conditionalDelete(
      Map<String, AttributeValue> key,
      Condition<T> condition,
      OptimisticLock<T> lock,
      ReturnValue returnValues) {
    Expression expression = condition.toExpression();
    DeleteItemRequest request =
        DeleteItemRequest.builder()
            .tableName(tableName)
            .key(key)
            .conditionExpression(expression.text())
            .expressionAttributeNames(expression.names())
            .expressionAttributeValues(nullIfEmpty(expression.values()))
            .returnValues(returnValues)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .returnConsumedCapacity(capacity)
            .build();
    return Call.of(
        "DeleteItem",
        tableName,
        request,
        DeleteItemResponse::attributes,
        conditional("DeleteItem", condition, lock),
        DeleteItemResponse::consumedCapacity);
  }

  // ---- UpdateItem -----------------------------------------------------------------------------

  /**
   * An update of the item with the entity's primary key, with no actions yet; for a versioned
   * entity it starts as {@code when(version = v)} (for version 0: no item exists) and {@code SET
   * version = v + 1}. Its executor sends it, typically with {@link #update(Update, ReturnValue,
   * OptimisticLock)} and the same {@code lock}.
   *
   * @param entity the entity; only its key (and the fields its key is composed from) is read; not
   *     null
   * @param lock the entity's optimistic lock ({@link OptimisticLock#of}), or null for an entity
   *     without a version
   * @param executor sends the update; not null
   * @return a new update
   */
  public Update<T> update(T entity, OptimisticLock<T> lock, Update.Executor<T> executor) {
    Objects.requireNonNull(entity, "entity");
    Update<T> update =
        updateByKey(schema.keyOf(entity), keyFields(entity), executor)
            .withGeneratedValues(schema.generatedValuesOf(entity));
    return lock == null
        ? update
        : update.when(lock.condition()).set(lock.versionAttribute(), lock.nextVersion());
  }

  /**
   * An update of one item by its encoded primary key, with no actions yet; for an entity of a
   * single table, one that keeps the index keys composed from {@code keyFields} consistent.
   *
   * @param key the item's primary key attributes, as stored; not null
   * @param keyFields the fields the composed keys are made from, encoded, by stored name; empty
   *     if not known or the keys are plain; not null
   * @param executor sends the update; not null
   * @return a new update
   */
  public Update<T> updateByKey(
      Map<String, AttributeValue> key,
      Map<String, AttributeValue> keyFields,
      Update.Executor<T> executor) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyFields, "keyFields");
    String partitionKey = schema.key().partitionKey().name();
    Update<T> update =
        schema.typeAttribute().isPresent()
            ? Update.of(key, partitionKey, executor, schema, keyFields)
            : Update.of(key, partitionKey, executor);
    return update.withGeneratedValues(schema.generatedValues());
  }

  /**
   * The {@code UpdateItem} call of an update: a failed condition names it and carries the current
   * item ({@code ALL_OLD}), and with a {@code lock} a version conflict is an {@link
   * OptimisticLockException}.
   *
   * @param update the update; not null
   * @param returnValue what DynamoDB returns: {@code ALL_NEW}, {@code ALL_OLD} or {@code NONE}
   * @param lock the optimistic lock the update was started with, or null
   * @return the call; its result is the returned item, or empty if DynamoDB returned none
   */
  public Call<UpdateItemRequest, UpdateItemResponse, Optional<T>> update(
      Update<T> update, ReturnValue returnValue, OptimisticLock<T> lock) {
    Objects.requireNonNull(update, "update");
    UpdateExpression expression = update.toExpression();
    UpdateItemRequest.Builder request =
        UpdateItemRequest.builder()
            .tableName(tableName)
            .key(update.key())
            .updateExpression(expression.update())
            // An update with no actions and no condition (just the key) has no names.
            .expressionAttributeNames(expression.names().isEmpty() ? null : expression.names())
            .expressionAttributeValues(nullIfEmpty(expression.values()))
            .returnValues(returnValue)
            .returnConsumedCapacity(capacity);
    Optional<Condition<T>> condition = update.condition();
    Call.Recovery<Optional<T>> recovery;
    if (condition.isPresent()) {
      request
          .conditionExpression(expression.condition())
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
      recovery = conditional("UpdateItem", condition.get(), lock);
    } else {
      recovery = plain("UpdateItem");
    }
    return Call.of(
        "UpdateItem",
        tableName,
        request.build(),
        (UpdateItemResponse response) ->
            response.hasAttributes() && !response.attributes().isEmpty()
                ? Optional.of(decode(response.attributes()))
                : Optional.empty(),
        recovery,
        UpdateItemResponse::consumedCapacity);
  }

  /**
   * The item an {@code UpdateItem} with {@code ReturnValues=ALL_NEW} returned, which an update
   * always leaves.
   *
   * @param <T> the entity type
   * @param returned the call's result
   * @return the item after the update
   * @throws IllegalStateException if DynamoDB returned no item
   */
  public static <T> T updatedItem(Optional<T> returned) {
    return returned.orElseThrow(() -> new IllegalStateException("UpdateItem returned no item"));
  }

  /**
   * The entity's fields its composed primary key is made of, encoded by stored name, from which
   * an update recomputes index keys; empty for plain keys.
   */
  private Map<String, AttributeValue> keyFields(T entity) {
    return schema.primaryKeyFieldsOf(entity);
  }

  // ---- items and failures ---------------------------------------------------------------------

  /**
   * Decodes a stored item, naming the table and the item's key if it does not fit the entity.
   *
   * @param item the stored item; not null
   * @return the entity
   * @throws ItemMappingException if the item does not fit the entity; the message names the table
   *     and the key
   */
  public T decode(Map<String, AttributeValue> item) {
    try {
      return schema.fromItem(item);
    } catch (ItemMappingException e) {
      throw e.inItem(tableName, keyAttributes(item));
    }
  }

  /** The item a write replaced or removed, decoded; empty if there was none. */
  private Optional<T> oldItem(Map<String, AttributeValue> attributes) {
    return attributes == null || attributes.isEmpty()
        ? Optional.empty()
        : Optional.of(decode(attributes));
  }

  /**
   * The entity as an item, storing the lock's next version if there is a lock, checked against
   * DynamoDB's limits before any request.
   */
  private Map<String, AttributeValue> itemOf(T entity, OptimisticLock<T> lock) {
    Map<String, AttributeValue> item;
    try {
      item = schema.toItem(entity);
    } catch (ItemMappingException e) {
      throw new ItemMappingException("table " + tableName + ": " + e.getMessage(), e);
    }
    item = GeneratedValue.fill(schema.generatedValuesOf(entity), item);
    if (lock != null) {
      item = lock.stamp(item);
    }
    ItemSizes.requireWithinLimit(
        item, tableName, schema.entityName(), Values.describeKey(keyAttributes(item)));
    return item;
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

  /** DynamoDB rejects an empty map of expression values; an expression without values sends none. */
  private static Map<String, AttributeValue> nullIfEmpty(Map<String, AttributeValue> values) {
    return values.isEmpty() ? null : values;
  }

  /**
   * Turns the SDK's exceptions into Dynamap's (see {@link DynamapErrors}): a missing table, a
   * failed condition, throttling that outlasted the retries, and so on.
   */
  private <V> Call.Recovery<V> plain(String operation) {
    return failure -> {
      throw DynamapErrors.translate(failure, operation, tableName);
    };
  }

  /**
   * For a conditional write: a failed condition names the condition in its message, and is an
   * {@link OptimisticLockException} if a {@code lock} is given and the current item (ALL_OLD)
   * shows that it failed.
   */
  private <V> Call.Recovery<V> conditional(
      String operation, Condition<T> condition, OptimisticLock<T> lock) {
    return failure -> {
      throw conditionFailure(operation, condition, lock, failure);
    };
  }

  /** The exception for a failed conditional write, as {@link #conditional} says. */
  private DynamapException conditionFailure(
      String operation, Condition<T> condition, OptimisticLock<T> lock, SdkException failure) {
    DynamapException translated = DynamapErrors.translate(failure, operation, tableName);
    if (!(translated instanceof ConditionFailedException)) {
      return translated;
    }
    if (lock != null && lock.conflictsWith(currentItem(failure))) {
      return new OptimisticLockException(
          translated.getMessage()
              + "; "
              + schema.entityName()
              + " was written by someone else: expected version "
              + lock.expectedVersion()
              + "; condition: "
              + condition,
          failure,
          operation,
          tableName,
          lock.expectedVersion());
    }
    return new ConditionFailedException(
        translated.getMessage() + "; condition: " + condition, failure, operation, tableName);
  }

  /** The item returned with a failed condition (ALL_OLD); empty if there was none. */
  private static Map<String, AttributeValue> currentItem(SdkException e) {
    return e instanceof ConditionalCheckFailedException failed && failed.hasItem()
        ? failed.item()
        : Map.of();
  }
}
