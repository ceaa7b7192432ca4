package io.dynamap.local.engine;

import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an item sits in a secondary index: by the index's partition (hashed, as tables are), the
 * index's sort values, then the item's table key (hashed) so that items sharing index keys are
 * distinct entries. A multi-attribute partition is its values together; multi-attribute sort
 * values order by the first, then the second, and so on, each in DynamoDB's order for its type
 * (developer guide, <em>Using Global Secondary Indexes</em>, "Multi-attribute key schema":
 * "maintaining hierarchical sort order across multiple sort key attributes").
 */
public final class IndexEntryKey implements Comparable<IndexEntryKey> {
  private static final int LOWEST = -1;
  private static final int HIGHEST = 1;

  private final List<Value> partition;
  private final List<Value> sort;
  private final PrimaryKey tableKey;
  private final int partitionHash;
  private final int tableKeyHash;
  private final int bound;

  /**
   * @param partition the index's partition attribute values, in key schema order
   * @param sort the index's sort attribute values in key schema order (empty without sort key)
   */
  public IndexEntryKey(List<Value> partition, List<Value> sort, PrimaryKey tableKey) {
    this(partition, sort, tableKey, 0);
  }

  private IndexEntryKey(List<Value> partition, List<Value> sort, PrimaryKey tableKey, int bound) {
    this.partition = List.copyOf(partition);
    this.sort = List.copyOf(sort);
    this.tableKey = tableKey;
    this.partitionHash = KeyHash.of(this.partition);
    this.tableKeyHash = tableKey == null ? 0 : KeyHash.of(tableKey.partition(), tableKey.sort());
    this.bound = bound;
  }

  /** The entry key of a key map holding (at least) every attribute of the index's schema. */
  public static IndexEntryKey of(KeySchema schema, Map<String, Value> keys, PrimaryKey tableKey) {
    return new IndexEntryKey(schema.partitionValues(keys), schema.sortValues(keys), tableKey);
  }

  static IndexEntryKey partitionStart(List<Value> partition) {
    return new IndexEntryKey(partition, List.of(), null, LOWEST);
  }

  static IndexEntryKey partitionEnd(List<Value> partition) {
    return new IndexEntryKey(partition, List.of(), null, HIGHEST);
  }

  /** The index partition attribute values. */
  public List<Value> partition() {
    return partition;
  }

  /** The index sort attribute values, empty for an index without sort key. */
  public List<Value> sort() {
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
      result = compareValues(partition, other.partition);
    }
    if (result != 0) {
      return result;
    }
    if (bound != 0 || other.bound != 0) {
      return Integer.compare(bound, other.bound);
    }
    result = compareValues(sort, other.sort);
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

  /** Orders value lists element by element (the lists of one index have the same length). */
  private static int compareValues(List<Value> a, List<Value> b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int result = ValueOrder.compare(a.get(i), b.get(i));
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(a.size(), b.size());
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
