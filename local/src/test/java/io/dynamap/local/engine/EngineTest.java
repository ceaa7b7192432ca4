package io.dynamap.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final Engine engine =
      new Engine(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);

  private static Map<String, Value> item(Object... nameValues) {
    Map<String, Value> item = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      Object value = nameValues[i + 1];
      item.put((String) nameValues[i],
          value instanceof Value v ? v : value instanceof Number n ? Value.n(n.toString())
              : Value.s((String) value));
    }
    return item;
  }

  private Table hashRangeTable() {
    KeySchema key = KeySchema.of("pk", Value.Type.S, "sk", Value.Type.N);
    IndexDefinition byStatus = new IndexDefinition("byStatus", true,
        KeySchema.of("status", Value.Type.S, "sk", Value.Type.N), ProjectionType.KEYS_ONLY,
        List.of(), null);
    Map<String, Value.Type> attributes = new LinkedHashMap<>();
    attributes.put("pk", Value.Type.S);
    attributes.put("sk", Value.Type.N);
    attributes.put("status", Value.Type.S);
    return engine.createTable(new TableDefinition("t", key, attributes, List.of(byStatus),
        List.of(), BillingMode.PAY_PER_REQUEST, Throughput.ON_DEMAND, null));
  }

  private static void put(Table table, Map<String, Value> item) {
    PrimaryKey key = table.definition().validateItem(item);
    table.mutate(key, current -> item);
  }

  @Test
  void partitionItemsComeInSortOrder() {
    Table table = hashRangeTable();
    for (int sk : new int[] {10, -3, 2, 100, 0}) {
      put(table, item("pk", "a", "sk", sk));
      put(table, item("pk", "b", "sk", sk));
    }
    List<String> sorts = new ArrayList<>();
    table.partition(Value.s("a")).values()
        .forEach(i -> sorts.add(((Value.N) i.get("sk")).text()));
    assertEquals(List.of("-3", "0", "2", "10", "100"), sorts);
    assertEquals(10, table.itemCount());
  }

  @Test
  void indexIsSparseProjectedAndFollowsWrites() {
    Table table = hashRangeTable();
    put(table, item("pk", "a", "sk", 1, "status", "open", "other", "x"));
    put(table, item("pk", "a", "sk", 2));
    SecondaryIndex index = table.index("byStatus");
    assertEquals(1, index.itemCount());
    List<Value> open = List.of(Value.s("open"));
    Map<String, Value> entry = index.partition(open).firstEntry().getValue();
    assertEquals(item("pk", "a", "sk", 1, "status", "open"), entry);

    put(table, item("pk", "a", "sk", 1, "status", "closed"));
    assertTrue(index.partition(open).isEmpty());
    assertEquals(1, index.partition(List.of(Value.s("closed"))).size());
    assertEquals(ItemSize.of(item("pk", "a", "sk", 1, "status", "closed")), index.sizeBytes());

    table.mutate(new PrimaryKey(Value.s("a"), Value.n(1)), current -> null);
    assertEquals(0, index.itemCount());
    assertEquals(0, index.sizeBytes());
  }

  @Test
  void tableSizeFollowsWrites() {
    Table table = hashRangeTable();
    Map<String, Value> first = item("pk", "a", "sk", 1, "data", "hello");
    Map<String, Value> second = item("pk", "a", "sk", 1);
    put(table, first);
    assertEquals(ItemSize.of(first), table.sizeBytes());
    put(table, second);
    assertEquals(ItemSize.of(second), table.sizeBytes());
  }

  @Test
  void keyValidationUsesDynamoMessages() {
    TableDefinition definition = hashRangeTable().definition();
    assertMessage("One or more parameter values were invalid: Missing the key sk in the item",
        () -> definition.validateItem(item("pk", "a")));
    assertMessage("One or more parameter values were invalid: Type mismatch for key pk expected: S"
        + " actual: N", () -> definition.validateItem(item("pk", 1, "sk", 1)));
    assertMessage("One or more parameter values are not valid. The AttributeValue for a key"
        + " attribute cannot contain an empty string value. Key: pk",
        () -> definition.validateItem(item("pk", "", "sk", 1)));
    assertMessage("One or more parameter values were invalid: Type mismatch for Index Key status"
        + " Expected: S Actual: N IndexName: byStatus",
        () -> definition.validateItem(item("pk", "a", "sk", 1, "status", 3)));
    assertMessage("One or more parameter values were invalid: Size of hashkey has exceeded the"
        + " maximum size limit of2048 bytes",
        () -> definition.validateItem(item("pk", "x".repeat(2049), "sk", 1)));
    assertMessage("The provided key element does not match the schema",
        () -> definition.keySchema().keyOfKey(item("pk", "a")));
    assertMessage("The provided key element does not match the schema",
        () -> definition.keySchema().keyOfKey(item("pk", "a", "sk", "1")));
  }

  private static void assertMessage(String message, Runnable action) {
    DynamoException error = assertThrows(DynamoException.class, action::run);
    assertEquals("ValidationException", error.type());
    assertEquals(message, error.getMessage());
  }

  @Test
  void concurrentReadModifyWritesAreAtomic() throws Exception {
    Table table = hashRangeTable();
    put(table, item("pk", "counter", "sk", 0, "n", 0));
    PrimaryKey key = new PrimaryKey(Value.s("counter"), Value.n(0));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 500; i++) {
          table.mutate(key, current -> {
            Map<String, Value> next = new LinkedHashMap<>(current);
            BigDecimal n = ((Value.N) current.get("n")).value();
            next.put("n", new Value.N(n.add(BigDecimal.ONE)));
            return next;
          });
        }
      }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(Value.n(4000), table.get(key).get("n"));
  }

  @Test
  void indexesMatchTheTableAfterConcurrentWrites() throws Exception {
    Table table = hashRangeTable();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int seed = t;
      futures.add(pool.submit(() -> {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 500; i++) {
          int sk = random.nextInt(20);
          PrimaryKey key = new PrimaryKey(Value.s("p" + random.nextInt(3)), Value.n(sk));
          int choice = random.nextInt(3);
          table.mutate(key, current -> choice == 0 ? null
              : item("pk", ((Value.S) key.partition()).value(), "sk", sk,
                  "status", choice == 1 ? "open" : "closed"));
        }
      }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    SecondaryIndex index = table.index("byStatus");
    assertEquals(table.itemCount(), index.itemCount());
    long expectedSize = 0;
    for (Map<String, Value> stored : table.items().values()) {
      expectedSize += ItemSize.of(stored);
    }
    assertEquals(expectedSize, table.sizeBytes());
    assertEquals(expectedSize, index.sizeBytes(), "KEYS_ONLY holds every attribute here");
  }

  @Test
  void lockingSeveralKeysInAnyOrderDoesNotDeadlock() throws Exception {
    Table table = hashRangeTable();
    List<ItemKey> keys = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      keys.add(table.itemKey(new PrimaryKey(Value.s("k" + i), Value.n(i))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int shift = t;
      futures.add(pool.submit(() -> {
        for (int round = 0; round < 300; round++) {
          List<ItemKey> rotated = new ArrayList<>(keys);
          java.util.Collections.rotate(rotated, shift * 5 + round);
          try (KeyLocks.Held held = engine.lockKeys(rotated.subList(0, 7))) {
            for (ItemKey key : rotated.subList(0, 7)) {
              table.write(key.key(), item("pk", ((Value.S) key.key().partition()).value(),
                  "sk", key.key().sort()));
            }
          }
        }
      }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(20, table.itemCount());
  }

  @Test
  void writeWithoutTheLockIsAProgrammingError() {
    Table table = hashRangeTable();
    assertThrows(IllegalStateException.class,
        () -> table.write(new PrimaryKey(Value.s("a"), Value.n(1)), item("pk", "a", "sk", 1)));
  }

  @Test
  void sweepDeletesExpiredItemsOnly() {
    Table table = hashRangeTable();
    long now = NOW.getEpochSecond();
    put(table, item("pk", "past", "sk", 1, "ttl", now - 10));
    put(table, item("pk", "now", "sk", 1, "ttl", now));
    put(table, item("pk", "future", "sk", 1, "ttl", now + 10));
    put(table, item("pk", "ancient", "sk", 1, "ttl", now - 6L * 365 * 86400));
    put(table, item("pk", "text", "sk", 1, "ttl", "1"));
    assertEquals(0, engine.sweepExpiredItems(), "TTL not enabled yet");
    table.setTimeToLive(new Table.TimeToLive(true, "ttl"));
    assertEquals(2, engine.sweepExpiredItems());
    assertNull(table.get(new PrimaryKey(Value.s("past"), Value.n(1))));
    assertEquals(3, table.itemCount());
  }

  @Test
  void backgroundSweeperDeletesExpiredItems() throws Exception {
    Table table = hashRangeTable();
    table.setTimeToLive(new Table.TimeToLive(true, "ttl"));
    put(table, item("pk", "past", "sk", 1, "ttl", NOW.getEpochSecond() - 10));
    try (AutoCloseable sweeper = engine.startTtlSweeper(Duration.ofMillis(5))) {
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (table.itemCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    }
    assertEquals(0, table.itemCount());
  }

  @Test
  void addedGlobalIndexIsBackfilled() {
    Table table = hashRangeTable();
    put(table, item("pk", "a", "sk", 1, "color", "red"));
    put(table, item("pk", "a", "sk", 2));
    Map<String, Value.Type> attributes = new LinkedHashMap<>(table.definition()
        .attributeDefinitions());
    attributes.put("color", Value.Type.S);
    table.addGlobalIndex(new IndexDefinition("byColor", true, KeySchema.of("color", Value.Type.S),
        ProjectionType.ALL, List.of(), null), attributes, System.nanoTime());
    assertEquals(1, table.index("byColor").itemCount());
    table.removeGlobalIndex("byColor", attributes, System.nanoTime() + 1_000_000_000L);
    assertNull(table.index("byColor"));
    assertEquals("byColor", table.deletingIndexes().get(0).definition().name());
  }

  @Test
  void createdTableIsUsableOnceActive() {
    Engine slow = new Engine(Clock.systemUTC(), Duration.ofSeconds(60));
    slow.createTable(TableDefinition.simple("t", KeySchema.of("id", Value.Type.S)));
    assertEquals(TableStatus.CREATING, slow.findTable("t").status());
    assertThrows(DynamoException.class, () -> slow.usableTable("t"));
    assertThrows(DynamoException.class,
        () -> slow.createTable(TableDefinition.simple("t", KeySchema.of("id", Value.Type.S))));
    hashRangeTable();
    assertEquals(TableStatus.ACTIVE, engine.usableTable("t").status());
  }

  @Test
  void numbersSerializeAsDynamoDbKeys() {
    assertEquals("80", hex(KeyHash.numberBytes(BigDecimal.ZERO)));
    // 1 = 0.1e1: exponent 1 is odd, so a zero is prepended: pairs "01" -> byte 2
    assertEquals("c102", hex(KeyHash.numberBytes(BigDecimal.ONE)));
    assertEquals("c20c22", hex(KeyHash.numberBytes(new BigDecimal("1133"))));
    // negatives invert the exponent byte, digits as 101 - pair, then the terminator 102
    assertEquals("3e6466", hex(KeyHash.numberBytes(new BigDecimal("-1"))));
    assertEquals("c10d33", hex(KeyHash.numberBytes(new BigDecimal("12.5"))));
    assertEquals("405b66", hex(KeyHash.numberBytes(new BigDecimal("-0.001"))));
    assertEquals("cf0d23394f5b0d23394f5b0d23394f5b",
        hex(KeyHash.numberBytes(new BigDecimal("123456789012345678901234567890"))));
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(String.format("%02x", b & 0xff));
    }
    return text.toString();
  }
}
