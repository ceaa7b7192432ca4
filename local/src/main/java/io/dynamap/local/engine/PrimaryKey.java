package io.dynamap.local.engine;

import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueOrder;
import java.util.Objects;

/**
 * The key of an item within one table: its partition value and its sort value (null for a table
 * without sort key). Keys order as a table's items are stored: by a hash of the partition value
 * (as DynamoDB spreads partitions, so scans are not in key order), then the partition value, then
 * the sort value in DynamoDB's order.
 */
public final class PrimaryKey implements Comparable<PrimaryKey> {
  /** Orders the sort bounds used to address a whole partition. */
  private static final int LOWEST = -1;
  private static final int HIGHEST = 1;

  private final Value partition;
  private final Value sort;
  private final int partitionHash;
  /** 0 for a real key; LOWEST or HIGHEST for a bound before or after a partition's items. */
  private final int bound;

  public PrimaryKey(Value partition, Value sort) {
    this(partition, sort, 0);
  }

  private PrimaryKey(Value partition, Value sort, int bound) {
    this.partition = Objects.requireNonNull(partition, "partition");
    this.sort = sort;
    this.partitionHash = KeyHash.of(partition, null);
    this.bound = bound;
  }

  /** A key ordered before every item of a partition. */
  static PrimaryKey partitionStart(Value partition) {
    return new PrimaryKey(partition, null, LOWEST);
  }

  /** A key ordered after every item of a partition. */
  static PrimaryKey partitionEnd(Value partition) {
    return new PrimaryKey(partition, null, HIGHEST);
  }

  public Value partition() {
    return partition;
  }

  /** The sort value, or null where the table has no sort key. */
  public Value sort() {
    return sort;
  }

  /** The 24-bit hash of the partition value that places it in the table's (and a scan's) order. */
  public int partitionHash() {
    return partitionHash;
  }

  @Override
  public int compareTo(PrimaryKey other) {
    int byHash = Integer.compare(partitionHash, other.partitionHash);
    if (byHash != 0) {
      return byHash;
    }
    int byPartition = ValueOrder.compare(partition, other.partition);
    if (byPartition != 0) {
      return byPartition;
    }
    if (bound != 0 || other.bound != 0) {
      return Integer.compare(bound, other.bound);
    }
    return compareNullable(sort, other.sort);
  }

  static int compareNullable(Value a, Value b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return ValueOrder.compare(a, b);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PrimaryKey that && bound == that.bound
        && partition.equals(that.partition) && Objects.equals(sort, that.sort);
  }

  @Override
  public int hashCode() {
    return partition.hashCode() * 31 + Objects.hashCode(sort);
  }

  @Override
  public String toString() {
    return sort == null ? String.valueOf(partition) : partition + "/" + sort;
  }
}
