package io.dynamap.runtime.error;

import io.dynamap.runtime.schema.ItemSchema;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A write of a {@code @Version}ed entity found another version stored than the one the entity was
 * read with (or found an item where a new one was being created, or none where one was expected):
 * another writer got there first, and nothing was written.
 *
 * <p>{@link #item(ItemSchema) item(schema())} is the item as it is now (empty if there is none), so
 * a retry need not read it again:
 *
 * <pre>{@code
 * try {
 *   counter = counters.save(counter.withCount(counter.count() + 1));
 * } catch (OptimisticLockException e) {
 *   Counter current = e.item(counters.schema()).orElseThrow();
 *   // apply the change to current, and save again
 * }
 * }</pre>
 */
public class OptimisticLockException extends ConditionFailedException {
  private static final long serialVersionUID = 1L;

  /** The version the written entity had. */
  private final long expectedVersion;

  /**
   * Made when the condition of a versioned write fails because another version is stored.
   *
   * @param message what failed
   * @param cause the SDK's {@code ConditionalCheckFailedException}
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tableName the table
   * @param expectedVersion the version the entity had, which was not the stored one
   */
  public OptimisticLockException(
      String message, SdkException cause, String operation, String tableName, long expectedVersion) {
    super(message, cause, operation, tableName);
    this.expectedVersion = expectedVersion;
  }

  /**
   * The version the written entity had ({@code 0} for a new one), which was not the stored one.
   *
   * @return the expected version, 0 or more
   */
  public long expectedVersion() {
    return expectedVersion;
  }
}
