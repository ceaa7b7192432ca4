package io.dynamap.local.engine;

import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueOrder;
import java.util.Objects;

/**
 * Where an item sits in a secondary index: by the index's partition (hashed, as tables are), the
 * index's sort value, then the item's table key (hashed) so that items sharing index keys are
 * distinct entries.
 */
public final class IndexEntryKey implements Comparable<IndexEntryKey> {
  private static final int LOWEST = -1;
  private static final int HIGHEST = 1;

  private final Value partition;
  private final Value sort;
  private final PrimaryKey tableKey;
  private final int partitionHash;
  private final int tableKeyHash;
  private final int bound;

  public IndexEntryKey(Value partition, Value sort, PrimaryKey tableKey) {
    this(partition, sort, tableKey, 0);
  }

  private IndexEntryKey(Value partition, Value sort, PrimaryKey tableKey, int bound) {
    this.partition = Objects.requireNonNull(partition, "partition");
    this.sort = sort;
    this.tableKey = tableKey;
    this.partitionHash = KeyHash.of(partition, null);
    this.tableKeyHash = tableKey == null ? 0 : KeyHash.of(tableKey.partition(), tableKey.sort());
    this.bound = bound;
  }

  static IndexEntryKey partitionStart(Value partition) {
    return new IndexEntryKey(partition, null, null, LOWEST);
  }

  static IndexEntryKey partitionEnd(Value partition) {
    return new IndexEntryKey(partition, null, null, HIGHEST);
  }

  public Value partition() {
    return partition;
  }

  /** The index sort value, or null for an index without sort key. */
  public Value sort() {
    return sort;
  }

  /** The key of the item in its table. */
  public PrimaryKey tableKey() {
    return tableKey;
  }

  public int partitionHash() {
    return partitionHash;
  }

  @Override
  public int compareTo(IndexEntryKey other) {
    int result = Integer.compare(partitionHash, other.partitionHash);
    if (result == 0) {
      result = ValueOrder.compare(partition, other.partition);
    }
    if (result != 0) {
      return result;
    }
    if (bound != 0 || other.bound != 0) {
      return Integer.compare(bound, other.bound);
    }
    result = PrimaryKey.compareNullable(sort, other.sort);
    if (result == 0) {
      result = Integer.compare(tableKeyHash, other.tableKeyHash);
    }
    if (result == 0) {
      result = ValueOrder.compare(tableKey.partition(), other.tableKey.partition());
    }
    if (result == 0) {
      result = PrimaryKey.compareNullable(tableKey.sort(), other.tableKey.sort());
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndexEntryKey that && compareTo(that) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(partition, sort, tableKey);
  }

  @Override
  public String toString() {
    return partition + "/" + sort + " -> " + tableKey;
  }
}
