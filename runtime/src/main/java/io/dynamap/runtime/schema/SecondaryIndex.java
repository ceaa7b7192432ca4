package io.dynamap.runtime.schema;

import java.util.Objects;

/**
 * A secondary index of entity type {@code T}, as generated key classes name it ({@code
 * OrderKeys.BY_STATUS}), so that an index is scanned by a name the compiler checks: {@code
 * orders.scan(OrderKeys.BY_STATUS)}.
 *
 * @param <T> the entity type whose table the index belongs to
 * @param name the index name
 * @param global whether it is a global secondary index (which refuses consistent reads)
 */
public record SecondaryIndex<T>(String name, boolean global) {
  /**
   * Checks the name is given.
   *
   * @param name the index name
   * @param global whether it is a global secondary index
   */
  public SecondaryIndex {
    Objects.requireNonNull(name, "name");
  }
}
