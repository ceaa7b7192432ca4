package io.dynamap.example.it.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.shop.Order;
import com.example.shop.OrderAsyncRepository;
import com.example.shop.OrderKeys;
import com.example.shop.OrderRepository;
import com.example.shop.OrderSchema;
import com.example.shop.OrderStatus;
import io.dynamap.async.DynamapAsyncClients;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Deletes of what a query reads without blocking: the generated {@link OrderAsyncRepository}'s
 * {@code deleteAll} and the async {@code deleteBy…} methods of a {@code @Repository} interface
 * ({@link OrderCleanup}), each checked against the blocking repository's reads of the same table.
 */
@DynamapLocalTest
class AsyncDeleteByQueryTest {
  private static final long WAIT_SECONDS = 60;
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  private final DynamoDbAsyncClient asyncClient =
      DynamapAsyncClients.builder()
          .endpoint(LocalDynamoDb.shared().endpoint())
          .credentials(LocalDynamoDb.credentials())
          .socketTimeout(Duration.ofSeconds(10))
          .apiCallAttemptTimeout(Duration.ofSeconds(15))
          .apiCallTimeout(Duration.ofSeconds(60))
          .build();
  private final OrderRepository blocking;
  private final OrderAsyncRepository orders;

  AsyncDeleteByQueryTest(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    blocking = new OrderRepository(client, table);
    orders = new OrderAsyncRepository(asyncClient, table);
    // 30 orders of three customers; c-1's are placed 1 h, 4 h, 7 h, … after START.
    for (int i = 0; i < 30; i++) {
      blocking.put(
          new Order(
              "c-" + (i % 3),
              START.plusSeconds(3_600L * i),
              UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
              OrderStatus.PLACED,
              BigDecimal.valueOf(10 + i),
              1 + i % 4,
              false,
              null));
    }
  }

  @AfterEach
  void closeClient() {
    asyncClient.close();
  }

  private static <V> V await(CompletableFuture<V> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private long stored(String customerId) {
    return blocking.query(OrderKeys.partition(customerId)).stream().count();
  }

  @Test
  void asyncRepositoryMethodsDeleteWhatTheirQueryReadsAndCountIt() throws Exception {
    OrderCleanup cleanup = new OrderCleanupImpl(asyncClient, orders.tableName());
    Instant sixHours = START.plusSeconds(3_600L * 6);
    long before =
        blocking.query(OrderKeys.partition("c-1").placedAt().lt(sixHours)).stream().count();
    assertEquals(2, before);

    assertEquals(
        before, (long) await(cleanup.deleteByCustomerIdAndPlacedAtBefore("c-1", sixHours)));
    assertEquals(8, stored("c-1"));
    assertNull(await(cleanup.deleteByCustomerId("c-1")));
    assertEquals(0, stored("c-1"));
    assertEquals(10, stored("c-2"), "the other customers' orders stay");
    assertEquals(10, stored("c-0"));
  }

  @Test
  void theAsyncRepositorysDeleteAllDeletesAQuerysItemsAsTheBlockingOneDoes() throws Exception {
    assertEquals(10L, (long) await(orders.deleteAll(orders.query(OrderKeys.partition("c-2")))));
    assertEquals(0, stored("c-2"));
    assertEquals(10L, blocking.deleteAll(blocking.query(OrderKeys.partition("c-0"))));
    assertEquals(0L, (long) await(orders.deleteAll(orders.query(OrderKeys.partition("c-0")))));
    assertEquals(10, stored("c-1"));
  }
}
