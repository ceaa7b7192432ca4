package io.dynamap.example.it.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Order;
import com.example.shop.OrderAsyncRepository;
import com.example.shop.OrderAttributes;
import com.example.shop.OrderFeed;
import com.example.shop.OrderFeedImpl;
import com.example.shop.OrderKeys;
import com.example.shop.OrderRepository;
import com.example.shop.OrderSchema;
import com.example.shop.OrderStatus;
import io.dynamap.async.DynamapAsyncClients;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The generated {@link OrderAsyncRepository} and the async {@code @Repository} {@link OrderFeed}
 * (its generated {@code OrderFeedImpl}) against Dynamap Local, each answer compared with the
 * blocking {@link OrderRepository}'s on the same table.
 */
@DynamapLocalTest
class AsyncRepositoriesTest {
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
  private final OrderFeed feed;
  private final List<Order> stored = new ArrayList<>();

  AsyncRepositoriesTest(DynamoDbClient client, TestTables tables) {
    String table = tables.create(OrderSchema.INSTANCE);
    blocking = new OrderRepository(client, table);
    orders = new OrderAsyncRepository(asyncClient, table);
    feed = new OrderFeedImpl(client, asyncClient, table);
    OrderStatus[] statuses = OrderStatus.values();
    for (int i = 0; i < 30; i++) {
      Order order =
          new Order(
              "c-" + (i % 3),
              START.plusSeconds(3_600L * i),
              UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
              statuses[i % statuses.length],
              BigDecimal.valueOf(10 + i),
              1 + i % 4,
              i % 5 == 0,
              null);
      blocking.put(order);
      stored.add(order);
    }
  }

  @AfterEach
  void closeClient() {
    asyncClient.close();
  }

  private static <V> V await(CompletableFuture<V> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static Throwable failure(CompletableFuture<?> future) throws Exception {
    Throwable error = future.handle((value, e) -> e).get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(error, "the future completed normally");
    return error;
  }

  /** Every item of a publisher, requested two at a time. */
  private static <T> List<T> collect(Flow.Publisher<T> publisher) throws Exception {
    CompletableFuture<List<T>> done = new CompletableFuture<>();
    List<T> items = new ArrayList<>();
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(2);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
            if (items.size() % 2 == 0) {
              subscription.request(2);
            }
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(items);
          }
        });
    return await(done);
  }

  @Test
  void theGeneratedAsyncRepositoryReadsAndWritesAsTheBlockingOne() throws Exception {
    Order first = stored.get(0);
    assertEquals(
        blocking.get(first.customerId(), first.placedAt()),
        await(orders.get(first.customerId(), first.placedAt())));
    assertEquals(
        Optional.of(first), await(orders.getConsistent(first.customerId(), first.placedAt())));
    assertEquals(Optional.empty(), await(orders.get("nobody", START)));

    // An update by key, then the conditional delete that fails with the current item.
    Order updated =
        await(
            orders
                .update(first.customerId(), first.placedAt())
                .set(OrderAttributes.note, "ring twice")
                .execute());
    assertEquals("ring twice", updated.note());
    assertEquals(Optional.of(updated), blocking.get(first.customerId(), first.placedAt()));
    Throwable refused =
        failure(
            orders.delete(
                first.customerId(), first.placedAt(), OrderAttributes.note.eq("knock")));
    ConditionFailedException conditionFailed =
        assertInstanceOf(ConditionFailedException.class, refused);
    assertEquals(Optional.of(updated), conditionFailed.item(orders.schema()));
    await(orders.delete(first.customerId(), first.placedAt(), OrderAttributes.note.exists()));
    assertEquals(Optional.empty(), blocking.get(first.customerId(), first.placedAt()));

    Order second = stored.get(1);
    assertEquals(
        Optional.of(second),
        await(orders.deleteReturningOld(second.customerId(), second.placedAt())));
    await(orders.delete(second.customerId(), second.placedAt())); // gone already: no error
    assertEquals(Optional.empty(), blocking.get(second.customerId(), second.placedAt()));

    // Inherited reads of many items, as the blocking repository's.
    assertEquals(
        blocking.query(OrderKeys.partition("c-2")).stream().toList(),
        collect(orders.query(OrderKeys.partition("c-2")).items()));
    assertEquals(blocking.scan().count(), (long) await(orders.scan().count()));
  }

  @Test
  void anAsyncRepositoryInterfaceAnswersAsTheBlockingApi() throws Exception {
    List<Order> ofC1 = blocking.query(OrderKeys.partition("c-1")).stream().toList();
    assertEquals(10, ofC1.size());
    assertEquals(ofC1, collect(feed.findByCustomerId("c-1")));
    assertEquals(
        blocking
            .query(
                OrderKeys.partition("c-1")
                    .placedAt()
                    .between(START.plusSeconds(3_600L * 4), START.plusSeconds(3_600L * 16)))
            .stream()
            .toList(),
        await(
            feed.findByCustomerIdAndPlacedAtBetween(
                "c-1", START.plusSeconds(3_600L * 4), START.plusSeconds(3_600L * 16))));

    Order one = ofC1.get(3);
    assertEquals(
        Optional.of(one), await(feed.findByCustomerIdAndPlacedAt("c-1", one.placedAt())));
    assertEquals(one, await(feed.getByCustomerIdAndPlacedAt("c-1", one.placedAt())));
    assertNull(await(feed.getByCustomerIdAndPlacedAt("c-1", START.minusSeconds(1))));
    assertEquals(
        Optional.of(ofC1.get(ofC1.size() - 1)),
        await(feed.findFirstByCustomerIdOrderByPlacedAtDesc("c-1")));
    assertEquals(Optional.empty(), await(feed.findFirstByCustomerIdOrderByPlacedAtDesc("c-9")));
    assertEquals(
        blocking.query(OrderKeys.partition("c-1")).count(),
        (long) await(feed.countByCustomerId("c-1")));
    assertTrue(await(feed.existsByCustomerIdAndPlacedAt("c-1", one.placedAt())));
    assertFalse(await(feed.existsByCustomerIdAndPlacedAt("c-1", START.minusSeconds(1))));

    // Pages of gift-wrapped orders: a filter, a page size and the cursor between two pages.
    List<Order> wrapped = ofC1.stream().filter(Order::giftWrapped).toList();
    Page<Order> firstPage =
        await(feed.findByCustomerIdAndGiftWrappedTrue("c-1", PageRequest.first(1)));
    assertEquals(wrapped.subList(0, 1), firstPage.items());
    Page<Order> next =
        await(
            feed.findByCustomerIdAndGiftWrappedTrue(
                "c-1", PageRequest.of(5, firstPage.cursor().orElseThrow())));
    assertEquals(wrapped.subList(1, wrapped.size()), next.items());

    assertEquals(
        blocking.scan().filter(OrderAttributes.itemCount.gt(3)).stream().toList(),
        collect(feed.scanByItemCountGreaterThan(3)));

    await(feed.deleteByCustomerIdAndPlacedAt("c-1", one.placedAt()));
    assertEquals(Optional.empty(), blocking.get("c-1", one.placedAt()));
    // The blocking method of the same interface runs on the blocking repository.
    assertEquals(2, feed.deleteByCustomerIdAndPlacedAtBefore("c-1", START.plusSeconds(3_600L * 6)));
    assertEquals(7L, (long) await(feed.countByCustomerId("c-1")));
  }
}
