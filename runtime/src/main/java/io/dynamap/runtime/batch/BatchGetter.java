package io.dynamap.runtime.batch;

import io.dynamap.runtime.ItemMappingException;
import io.dynamap.runtime.KeyDefinition;
import io.dynamap.runtime.TableRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

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
 *   <li>Reads are eventually consistent unless {@link Builder#consistentRead(boolean)} is set.
 * </ul>
 *
 * <p>Requests are made one after another on the calling thread, through the client given here. A
 * getter holds no state between requests and is safe to share; a {@link Request} is not.
 */
public final class BatchGetter {
  /** DynamoDB's limit of keys in one {@code BatchGetItem}. */
  public static final int MAX_KEYS_PER_REQUEST = 100;

  private final DynamoDbClient client;
  private final RetryPolicy retryPolicy;
  private final boolean consistentRead;

  private BatchGetter(Builder builder) {
    this.client = builder.client;
    this.retryPolicy = new RetryPolicy(builder.baseDelay, builder.maxDelay, builder.retryBudget);
    this.consistentRead = builder.consistentRead;
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
   * The keys to read in one go, of any entity types. Not thread-safe; {@link #execute()} may be
   * called again to read the same keys again.
   */
  public final class Request {
    /** Every distinct key, in the order first given. */
    private final Map<ItemId, KeyToRead> keys = new LinkedHashMap<>();

    /** For each repository, its distinct keys in the order first given, in their first form. */
    private final Map<TableRepository<?>, Map<ItemId, Map<String, AttributeValue>>> wanted =
        new IdentityHashMap<>();

    private long added;

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
      Objects.requireNonNull(key, "key");
      Map<String, AttributeValue> checked = Keys.require(repository, key);
      ItemId id = Keys.id(repository, checked);
      added++;
      keys.putIfAbsent(
          id, new KeyToRead(id, repository.tableName(), repository.schema().key(), checked));
      wanted.computeIfAbsent(repository, r -> new LinkedHashMap<>()).putIfAbsent(id, key);
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
      Objects.requireNonNull(keys, "keys");
      wanted.computeIfAbsent(repository, r -> new LinkedHashMap<>()); // even with no keys
      for (Map<String, AttributeValue> key : keys) {
        add(repository, key);
      }
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
      List<KeyToRead> all = List.copyOf(keys.values());
      Map<ItemId, Map<String, AttributeValue>> found = new HashMap<>();
      Counters counters = new Counters();
      for (int start = 0; start < all.size(); start += MAX_KEYS_PER_REQUEST) {
        int end = Math.min(start + MAX_KEYS_PER_REQUEST, all.size());
        try {
          readChunk(all.subList(start, end), found, counters);
        } catch (ChunkFailure failure) {
          List<UnreadKey> unread = new ArrayList<>();
          for (KeyToRead key : failure.remaining) {
            unread.add(new UnreadKey(key.table(), key.key()));
          }
          for (KeyToRead key : all.subList(end, all.size())) {
            unread.add(new UnreadKey(key.table(), key.key()));
          }
          throw new BatchGetException(
              failure.reason, failure.getCause(), unread, result(found, counters, all.size()));
        }
      }
      return result(found, counters, all.size());
    }

    private BatchGetResult result(
        Map<ItemId, Map<String, AttributeValue>> found, Counters counters, int distinct) {
      Map<TableRepository<?>, Map<Map<String, AttributeValue>, ?>> byRepository =
          new IdentityHashMap<>();
      wanted.forEach(
          (repository, ids) -> byRepository.put(repository, decode(repository, ids, found)));
      BatchGetStatistics statistics =
          new BatchGetStatistics(
              distinct,
              added - distinct,
              found.size(),
              counters.requests,
              counters.retries,
              counters.unprocessedKeys,
              counters.throttles);
      return new BatchGetResult(byRepository, statistics);
    }
  }

  private static <T> Map<Map<String, AttributeValue>, T> decode(
      TableRepository<T> repository,
      Map<ItemId, Map<String, AttributeValue>> ids,
      Map<ItemId, Map<String, AttributeValue>> found) {
    Map<Map<String, AttributeValue>, T> items = new LinkedHashMap<>();
    ids.forEach(
        (id, key) -> {
          Map<String, AttributeValue> item = found.get(id);
          if (item != null) {
            try {
              items.put(key, repository.schema().fromItem(item));
            } catch (ItemMappingException e) {
              throw e.inItem(repository.tableName(), Keys.describeKeyIn(repository, item));
            }
          }
        });
    return items;
  }

  /**
   * Reads up to 100 keys, asking again for unprocessed ones until all are read or the budget is
   * spent. Items found go into {@code found}.
   */
  private void readChunk(
      List<KeyToRead> chunk, Map<ItemId, Map<String, AttributeValue>> found, Counters counters) {
    Map<String, KeyDefinition> tables = new HashMap<>();
    for (KeyToRead key : chunk) {
      tables.putIfAbsent(key.table(), key.definition());
    }
    long deadline = retryPolicy.deadlineFromNow();
    List<KeyToRead> remaining = chunk;
    int retry = 0;
    while (true) {
      RuntimeException failure = null;
      counters.requests++;
      if (retry > 0) {
        counters.retries++;
      }
      try {
        BatchGetItemResponse response = client.batchGetItem(request(remaining));
        if (response.hasResponses()) {
          response
              .responses()
              .forEach(
                  (table, items) -> {
                    KeyDefinition definition = tables.get(table);
                    for (Map<String, AttributeValue> item : items) {
                      found.put(Keys.id(table, definition, item), item);
                    }
                  });
        }
        remaining = unprocessed(remaining, response, tables);
        if (remaining.isEmpty()) {
          return;
        }
        counters.unprocessedKeys += remaining.size();
      } catch (RuntimeException e) {
        if (RetryPolicy.isThrottle(e)) {
          counters.throttles++;
        }
        if (!RetryPolicy.isRetryable(e)) {
          throw new ChunkFailure(remaining, "refused (" + RetryPolicy.refusal(e) + ")", e);
        }
        failure = e;
      }
      retry++;
      long delay = retryPolicy.delayNanos(retry);
      if (System.nanoTime() + delay - deadline > 0) {
        String budget =
            "the retry budget of " + BatchWriter.describe(retryPolicy.budget()) + " ran out";
        throw new ChunkFailure(
            remaining,
            failure == null
                ? "still unprocessed when " + budget
                : "still failing (" + errorName(failure) + ") when " + budget,
            failure);
      }
      try {
        TimeUnit.NANOSECONDS.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChunkFailure(remaining, "interrupted", e);
      }
    }
  }

  private BatchGetItemRequest request(List<KeyToRead> keys) {
    Map<String, List<Map<String, AttributeValue>>> byTable = new LinkedHashMap<>();
    for (KeyToRead key : keys) {
      byTable.computeIfAbsent(key.table(), table -> new ArrayList<>()).add(key.key());
    }
    Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
    byTable.forEach(
        (table, tableKeys) -> {
          KeysAndAttributes.Builder keysAndAttributes = KeysAndAttributes.builder().keys(tableKeys);
          if (consistentRead) {
            keysAndAttributes.consistentRead(true);
          }
          requestItems.put(table, keysAndAttributes.build());
        });
    return BatchGetItemRequest.builder().requestItems(requestItems).build();
  }

  /** The keys DynamoDB returned unprocessed, matched to ours. */
  private static List<KeyToRead> unprocessed(
      List<KeyToRead> sent, BatchGetItemResponse response, Map<String, KeyDefinition> tables) {
    if (!response.hasUnprocessedKeys() || response.unprocessedKeys().isEmpty()) {
      return List.of();
    }
    Map<ItemId, KeyToRead> byId = new HashMap<>();
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
                KeyToRead match = byId.remove(Keys.id(table, definition, key));
                if (match != null) {
                  remaining.add(match);
                }
              }
            });
    return remaining;
  }

  private static String errorName(Throwable failure) {
    if (failure instanceof AwsServiceException aws
        && aws.awsErrorDetails() != null
        && aws.awsErrorDetails().errorCode() != null) {
      return aws.awsErrorDetails().errorCode();
    }
    return failure.getClass().getSimpleName();
  }

  /** One distinct key to read. */
  private record KeyToRead(
      ItemId id, String table, KeyDefinition definition, Map<String, AttributeValue> key) {}

  /** Counts for one execute(), which runs on one thread. */
  private static final class Counters {
    long requests;
    long retries;
    long unprocessedKeys;
    long throttles;
  }

  /** Keys of a chunk that could not be read; turned into a BatchGetException by execute(). */
  private static final class ChunkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient List<KeyToRead> remaining;
    final String reason;

    ChunkFailure(List<KeyToRead> remaining, String reason, Throwable cause) {
      super(reason, cause, false, false);
      this.remaining = remaining;
      this.reason = reason;
    }
  }

  /**
   * Configures a {@link BatchGetter}. Every setting has a default: eventually consistent reads,
   * backoff from 50 ms to 5 s, 2 minutes of retries per request.
   */
  public static final class Builder {
    private final DynamoDbClient client;
    private boolean consistentRead;
    private Duration baseDelay = RetryPolicy.DEFAULT_BASE_DELAY;
    private Duration maxDelay = RetryPolicy.DEFAULT_MAX_DELAY;
    private Duration retryBudget = RetryPolicy.DEFAULT_BUDGET;

    private Builder(DynamoDbClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Whether reads are strongly consistent: they see every write acknowledged before the read, for
     * twice the read capacity. Default {@code false}, eventually consistent.
     *
     * @param consistentRead {@code true} for strongly consistent reads
     * @return this builder
     */
    public Builder consistentRead(boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    /**
     * The backoff before asking again for unprocessed keys or retrying a failed call: a random
     * pause between zero and {@code baseDelay * 2^(retry - 1)}, capped at {@code maxDelay}. Default
     * 50 ms and 5 s.
     *
     * @param baseDelay the pause cap before the first retry; positive
     * @param maxDelay the largest pause cap; positive and not shorter than {@code baseDelay}
     * @return this builder
     * @throws IllegalArgumentException if a delay is not positive or {@code maxDelay} is shorter
     *     than {@code baseDelay}
     */
    public Builder backoff(Duration baseDelay, Duration maxDelay) {
      new RetryPolicy(baseDelay, maxDelay, retryBudget); // checks them
      this.baseDelay = baseDelay;
      this.maxDelay = maxDelay;
      return this;
    }

    /**
     * How long the keys of one {@code BatchGetItem} are retried, counted from its first call.
     * Default 2 minutes.
     *
     * @param retryBudget the budget; positive
     * @return this builder
     * @throws IllegalArgumentException if the budget is not positive
     */
    public Builder retryBudget(Duration retryBudget) {
      this.retryBudget = RetryPolicy.positive(retryBudget, "retryBudget");
      return this;
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
