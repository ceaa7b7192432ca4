package io.dynamap.example.it.version;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import io.dynamap.annotations.Version;

/** A versioned counter, for optimistic locking. */
@Table(name = "Counters")
public record Counter(@PartitionKey String id, long count, @Version long version) {

  /** This counter with another count, same version. */
  public Counter withCount(long newCount) {
    return new Counter(id, newCount, version);
  }
}
