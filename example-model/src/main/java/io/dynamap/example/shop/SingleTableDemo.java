package io.dynamap.example.shop;

import io.dynamap.runtime.batch.BatchWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo's single-table part: customers, their orders and addresses in one table, one partition
 * per customer, read together in one query and each item handled by its type.
 */
public final class SingleTableDemo {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

  private SingleTableDemo() {}

  /** Creates the table if needed, loads it and prints what single-table reads return. */
  public static void run(DynamoDbClient client, String tableName) {
    CustomerItemRepository items = new CustomerItemRepository(client, tableName);
    OrderRepository orders = new OrderRepository(client, tableName);
    CustomerRepository customers = new CustomerRepository(client, tableName);
    System.out.printf("%nSingle-table design: table %s %s, with the overloaded index gsi1%n",
        tableName, items.createTableIfNotExists() ? "created" : "exists");

    OrderStatus[] statuses = OrderStatus.values();
    try (BatchWriter writer = BatchWriter.of(client)) {
      List<String> names = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing");
      for (int c = 0; c < names.size(); c++) {
        String id = "c-" + (c + 1);
        String email = names.get(c).toLowerCase().replace(' ', '.') + "@example.com";
        writer.put(items, new Customer(id, names.get(c), email, START.minus(Duration.ofDays(300 - 40 * c))));
        writer.put(items, new Address(id, "home", (c + 3) + " Rue des Lilas", "Lyon"));
        if (c != 1) {
          writer.put(items, new Address(id, "work", (c + 10) + " Quai Perrache", "Lyon"));
        }
        for (int n = 0; n < 4; n++) {
          writer.put(items, new Order(id, START.plus(Duration.ofDays(9L * n + c)),
              statuses[(n + c) % statuses.length], BigDecimal.valueOf(1999 + 1250L * n + 300L * c, 2), 1 + n));
        }
      }
    }

    System.out.println("One query, CustomerItemKeys.partition(\"c-1\"), every item as its own type:");
    items.query(CustomerItemKeys.partition("c-1")).stream().forEach(SingleTableDemo::print);

    Instant since = START.plus(Duration.ofDays(10));
    System.out.println("Only c-1's orders since " + DAY.format(since)
        + ": OrderKeys.partition(\"c-1\").placedAt().ge(…), sk BETWEEN \"ORDER#…\" AND the end of ORDER#:");
    orders.query(OrderKeys.partition("c-1").placedAt().ge(since)).stream().forEach(SingleTableDemo::print);

    System.out.println("gsi1 for orders: every SHIPPED order, OrderKeys.gsi1(SHIPPED).all():");
    orders.query(OrderKeys.gsi1(OrderStatus.SHIPPED).all()).stream().forEach(SingleTableDemo::print);
    System.out.println("gsi1 for customers: by email, CustomerKeys.gsi1(\"grace.hopper@example.com\").all():");
    customers.query(CustomerKeys.gsi1("grace.hopper@example.com").all()).stream().forEach(SingleTableDemo::print);
  }

  private static void print(CustomerItem item) {
    // Java 21's pattern switch reads better: switch (item) { case Order o -> …; case Address a -> …; }
    if (item instanceof Customer customer) {
      System.out.printf("  customer  %s <%s>, since %s%n", customer.name(), customer.email(),
          DAY.format(customer.since()).substring(0, 10));
    } else if (item instanceof Address address) {
      System.out.printf("  address   %-5s %s, %s%n", address.label(), address.street(), address.city());
    } else if (item instanceof Order order) {
      System.out.printf("  order     %s  %s %-9s %8s, items: %d%n", order.customerId(),
          DAY.format(order.placedAt()), order.status(), order.total().toPlainString(), order.itemCount());
    }
  }
}
