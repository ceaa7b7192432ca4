package io.dynamap.runtime.batch;

import io.dynamap.runtime.TableRepository;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items a {@link BatchGetter.Request} read, by repository. Keys without an item are simply
 * absent. Immutable.
 */
public final class BatchGetResult {
  private final Map<TableRepository<?>, Map<Map<String, AttributeValue>, ?>> byRepository;
  private final BatchGetStatistics statistics;

  BatchGetResult(
      Map<TableRepository<?>, Map<Map<String, AttributeValue>, ?>> byRepository,
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
  @SuppressWarnings("unchecked") // the values were decoded by this repository's schema
  public <T> Map<Map<String, AttributeValue>, T> itemsByKey(TableRepository<T> repository) {
    Objects.requireNonNull(repository, "repository");
    Map<Map<String, AttributeValue>, ?> items = byRepository.get(repository);
    if (items == null) {
      throw new IllegalArgumentException(
          "the request had no keys for this repository of table " + repository.tableName());
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
