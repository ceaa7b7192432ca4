package io.dynamap.runtime.core;

import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Objects;

/**
 * What a batch getter's caller asks for items with: the repository or {@link EntityTable} the keys
 * were given with, and the projection they were read through, if any. Both are compared by
 * identity, so that two equal entity tables given apart keep their items apart, and the same
 * repository read whole and through a projection gives two sets of items.
 *
 * @param owner the repository or entity table the keys were given with; not null
 * @param projection the projection the items are decoded with, or {@code null} for whole items
 */
public record BatchHandle(Object owner, ProjectionSchema<?, ?> projection) {
  /**
   * Checks the owner.
   *
   * @param owner the repository or entity table the keys were given with; not null
   * @param projection the projection the items are decoded with, or {@code null} for whole items
   */
  public BatchHandle {
    Objects.requireNonNull(owner, "repository");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchHandle handle
        && handle.owner == owner
        && handle.projection == projection;
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(owner) + System.identityHashCode(projection);
  }
}
