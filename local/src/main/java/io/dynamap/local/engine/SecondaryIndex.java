package io.dynamap.local.engine;

import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stored entries of one secondary index, sparse (only items having all its key attributes),
 * each the item's projection. Maintained by {@link Table} on every write, under the item's lock.
 */
public final class SecondaryIndex {
  private final String name;
  private final KeySchema keySchema;
  private final IndexDefinition definition;
  private final KeySchema tableKey;
  private final ConcurrentSkipListMap<IndexEntryKey, Map<String, Value>> entries =
      new ConcurrentSkipListMap<>();
  private final AtomicLong sizeBytes = new AtomicLong();
  /** Until then (System.nanoTime) the index shows as CREATING; 0 once settled. */
  private volatile long creatingUntilNanos;

  SecondaryIndex(IndexDefinition definition, KeySchema tableKey, long creatingUntilNanos) {
    this.name = definition.name();
    this.keySchema = definition.keySchema();
    this.definition = definition;
    this.tableKey = tableKey;
    this.creatingUntilNanos = creatingUntilNanos;
  }

  public String name() {
    return name;
  }

  public KeySchema keySchema() {
    return keySchema;
  }

  /** The entries in the index's order; read-only for callers. */
  public NavigableMap<IndexEntryKey, Map<String, Value>> entries() {
    return java.util.Collections.unmodifiableNavigableMap(entries);
  }

  /**
   * The entries of one index partition (its partition attribute values, in key schema order), in
   * sort order.
   */
  public NavigableMap<IndexEntryKey, Map<String, Value>> partition(List<Value> partitionValues) {
    return entries().subMap(IndexEntryKey.partitionStart(partitionValues), true,
        IndexEntryKey.partitionEnd(partitionValues), true);
  }

  public long itemCount() {
    return entries.size();
  }

  public long sizeBytes() {
    return sizeBytes.get();
  }

  /** CREATING while (re)building after UpdateTable, else ACTIVE. */
  public TableStatus status() {
    long until = creatingUntilNanos;
    if (until != 0 && System.nanoTime() - until < 0) {
      return TableStatus.CREATING;
    }
    creatingUntilNanos = 0;
    return TableStatus.ACTIVE;
  }

  /** The entry key of an item, or null where the item lacks an index key attribute. */
  IndexEntryKey entryKey(Map<String, Value> item, PrimaryKey itemKey) {
    if (item == null || !keySchema.coversItem(item)) {
      return null;
    }
    return IndexEntryKey.of(keySchema, item, itemKey);
  }

  /** Replaces an item's entry: the old item's removed, the new one's added. */
  void replace(PrimaryKey itemKey, Map<String, Value> oldItem, Map<String, Value> newItem) {
    IndexEntryKey oldEntry = entryKey(oldItem, itemKey);
    if (oldEntry != null) {
      Map<String, Value> removed = entries.remove(oldEntry);
      if (removed != null) {
        sizeBytes.addAndGet(-ItemSize.of(removed));
      }
    }
    IndexEntryKey newEntry = entryKey(newItem, itemKey);
    if (newEntry != null) {
      Map<String, Value> projected = definition.project(newItem, tableKey);
      Map<String, Value> previous = entries.put(newEntry, projected);
      if (previous != null) {
        sizeBytes.addAndGet(-ItemSize.of(previous));
      }
      sizeBytes.addAndGet(ItemSize.of(projected));
    }
  }
}
