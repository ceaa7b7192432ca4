package io.dynamap.local.engine;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The engine: a thread-safe registry of tables, the locks that make item writes atomic, the clock
 * of creation times and time to live, and the time-to-live sweep.
 *
 * <p>A unit of work writing several items (a transaction) locks all their keys at once with
 * {@link #lockKeys}, reads with {@link Table#get}, then writes with {@link Table#write}.
 */
public final class Engine {
  /** DynamoDB keeps items whose expiry is more than five years past (a likely unit mistake). */
  private static final Duration TTL_HORIZON = Duration.ofDays(5 * 365);

  private final Clock clock;
  private final Duration transitionDelay;
  private final String region;
  private final String accountId;
  private final KeyLocks locks = new KeyLocks();
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();

  /** An engine on the system clock, statuses settling after 5 ms, region us-east-1. */
  public Engine() {
    this(Clock.systemUTC(), Duration.ofMillis(5));
  }

  public Engine(Clock clock, Duration transitionDelay) {
    this(clock, transitionDelay, "us-east-1", "000000000000");
  }

  /**
   * @param transitionDelay how long tables stay CREATING or UPDATING and indexes CREATING or
   *     DELETING before becoming ACTIVE (or gone)
   * @param region and {@code accountId}: of table ARNs
   */
  public Engine(Clock clock, Duration transitionDelay, String region, String accountId) {
    this.clock = clock;
    this.transitionDelay = transitionDelay;
    this.region = region;
    this.accountId = accountId;
  }

  public Clock clock() {
    return clock;
  }

  public Duration transitionDelay() {
    return transitionDelay;
  }

  /** The {@link System#nanoTime} at which a transition started now settles. */
  public long transitionEnd() {
    return System.nanoTime() + transitionDelay.toNanos();
  }

  // ---- tables ----

  /**
   * Creates a table (status CREATING, then ACTIVE after the transition delay).
   *
   * @throws DynamoException {@code ResourceInUseException} if a table of that name exists
   */
  public Table createTable(TableDefinition definition) {
    String arn = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + definition.name();
    Table table = new Table(definition, arn, UUID.randomUUID().toString(), clock.instant(), locks,
        transitionEnd());
    if (tables.putIfAbsent(definition.name(), table) != null) {
      throw DynamoException.resourceInUse("Table already exists: " + definition.name());
    }
    return table;
  }

  /** The table of that name in any status, or null. */
  public Table findTable(String name) {
    return name == null ? null : tables.get(name);
  }

  /**
   * The table for item operations: refused as not found unless it exists and is ACTIVE or
   * UPDATING, as DynamoDB refuses a table still being created.
   */
  public Table usableTable(String name) {
    Table table = findTable(name);
    if (table == null || table.status() == TableStatus.CREATING
        || table.status() == TableStatus.DELETING) {
      throw DynamoException.tableNotFound();
    }
    return table;
  }

  /**
   * The table for table operations (DescribeTable, UpdateTable, ...), whatever its status.
   *
   * @throws DynamoException {@code Requested resource not found: Table: X not found}
   */
  public Table describedTable(String name) {
    Table table = findTable(name);
    if (table == null) {
      throw DynamoException.resourceNotFound(
          "Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  /** The table of an ARN, or null. */
  public Table tableByArn(String arn) {
    for (Table table : tables.values()) {
      if (table.arn().equals(arn)) {
        return table;
      }
    }
    return null;
  }

  /** Removes a table; returns it, or null if there was none. Its items go with it. */
  public Table deleteTable(String name) {
    return tables.remove(name);
  }

  /** Table names in DynamoDB's order (ascending). */
  public List<String> tableNames() {
    return new ArrayList<>(tables.keySet());
  }

  // ---- locking ----

  /**
   * Locks the keys (of any tables) in a fixed global order, so concurrent callers cannot deadlock;
   * close the result to unlock. Lock everything a unit of work writes in one call.
   */
  public KeyLocks.Held lockKeys(Collection<ItemKey> keys) {
    return locks.lock(keys);
  }

  // ---- time to live ----

  /**
   * Deletes the items whose time-to-live attribute (on tables with TTL enabled) is a number of
   * epoch seconds at or before now, and at most five years past, as DynamoDB's sweeper does.
   * Returns the number of items deleted.
   */
  public int sweepExpiredItems() {
    Instant now = clock.instant();
    BigDecimal nowSeconds = BigDecimal.valueOf(now.getEpochSecond());
    BigDecimal horizon = BigDecimal.valueOf(now.minus(TTL_HORIZON).getEpochSecond());
    int deleted = 0;
    for (Table table : tables.values()) {
      Table.TimeToLive ttl = table.timeToLive();
      if (!ttl.enabled()) {
        continue;
      }
      for (Map.Entry<PrimaryKey, Map<String, Value>> entry : table.items().entrySet()) {
        if (!isExpired(entry.getValue(), ttl.attributeName(), nowSeconds, horizon)) {
          continue;
        }
        Table.WriteResult result = table.mutate(entry.getKey(), current ->
            current != null && isExpired(current, ttl.attributeName(), nowSeconds, horizon)
                ? null : current);
        if (result.oldItem() != null && result.newItem() == null) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Runs {@link #sweepExpiredItems} every {@code interval} on a daemon thread until the returned
   * handle is closed (DynamoDB deletes expired items in the background, typically within days; a
   * local engine can do it at once).
   */
  public AutoCloseable startTtlSweeper(Duration interval) {
    java.util.concurrent.ScheduledExecutorService sweeper =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
          Thread thread = new Thread(task, "dynamap-local-ttl-sweeper");
          thread.setDaemon(true);
          return thread;
        });
    long millis = Math.max(1, interval.toMillis());
    sweeper.scheduleWithFixedDelay(this::sweepExpiredItems, millis, millis,
        java.util.concurrent.TimeUnit.MILLISECONDS);
    return sweeper::shutdownNow;
  }

  private static boolean isExpired(Map<String, Value> item, String attribute,
      BigDecimal nowSeconds, BigDecimal horizon) {
    Value value = item.get(attribute);
    if (!(value instanceof Value.N number)) {
      return false;
    }
    return number.value().compareTo(nowSeconds) <= 0 && number.value().compareTo(horizon) >= 0;
  }
}
