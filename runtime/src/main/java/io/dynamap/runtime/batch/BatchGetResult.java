package io.dynamap.runtime.batch;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.BatchHandle;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items a {@link BatchGetter.Request} read, by repository, whole or through the projection
 * they were asked with. Keys without an item are simply absent. Immutable.
 */
public final class BatchGetResult {
  /** By the repository or entity table the keys were given with, and their projection. */
  private final Map<BatchHandle, Map<Map<String, AttributeValue>, ?>> byRepository;

  private final BatchGetStatistics statistics;

  /**
   * Made by the batch getters (blocking and non-blocking, through their shared request core), not
   * by applications.
   *
   * @param byRepository the decoded items by key, in the order the keys were first given, under
   *     the repository or {@link EntityTable} they were given with and their projection
   * @param statistics what the request did
   */
  public BatchGetResult(
      Map<BatchHandle, Map<Map<String, AttributeValue>, ?>> byRepository,
      BatchGetStatistics statistics) {
    this.byRepository = byRepository;
    this.statistics = statistics;
  }

  /**
   * The items read for a repository's keys, in the order the keys were first given, each once.
   *
   * @param <T> the entity type
   * @param repository a repository whose keys the request had; not null
   * @return the decoded items found, a stream over a list already read
   * @throws IllegalArgumentException if the request had no keys for this repository
   */
  public <T> Stream<T> items(TableRepository<T> repository) {
    return itemsByKey(repository).values().stream();
  }

  /**
   * The items read for a repository's keys, by key, in the order the keys were first given. A key
   * given twice in different forms that DynamoDB considers equal (the numbers {@code 1.5} and
   * {@code 1.50}) appears in its first form.
   *
   * @param <T> the entity type
   * @param repository a repository whose keys the request had; not null
   * @return an unmodifiable map
   * @throws IllegalArgumentException if the request had no keys for this repository
   */
  public <T> Map<Map<String, AttributeValue>, T> itemsByKey(TableRepository<T> repository) {
    Objects.requireNonNull(repository, "repository");
    return lookUp(new BatchHandle(repository, null), "repository", repository.tableName());
  }

  /**
   * The projections read for a repository's keys added with this projection, in the order the
   * keys were first given, each once.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param repository a repository whose keys the request had with this projection; not null
   * @param projection the projection the keys were added with, such as {@code
   *     OrderSummarySchema.INSTANCE}; not null
   * @return the decoded records, a stream over a list already read
   * @throws IllegalArgumentException if the request had no keys for this repository and
   *     projection
   */
  public <T, P> Stream<P> items(
      TableRepository<T> repository, ProjectionSchema<T, P> projection) {
    return itemsByKey(repository, projection).values().stream();
  }

  /**
   * The projections read for a repository's keys added with this projection, by key, in the
   * order the keys were first given.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param repository a repository whose keys the request had with this projection; not null
   * @param projection the projection the keys were added with; not null
   * @return an unmodifiable map
   * @throws IllegalArgumentException if the request had no keys for this repository and
   *     projection
   */
  public <T, P> Map<Map<String, AttributeValue>, P> itemsByKey(
      TableRepository<T> repository, ProjectionSchema<T, P> projection) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(projection, "projection");
    return lookUp(
        new BatchHandle(repository, projection),
        "repository and projection " + projection.projectionName(),
        repository.tableName());
  }

  /**
   * The items read for the keys given with this entity table (as to the non-blocking getter), in
   * the order the keys were first given, each once.
   *
   * @param <T> the entity type
   * @param table the entity table the keys were given with, the same object; not null
   * @return the decoded items found, a stream over a list already read
   * @throws IllegalArgumentException if the request had no keys for this entity table
   */
  public <T> Stream<T> items(EntityTable<T> table) {
    return itemsByKey(table).values().stream();
  }

  /**
   * The items read for the keys given with this entity table (as to the non-blocking getter), by
   * key, in the order the keys were first given; a key given twice in forms DynamoDB considers
   * equal appears in its first form.
   *
   * @param <T> the entity type
   * @param table the entity table the keys were given with, the same object; not null
   * @return an unmodifiable map
   * @throws IllegalArgumentException if the request had no keys for this entity table
   */
  public <T> Map<Map<String, AttributeValue>, T> itemsByKey(EntityTable<T> table) {
    Objects.requireNonNull(table, "table");
    return lookUp(new BatchHandle(table, null), "entity table", table.tableName());
  }

  /**
   * The projections read for the keys given with this entity table and projection (as to the
   * non-blocking getter), in the order the keys were first given, each once.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param table the entity table the keys were given with, the same object; not null
   * @param projection the projection the keys were added with; not null
   * @return the decoded records, a stream over a list already read
   * @throws IllegalArgumentException if the request had no keys for this entity table and
   *     projection
   */
  public <T, P> Stream<P> items(EntityTable<T> table, ProjectionSchema<T, P> projection) {
    return itemsByKey(table, projection).values().stream();
  }

  /**
   * The projections read for the keys given with this entity table and projection, by key, in
   * the order the keys were first given.
   *
   * @param <T> the entity type
   * @param <P> the projection record
   * @param table the entity table the keys were given with, the same object; not null
   * @param projection the projection the keys were added with; not null
   * @return an unmodifiable map
   * @throws IllegalArgumentException if the request had no keys for this entity table and
   *     projection
   */
  public <T, P> Map<Map<String, AttributeValue>, P> itemsByKey(
      EntityTable<T> table, ProjectionSchema<T, P> projection) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(projection, "projection");
    return lookUp(
        new BatchHandle(table, projection),
        "entity table and projection " + projection.projectionName(),
        table.tableName());
  }

  @SuppressWarnings("unchecked") // the values were decoded by this handle's schema or projection
  private <T> Map<Map<String, AttributeValue>, T> lookUp(
      BatchHandle handle, String what, String tableName) {
    Map<Map<String, AttributeValue>, ?> items = byRepository.get(handle);
    if (items == null) {
      throw new IllegalArgumentException(
          "the request had no keys for this " + what + " of table " + tableName);
    }
    return Collections.unmodifiableMap((Map<Map<String, AttributeValue>, T>) items);
  }

  /**
   * What the request did: keys, calls, retries.
   *
   * @return the statistics of the request that made this result
   */
  public BatchGetStatistics statistics() {
    return statistics;
  }
}
