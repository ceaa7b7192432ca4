package com.example.shop;

import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.page.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class Shop {
  public static void main(String[] args) {
    DynamoDbClient client = DynamapClients.builder().region(Region.EU_WEST_1).build();
    OrderRepository orders = new OrderRepository(client);   // or new OrderRepository(client, "orders-prod")
    orders.createTableIfNotExists();

    Instant placedAt = Instant.now();
    orders.put(new Order("c-001", placedAt, UUID.randomUUID(), OrderStatus.PLACED,
        new BigDecimal("42.50"), 2, false, null));

    Optional<Order> one = orders.get("c-001", placedAt);

    // Typed key conditions: the sort key's conditions take an Instant.
    List<Order> march = orders.query(
        OrderKeys.partition("c-001").placedAt().between(
            Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-31T23:59:59Z")))
        .stream().toList();

    // Instants are stored as fixed-width ISO-8601 UTC strings, so a prefix selects a month.
    Stream<Order> april = orders.query(OrderKeys.partition("c-001").placedAt().beginsWith("2026-04")).stream();

    // The ten latest orders, and a cursor to the ten before them.
    Page<Order> latest = orders.query(OrderKeys.partition("c-001")).descending().limit(10).firstPage();

    orders.scan().stream().filter(o -> o.giftWrapped()).forEach(System.out::println);
    orders.delete("c-001", placedAt);
  }
}
