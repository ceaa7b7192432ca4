package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamapLocalTest
class OrderRepositoryTest {
  @Test
  void readsBackWhatItWrote(DynamoDbClient client, TestTables tables) {
    CustomerRepository customers = new CustomerRepository(client, tables.create(CustomerSchema.INSTANCE));
    OrderRepository orders = new OrderRepository(client, tables.create(OrderSchema.INSTANCE));
    OrderStore store = new OrderStoreImpl(orders);
    customers.put(new Customer("c-001", "Ada Lovelace", "ada@example.com"));
    Order order = new Order("c-001", Instant.parse("2026-03-14T09:26:53Z"), UUID.randomUUID(),
        OrderStatus.PLACED, new BigDecimal("42.5"), 2, false, null);

    orders.put(order);

    assertEquals("Ada Lovelace", customers.get("c-001").orElseThrow().name());
    assertEquals(Optional.of(order), orders.get("c-001", order.placedAt()));
    assertEquals(List.of(order), store.findByCustomerIdAndPlacedAtBetween(
        "c-001", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")));
    assertEquals(1, store.countByCustomerId("c-001"));
  }
}
