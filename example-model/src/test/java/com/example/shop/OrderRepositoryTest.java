package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamapLocalTest
class OrderRepositoryTest {
  @Test
  void readsBackWhatItWrote(DynamoDbClient client, TestTables tables) {
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    Order order = new Order("c-001", Instant.parse("2026-03-14T09:26:53Z"), UUID.randomUUID(),
        OrderStatus.PLACED, new BigDecimal("42.5"), 2, false, null);

    orders.put(order);

    assertEquals(Optional.of(order), orders.get("c-001", order.placedAt()));
    assertEquals(1, orders.query(OrderKeys.partition("c-001")).stream().count());
  }
}
