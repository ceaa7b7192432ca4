package io.dynamap.example.it.faults;

import io.dynamap.example.Order;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.local.fault.InjectedFault;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Orders, clients through a {@link FaultyEndpoint}, and direct reads for the fault tests. */
final class Faults {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Faults() {}

  /** A proxy in front of the shared Dynamap Local. */
  static FaultPlan.Builder proxy(long seed) {
    return FaultPlan.builder().seed(seed);
  }

  /**
   * A Dynamap client for the proxy, with the shared server's dummy credentials and retries that
   * wait about a millisecond (tests that count retries need not wait for them).
   */
  static DynamapClients.Builder client(FaultyEndpoint proxy) {
    return DynamapClients.builder()
        .endpoint(proxy.endpoint())
        .credentials(LocalDynamoDb.credentials())
        .throttleRetryDelay(Duration.ofMillis(1))
        .errorRetryBaseDelay(Duration.ofMillis(1))
        .errorRetryMaxDelay(Duration.ofMillis(2));
  }

  /** A small order (about 150 bytes): 100 customers, one order a second. */
  static Order order(int i) {
    return new Order(
        "c-" + (i % 100),
        T0.plusSeconds(i),
        new UUID(0x5EED, i),
        OrderStatus.values()[i % OrderStatus.values().length],
        new BigDecimal(i + ".25"),
        i % 9,
        i % 2 == 0,
        i % 5 == 0 ? "note " + i : null);
  }

  static Map<String, AttributeValue> key(Order order) {
    return OrderSchema.INSTANCE.keyOf(order);
  }

  /**
   * Every item in the table, read straight from Dynamap Local (not through the proxy), decoded
   * and by key.
   *
   * @throws AssertionError if the scan returns a key twice
   */
  static <T> Map<Map<String, AttributeValue>, T> scanDirectly(
      DynamoDbClient direct, String table, ItemSchema<T> schema) {
    Map<Map<String, AttributeValue>, T> stored = new HashMap<>();
    direct
        .scanPaginator(scan -> scan.tableName(table))
        .items()
        .forEach(
            item -> {
              T entity = schema.fromItem(item);
              Map<String, AttributeValue> key = schema.keyOf(entity);
              if (stored.put(key, entity) != null) {
                throw new AssertionError("the scan returned " + key + " twice");
              }
            });
    return stored;
  }

  /** Every order in the table, read straight from Dynamap Local, by key. */
  static Map<Map<String, AttributeValue>, Order> scanDirectly(DynamoDbClient direct, String table) {
    return scanDirectly(direct, table, OrderSchema.INSTANCE);
  }

  /** The number of items in the table, counted by Dynamap Local itself ({@code Select=COUNT}). */
  static long countDirectly(DynamoDbClient direct, String table) {
    long count = 0;
    for (var page : direct.scanPaginator(scan -> scan.tableName(table).select(Select.COUNT))) {
      count += page.count();
    }
    return count;
  }

  /** How many items or keys the proxy returned unprocessed, over all its UNPROCESSED faults. */
  static long unprocessedByProxy(FaultyEndpoint proxy, String operation) {
    return proxy.faults().stream()
        .filter(f -> f.fault() == Fault.UNPROCESSED && f.operation().equals(operation))
        .mapToLong(InjectedFault::unprocessed)
        .sum();
  }

  /** The proxy's log in one line, for assertion messages. */
  static String describe(FaultyEndpoint proxy) {
    Map<Fault, Long> counts = new EnumMap<>(Fault.class);
    for (InjectedFault fault : proxy.faults()) {
      counts.merge(fault.fault(), 1L, Long::sum);
    }
    return "seed " + proxy.seed() + ", " + proxy.requests() + " requests, faults " + counts;
  }

  static List<Order> orders(int from, int to) {
    return IntStream.range(from, to).mapToObj(Faults::order).toList();
  }
}
