package io.dynamap.local.engine;

import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A table: its definition and status, its items in key order and its secondary indexes.
 *
 * <p>Reads need no lock (they see each item whole, an index possibly a moment behind its table, as
 * DynamoDB's indexes are). Every write goes through {@link #write}, which must run under the item
 * key's lock ({@link Engine#lockKeys}); {@link #mutate} takes it for single-item operations.
 */
public final class Table {
  private final String name;
  private final String arn;
  private final String tableId;
  private final Instant creationTime;
  private final KeyLocks locks;
  private final ConcurrentSkipListMap<PrimaryKey, Map<String, Value>> items =
      new ConcurrentSkipListMap<>();
  /** The indexes maintained on writes; iteration order is not significant. */
  private final Map<String, SecondaryIndex> indexes =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicLong sizeBytes = new AtomicLong();

  private volatile TableDefinition definition;
  /** The status shown until {@link #transitionUntilNanos}, then ACTIVE. */
  private volatile TableStatus transitionStatus;
  private volatile long transitionUntilNanos;
  /** Global indexes being deleted: shown as DELETING until the given time, no longer maintained. */
  private final Map<String, DeletingIndex> deletingIndexes =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile Instant billingModeChangedAt;
  private volatile Boolean deletionProtection;
  private volatile TimeToLive timeToLive = TimeToLive.DISABLED;
  private final Map<String, String> tags = Collections.synchronizedMap(new LinkedHashMap<>());

  Table(TableDefinition definition, String arn, String tableId, Instant creationTime,
      KeyLocks locks, long creatingUntilNanos) {
    this.name = definition.name();
    this.definition = definition;
    this.arn = arn;
    this.tableId = tableId;
    this.creationTime = creationTime;
    this.locks = locks;
    this.transitionStatus = TableStatus.CREATING;
    this.transitionUntilNanos = creatingUntilNanos;
    this.billingModeChangedAt = creationTime;
    for (IndexDefinition index : definition.indexes()) {
      indexes.put(index.name(), new SecondaryIndex(index, definition.keySchema(), 0));
    }
  }

  /** A table's time-to-live setting. */
  public record TimeToLive(boolean enabled, String attributeName) {
    public static final TimeToLive DISABLED = new TimeToLive(false, null);
  }

  public String name() {
    return name;
  }

  public String arn() {
    return arn;
  }

  public String tableId() {
    return tableId;
  }

  public Instant creationTime() {
    return creationTime;
  }

  public TableDefinition definition() {
    return definition;
  }

  public KeySchema keySchema() {
    return definition.keySchema();
  }

  /** CREATING or UPDATING for a short while after CreateTable or UpdateTable, then ACTIVE. */
  public TableStatus status() {
    TableStatus shown = transitionStatus;
    if (shown != TableStatus.ACTIVE && System.nanoTime() - transitionUntilNanos >= 0) {
      transitionStatus = TableStatus.ACTIVE;
      return TableStatus.ACTIVE;
    }
    return shown;
  }

  /** Shows {@code status} until {@code untilNanos} ({@link System#nanoTime}), then ACTIVE. */
  public void startTransition(TableStatus status, long untilNanos) {
    transitionUntilNanos = untilNanos;
    transitionStatus = status;
  }

  public long itemCount() {
    return items.size();
  }

  public long sizeBytes() {
    return sizeBytes.get();
  }

  public TimeToLive timeToLive() {
    return timeToLive;
  }

  public void setTimeToLive(TimeToLive setting) {
    this.timeToLive = setting;
  }

  /** The tags, a copy in the order they were added. */
  public Map<String, String> tags() {
    synchronized (tags) {
      return new LinkedHashMap<>(tags);
    }
  }

  public void tag(Map<String, String> added) {
    tags.putAll(added);
  }

  public void untag(List<String> keys) {
    keys.forEach(tags::remove);
  }

  // ---- items ----

  /** The item of that key, or null. */
  public Map<String, Value> get(PrimaryKey key) {
    return items.get(key);
  }

  /**
   * The item of that key read under its lock: never between the writes of a transaction holding
   * it, so GetItem is serializable with transactions as in DynamoDB.
   */
  public Map<String, Value> getLocked(PrimaryKey key) {
    try (KeyLocks.Held held = locks.lock(List.of(itemKey(key)))) {
      return items.get(key);
    }
  }

  /** All items in the table's (scan) order; read-only. */
  public NavigableMap<PrimaryKey, Map<String, Value>> items() {
    return Collections.unmodifiableNavigableMap(items);
  }

  /** The items of one partition, in sort key order; read-only. */
  public NavigableMap<PrimaryKey, Map<String, Value>> partition(Value partitionValue) {
    return items().subMap(PrimaryKey.partitionStart(partitionValue), true,
        PrimaryKey.partitionEnd(partitionValue), true);
  }

  /** The address of a key of this table, for {@link Engine#lockKeys}. */
  public ItemKey itemKey(PrimaryKey key) {
    return new ItemKey(name, key);
  }

  /**
   * Stores {@code newItem} under {@code key} (null deletes it) and updates every index; returns the
   * previous item or null. The caller holds the key's lock and has validated the item ({@link
   * TableDefinition#validateItem}, size limit).
   *
   * @throws IllegalStateException if the key's lock is not held
   */
  public Map<String, Value> write(PrimaryKey key, Map<String, Value> newItem) {
    if (!locks.isHeldByCurrentThread(itemKey(key))) {
      throw new IllegalStateException("write without holding the lock of " + key);
    }
    // A copy: the caller's map may change afterwards, a stored item never does.
    Map<String, Value> stored =
        newItem == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(newItem));
    Map<String, Value> old = stored == null ? items.remove(key) : items.put(key, stored);
    if (old != null) {
      sizeBytes.addAndGet(-ItemSize.of(old));
    }
    if (stored != null) {
      sizeBytes.addAndGet(ItemSize.of(stored));
    }
    for (SecondaryIndex index : indexes.values()) {
      index.replace(key, old, stored);
    }
    return old;
  }

  /** What a write changed: the item before (null if none) and after (null if deleted). */
  public record WriteResult(Map<String, Value> oldItem, Map<String, Value> newItem) {}

  /**
   * Reads the item under its key's lock, computes the new one and writes it: the primitive of
   * single-item operations. {@code change} gets the current item (null if none) and returns the
   * new item, null to delete, or the same instance to leave the item as it is; it may throw (a
   * failed condition) to abort without writing.
   */
  public WriteResult mutate(PrimaryKey key, UnaryOperator<Map<String, Value>> change) {
    try (KeyLocks.Held held = locks.lock(List.of(itemKey(key)))) {
      Map<String, Value> current = items.get(key);
      Map<String, Value> next = change.apply(current);
      if (next == current) {
        return new WriteResult(current, current);
      }
      write(key, next);
      return new WriteResult(current, next == null ? null : items.get(key));
    }
  }

  // ---- indexes ----

  /**
   * The queryable index of that name: null where the table has none, or it is being deleted.
   * (An index still CREATING is returned; callers refuse it if they must.)
   */
  public SecondaryIndex index(String indexName) {
    if (definition.index(indexName) == null) {
      return null;
    }
    return indexes.get(indexName);
  }

  /** The definition's indexes with their stored data, in definition order. */
  public List<SecondaryIndex> indexes() {
    List<SecondaryIndex> result = new ArrayList<>();
    for (IndexDefinition index : definition.indexes()) {
      SecondaryIndex data = indexes.get(index.name());
      if (data != null) {
        result.add(data);
      }
    }
    return result;
  }

  /** A global index being deleted, shown as DELETING until {@code untilNanos}. */
  public record DeletingIndex(IndexDefinition definition, long untilNanos) {}

  /** Global indexes still shown as DELETING. */
  public List<DeletingIndex> deletingIndexes() {
    long now = System.nanoTime();
    deletingIndexes.values().removeIf(index -> now - index.untilNanos() >= 0);
    return new ArrayList<>(deletingIndexes.values());
  }

  /** Whether deletion protection is on; null where no request ever set it. */
  public Boolean deletionProtection() {
    return deletionProtection;
  }

  public void setDeletionProtection(Boolean enabled) {
    this.deletionProtection = enabled;
  }

  /** When the billing mode last changed (the creation time if never). */
  public Instant billingModeChangedAt() {
    return billingModeChangedAt;
  }

  public void setBillingModeChangedAt(Instant time) {
    this.billingModeChangedAt = time;
  }

  /**
   * Replaces the definition (UpdateTable): billing, throughput, stream or attribute definitions.
   * Index additions and deletions go through {@link #addGlobalIndex} and {@link
   * #removeGlobalIndex}.
   */
  public synchronized void redefine(TableDefinition newDefinition) {
    this.definition = newDefinition;
  }

  /**
   * Adds a global index and fills it from the existing items (each under its key's lock, so writes
   * running meanwhile are neither missed nor overwritten); it shows CREATING until {@code
   * creatingUntilNanos}.
   */
  public void addGlobalIndex(IndexDefinition index, Map<String, Value.Type> attributeDefinitions,
      long creatingUntilNanos) {
    SecondaryIndex data = new SecondaryIndex(index, keySchema(), creatingUntilNanos);
    synchronized (this) {
      indexes.put(index.name(), data);
      List<IndexDefinition> globals = new ArrayList<>(definition.globalIndexes());
      globals.add(index);
      definition = definition.withGlobalIndexes(globals)
          .withAttributeDefinitions(attributeDefinitions);
    }
    for (PrimaryKey key : items.keySet()) {
      try (KeyLocks.Held held = locks.lock(List.of(itemKey(key)))) {
        Map<String, Value> item = items.get(key);
        if (item != null) {
          data.replace(key, null, item);
        }
      }
    }
  }

  /** Removes a global index; it shows as DELETING until {@code deletingUntilNanos}. */
  public synchronized void removeGlobalIndex(String indexName,
      Map<String, Value.Type> attributeDefinitions, long deletingUntilNanos) {
    IndexDefinition removed = definition.index(indexName);
    List<IndexDefinition> globals = new ArrayList<>(definition.globalIndexes());
    globals.removeIf(index -> index.name().equals(indexName));
    definition = definition.withGlobalIndexes(globals)
        .withAttributeDefinitions(attributeDefinitions);
    indexes.remove(indexName);
    if (removed != null) {
      deletingIndexes.put(indexName, new DeletingIndex(removed, deletingUntilNanos));
    }
  }
}
