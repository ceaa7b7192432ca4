package io.dynamap.example.docs;

import com.example.shop.Order;
import com.example.shop.OrderAsyncRepository;
import com.example.shop.OrderAttributes;
import com.example.shop.OrderFeed;
import com.example.shop.OrderFeedImpl;
import com.example.shop.OrderKeys;
import com.example.shop.OrderRepository;
import com.example.shop.OrderStatus;
import io.dynamap.async.DynamapAsyncClients;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.stream.LongStream;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The snippets of docs/client.md's non-blocking client section. */
class AsyncClientSnippets {
  void handle(Map<String, AttributeValue> item) {}

  void log(Optional<Order> order) {}

  void conflict(Optional<Order> current) {}

  void render(List<Order> orders) {}

  void nextLink(String cursor) {}

  void send(Order order) {}

  void client(Map<String, AttributeValue> key) {
    // tag::async-client[]
    try (DynamoDbAsyncClient client = DynamapAsyncClients.builder().region(Region.EU_WEST_1).build()) {
      client.getItem(get -> get.tableName("Orders").key(key))
          .thenAccept(response -> handle(response.item()));
    }
    // end::async-client[]
  }

  void repository(DynamoDbAsyncClient client, Order order, String customerId, Instant placedAt) {
    // tag::async-repository[]
    OrderAsyncRepository orders = new OrderAsyncRepository(client);
    orders.put(order)
        .thenCompose(written -> orders.get(order.customerId(), order.placedAt()))
        .thenAccept(read -> log(read));

    orders.update(customerId, placedAt)
        .set(OrderAttributes.status, OrderStatus.SHIPPED)
        .when(OrderAttributes.status.eq(OrderStatus.PLACED))
        .execute()
        .exceptionally(error -> {
          // The exception itself, as the blocking API throws it: no CompletionException around it.
          if (error instanceof ConditionFailedException failed) {
            conflict(failed.item(orders.schema()));
          }
          return null;
        });
    // end::async-repository[]
  }

  void feed(DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
    // tag::async-feed[]
    OrderFeed feed = new OrderFeedImpl(client, asyncClient);  // both kinds of methods
    feed.countByCustomerId("c-1").thenAccept(count -> System.out.println(count + " orders"));
    // end::async-feed[]
  }

  void publisher(OrderAsyncRepository orders) {
    // tag::async-publisher[]
    Flow.Publisher<Order> march =
        orders.query(OrderKeys.partition("c-1").placedAt().beginsWith("2026-03")).items();

    // In Spring WebFlux, adapt it and return it from a handler; Reactor requests as the client
    // reads the response, and pages are read from DynamoDB only as fast:
    //   Flux<Order> flux = JdkFlowAdapter.flowPublisherToFlux(march);
    //   return ServerResponse.ok().body(flux, Order.class);
    // Or subscribe with plain Flow, asking for items as they are handled:
    march.subscribe(
        new Flow.Subscriber<Order>() {
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(10);
          }

          @Override
          public void onNext(Order order) {
            send(order);
            subscription.request(1);
          }

          @Override
          public void onError(Throwable error) {}

          @Override
          public void onComplete() {}
        });
    // end::async-publisher[]
  }

  void pages(OrderAsyncRepository orders, OrderRepository blockingOrders, String cursor) {
    // tag::async-pages[]
    orders.query(OrderKeys.partition("c-1")).descending().page(PageRequest.first(20))
        .thenAccept(page -> {
          render(page.items());
          page.cursor().ifPresent(next -> nextLink(next));
        });

    // The cursor is the blocking API's too: either resumes a read the other started.
    Page<Order> next =
        blockingOrders.query(OrderKeys.partition("c-1")).descending().page(PageRequest.of(20, cursor));
    // end::async-pages[]
    render(next.items());
  }

  void parallelScan(OrderAsyncRepository orders) {
    // tag::async-parallel-scan[]
    // Four segments at once, merged into one publisher: a segment's next page is requested while
    // the subscriber wants more items than the pages in hand hold, one request per item wanted.
    Flow.Publisher<Order> everything = orders.scan().segments(4).items();

    // Or one consumer per segment, called on the SDK's threads, one item after the other.
    long[] gifts = new long[4];
    orders.scan().segments(4)
        .forEachSegment(segment -> order -> gifts[segment] += order.giftWrapped() ? 1 : 0)
        .thenRun(() -> System.out.println(LongStream.of(gifts).sum() + " gift-wrapped"));
    // end::async-parallel-scan[]
  }

  void deleteAll(OrderAsyncRepository orders) {
    // tag::async-delete-all[]
    orders.deleteAll(orders.query(OrderKeys.partition("c-1")))    // an AsyncBatchWriter of its own
        .thenAccept(deleted -> System.out.println(deleted + " orders deleted"));
    // end::async-delete-all[]
  }
}
