package io.dynamap.runtime.table;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index as DynamoDB describes it.
 *
 * @param name the index name
 * @param global whether it is a global secondary index (a local one shares the table's partition
 *     key)
 * @param key its key attributes, partition attributes first, in the order DynamoDB lists them
 * @param projection which attributes it holds besides the keys
 * @param nonKeyAttributes with {@code INCLUDE}, the other attributes it holds; empty otherwise
 * @param status a global index's status ({@code CREATING}, {@code ACTIVE}, ...); {@code null} for
 *     a local index, which is always as available as its table
 * @param backfilling whether a global index added to an existing table is still being filled
 * @param itemCount how many items it holds, as DynamoDB last counted them (about every six hours)
 * @param sizeBytes its size in bytes, as DynamoDB last measured it (about every six hours)
 */
public record IndexDescription(
    String name,
    boolean global,
    List<KeyElement> key,
    ProjectionType projection,
    List<String> nonKeyAttributes,
    IndexStatus status,
    boolean backfilling,
    long itemCount,
    long sizeBytes) {
  /**
   * Copies the lists.
   *
   * @param name the index name
   * @param global whether it is a global index
   * @param key its key attributes
   * @param projection its projection type
   * @param nonKeyAttributes the included non-key attributes
   * @param status a global index's status, or null
   * @param backfilling whether it is being filled
   * @param itemCount its item count
   * @param sizeBytes its size in bytes
   */
  public IndexDescription {
    Objects.requireNonNull(name, "name");
    key = List.copyOf(key);
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  /**
   * Whether queries on it see every item: a local index always, a global one once active and
   * filled.
   *
   * @return true if the index can be queried with complete answers
   */
  public boolean isReady() {
    return !global || (status == IndexStatus.ACTIVE && !backfilling);
  }
}
