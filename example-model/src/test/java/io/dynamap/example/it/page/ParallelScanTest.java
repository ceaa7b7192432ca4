package io.dynamap.example.it.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.CustomerSchema;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.page.Page;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Parallel scans of 2,000 items in 4 segments: into one stream, or one consumer per segment. */
@DynamapLocalTest
class ParallelScanTest {
  private static final int ITEMS = 2_000;
  private static final Set<String> ALL_IDS =
      IntStream.range(0, ITEMS).mapToObj(ParallelScanTest::id).collect(Collectors.toSet());

  /** Filled once: every test only reads it. */
  private static String table;

  private final RequestLog log = new RequestLog();
  private DynamoDbClient logged;
  private CustomerRepository customers;

  @BeforeAll
  static void fill(DynamoDbClient client, TestTables tables) {
    table = tables.create(CustomerSchema.INSTANCE);
    CustomerRepository writer = new CustomerRepository(client, table);
    try (BatchWriter batch = BatchWriter.of(client)) {
      IntStream.range(0, ITEMS)
          .forEach(i -> batch.put(writer, new Customer(id(i), "name " + i, i + "@example.com", Instant.EPOCH)));
    }
  }

  @BeforeEach
  void logRequests(LocalDynamoDb local) {
    logged = log.client(local);
    customers = new CustomerRepository(logged, table);
  }

  @AfterEach
  void closeClient() {
    logged.close();
  }

  @Test
  void fourSegmentsIntoOneStreamReturnEveryItemExactlyOnce() {
    List<String> ids;
    try (Stream<Customer> all = customers.scan().segments(4).stream()) {
      ids = all.map(Customer::getCustomerId).toList();
    }
    assertEquals(ITEMS, ids.size());
    assertEquals(ALL_IDS, new HashSet<>(ids));
    Set<Integer> segments = log.scans().stream().map(ScanRequest::segment).collect(Collectors.toSet());
    assertEquals(Set.of(0, 1, 2, 3), segments);
    assertTrue(log.scans().stream().allMatch(s -> s.totalSegments() == 4));
  }

  @Test
  void perSegmentConsumersEachRunOnTheirSegmentsThreadOnly() {
    Map<Integer, List<String>> bySegment = new ConcurrentHashMap<>();
    Map<Integer, Set<String>> threads = new ConcurrentHashMap<>();

    customers.scan().segments(4).pageSize(100).forEachSegment(segment -> {
      List<String> mine = new ArrayList<>(); // no locking: only this segment's thread adds to it
      bySegment.put(segment, mine);
      return customer -> {
        mine.add(customer.getCustomerId());
        threads.computeIfAbsent(segment, s -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
      };
    });

    assertEquals(Set.of(0, 1, 2, 3), bySegment.keySet());
    List<String> all = bySegment.values().stream().flatMap(List::stream).toList();
    assertEquals(ITEMS, all.size(), "no item twice");
    assertEquals(ALL_IDS, new HashSet<>(all));
    assertTrue(bySegment.values().stream().filter(l -> !l.isEmpty()).count() >= 2, "the work is spread: " + sizes(bySegment));
    threads.forEach((segment, names) -> assertEquals(1, names.size(), "segment " + segment + " ran on " + names));
  }

  @Test
  void aLimitStopsAParallelScanAtExactlyNItems() {
    Set<String> some;
    try (Stream<Customer> first = customers.scan().segments(4).pageSize(50).limit(120).stream()) {
      some = first.map(Customer::getCustomerId).collect(Collectors.toSet());
    }
    assertEquals(120, some.size());
    AtomicInteger delivered = new AtomicInteger();
    customers.scan().segments(4).pageSize(50).limit(120).forEachSegment(segment -> customer -> delivered.incrementAndGet());
    assertEquals(120, delivered.get());
  }

  @Test
  void closingAStreamEarlyStopsItsThreads() throws InterruptedException {
    String prefix = "dynamap-scan-" + customers.tableName() + "-";
    try (Stream<Customer> all = customers.scan().segments(4).pageSize(10).stream()) {
      assertTrue(all.findFirst().isPresent());
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (scanThreads(prefix) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, scanThreads(prefix), "threads left running");
    assertTrue(log.scans().size() < ITEMS / 10, "stopped reading: " + log.scans().size() + " pages");
  }

  @Test
  void failuresStopTheOtherSegmentsAndReachTheCaller(DynamoDbClient client) {
    CustomerRepository missing = new CustomerRepository(client, "NoSuchTable_" + System.nanoTime());
    assertThrows(TableNotFoundException.class, () -> {
      try (Stream<Customer> all = missing.scan().segments(4).stream()) {
        all.count();
      }
    });
    assertThrows(TableNotFoundException.class, () -> missing.scan().segments(4).forEachSegment(s -> c -> {}));

    IllegalStateException boom = new IllegalStateException("consumer failed");
    AtomicBoolean returned = new AtomicBoolean();
    AtomicInteger afterReturn = new AtomicInteger();
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> customers.scan().segments(4).pageSize(20).forEachSegment(segment -> customer -> {
          if (returned.get()) {
            afterReturn.incrementAndGet();
          }
          if (segment == 2) {
            throw boom;
          }
        }));
    returned.set(true);
    assertSame(boom, thrown);
    assertEquals(0, afterReturn.get(), "no consumer runs once forEachSegment has thrown");
  }

  @Test
  void pagesAndCursorsAreForOneSegment() {
    assertThrows(IllegalStateException.class, () -> customers.scan().segments(2).pages());
    Page<Customer> first = customers.scan().pageSize(500).firstPage();
    assertThrows(IllegalStateException.class, () -> customers.scan().segments(2).startingAfter(first.cursor().orElseThrow()).stream());
    // One segment resumes from a cursor: the rest of the table, nothing twice.
    Set<String> rest = customers.scan().startingAfter(first.cursor().orElseThrow()).stream()
        .map(Customer::getCustomerId).collect(Collectors.toSet());
    first.items().forEach(c -> assertTrue(rest.add(c.getCustomerId()), "twice: " + c.getCustomerId()));
    assertEquals(ALL_IDS, rest);
  }

  private static long scanThreads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix) && t.isAlive()).count();
  }

  private static Map<Integer, Integer> sizes(Map<Integer, List<String>> bySegment) {
    return bySegment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
  }

  private static String id(int i) {
    return String.format("c-%05d", i);
  }
}
