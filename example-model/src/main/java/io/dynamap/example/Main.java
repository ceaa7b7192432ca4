package io.dynamap.example;

import io.dynamap.example.shop.CustomerItemSchema;
import io.dynamap.example.shop.SingleTableDemo;
import io.dynamap.local.DynamapLocal;
import io.dynamap.runtime.batch.BatchGetter;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.tx.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The demo: customers and their orders, written and queried with the generated repositories and
 * typed key conditions.
 *
 * <p>With no arguments it starts Dynamap Local in this JVM (in memory, on a free loopback port).
 * {@code --endpoint URL} uses another DynamoDB-compatible endpoint; {@code --region NAME} uses
 * AWS DynamoDB in that region with the default credential chain. The tables are created if they
 * do not exist; {@code --customers-table}, {@code --orders-table}, {@code --shop-table} and
 * {@code --deliveries-table} rename them.
 */
public final class Main {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final Instant FIRST_ORDER = Instant.parse("2026-01-01T08:00:00Z");

  private Main() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.endpoint == null && options.region == null) {
      System.out.println("Starting embedded Dynamap Local…");
      try (DynamapLocal local = DynamapLocal.start();
          DynamoDbClient client =
              DynamapClients.builder()
                  .endpoint(local.endpoint())
                  .credentials(
                      StaticCredentialsProvider.create(AwsBasicCredentials.create("demo", "demo")))
                  .build()) {
        System.out.println("Dynamap Local is listening at " + local.endpoint());
        run(client, options);
      }
    } else {
      DynamapClients.Builder builder = DynamapClients.builder();
      if (options.endpoint != null) {
        builder.endpoint(options.endpoint);
      }
      if (options.region != null) {
        builder.region(options.region);
      }
      try (DynamoDbClient client = builder.build()) {
        System.out.println("Using DynamoDB at " + (options.endpoint != null ? options.endpoint : options.region));
        run(client, options);
      }
    }
  }

  static void run(DynamoDbClient client, Options options) {
    CustomerRepository customers = new CustomerRepository(client, options.customersTable);
    OrderRepository orders = new OrderRepository(client, options.ordersTable);
    System.out.printf("Tables: %s %s, %s %s%n",
        customers.tableName(), customers.createTableIfNotExists() ? "created" : "exists",
        orders.tableName(), orders.createTableIfNotExists() ? "created" : "exists");
    // At start-up, a service checks that its tables still match the model: one exception lists
    // every difference (a missing index, a key of another type, Time to Live switched off).
    customers.verifyTable();
    orders.verifyTable();
    TableDescription ordersTable = orders.describe();
    System.out.printf("Both match the model; %s has the indexes %s%n", ordersTable.name(),
        ordersTable.indexes().stream()
            .map(i -> i.name() + " (" + (i.global() ? "global" : "local") + ", " + i.projection() + ")")
            .toList());

    // Loaded with BatchWriteItem, 25 items a request, unprocessed items and throttled calls retried.
    List<Customer> people = customers();
    List<Order> placed = orders(people);
    BatchWriter writer = BatchWriter.of(client);
    try (writer) { // close() waits until all is written, or throws naming what was not
      writer.putAll(customers, people);
      writer.putAll(orders, placed);
    }
    BatchWriteStatistics loaded = writer.statistics();
    System.out.printf(
        "Loaded %d customers and %d orders with a BatchWriter: %d items written in %d requests,"
            + " %d retries, %d throttled.%n%n",
        people.size(), placed.size(), loaded.itemsWritten(), loaded.requests(), loaded.retries(),
        loaded.throttles());

    Customer ada = customers.get("c-001").orElseThrow();
    System.out.println("get(\"c-001\") -> " + ada);

    section("All orders of " + ada.getName() + ": OrderKeys.partition(\"c-001\")");
    List<Order> all = orders.query(OrderKeys.partition("c-001")).stream().toList();
    System.out.printf("  %d orders, %s to %s, total %s%n", all.size(),
        DAY.format(all.get(0).placedAt()), DAY.format(all.get(all.size() - 1).placedAt()),
        all.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add));

    section("Three attributes only: .project(OrderSummarySchema.INSTANCE), a ProjectionExpression");
    orders.query(OrderKeys.partition("c-001")).project(OrderSummarySchema.INSTANCE).limit(2).stream()
        .forEach(s -> System.out.printf("  %s  %8s%n", DAY.format(s.placedAt()), s.total()));

    section("The same three attributes of the three latest orders, by key: one BatchGetItem");
    List<Map<String, AttributeValue>> latestKeys =
        all.subList(all.size() - 3, all.size()).stream()
            .map(o -> OrderSchema.INSTANCE.key(o.customerId(), o.placedAt()))
            .toList();
    BatchGetter.of(client).get(orders, OrderSummarySchema.INSTANCE, latestKeys)
        .forEach(s -> System.out.printf("  %s  %8s%n", DAY.format(s.placedAt()), s.total()));

    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    Instant to = Instant.parse("2026-03-15T23:59:59Z");
    section("First half of March: .placedAt().between(" + from + ", " + to + ")");
    orders.query(OrderKeys.partition("c-001").placedAt().between(from, to)).stream().forEach(Main::print);

    section("All of April, by the stored form's prefix: .placedAt().beginsWith(\"2026-04\")");
    orders.query(OrderKeys.partition("c-001").placedAt().beginsWith("2026-04")).stream().forEach(Main::print);

    Instant lateApril = Instant.parse("2026-04-15T00:00:00Z");
    section("From mid-April on: .placedAt().ge(" + lateApril + ")");
    orders.query(OrderKeys.partition("c-001").placedAt().ge(lateApril)).stream().forEach(Main::print);

    section("The three latest, then the three before them from the first page's cursor");
    Page<Order> latest = orders.query(OrderKeys.partition("c-001")).descending().limit(3).firstPage();
    latest.items().forEach(Main::print);
    String cursor = latest.cursor().orElseThrow();
    // A cursor is opaque and about a hundred characters long: show its ends only.
    System.out.printf("  cursor: %s…%s (%d characters, passed back as is)%n",
        cursor.substring(0, 12), cursor.substring(cursor.length() - 6), cursor.length());
    orders.query(OrderKeys.partition("c-001")).descending().limit(3).startingAfter(cursor)
        .stream().forEach(Main::print);

    BigDecimal large = new BigDecimal("450");
    section("Every customer's shipped orders of " + large + " or more, by total: global index byStatus");
    orders.query(OrderKeys.byStatus(OrderStatus.SHIPPED).total().ge(large)).stream()
        .forEach(o -> System.out.printf("  %-6s %s  %8s  (order %s, %d items; lines are not projected)%n",
            o.customerId(), DAY.format(o.placedAt()), o.total().setScale(2, RoundingMode.UNNECESSARY),
            o.orderId().toString().substring(0, 8), o.itemCount()));

    section(ada.getName() + "'s three largest orders: local index byTotal, descending");
    orders.query(OrderKeys.byTotal("c-001")).descending().limit(3).stream().forEach(Main::print);

    section("The latest order read strongly consistent (getConsistent), then replaced, getting the old one back (putReturningOld)");
    Order newest = orders.getConsistent("c-001", all.get(all.size() - 1).placedAt()).orElseThrow();
    Order noted = new Order(newest.customerId(), newest.placedAt(), newest.orderId(), newest.status(),
        newest.total(), newest.itemCount(), newest.giftWrapped(), "leave at the door", newest.lines());
    Order replaced = orders.putReturningOld(noted).orElseThrow();
    System.out.printf("  note was %s, is now \"%s\"%n",
        replaced.note() == null ? "empty" : "\"" + replaced.note() + "\"", noted.note());

    section("Orders per status over every customer (a parallel scan of two segments)");
    System.out.println("  " + orders.scan().segments(2).stream()
        .collect(Collectors.groupingBy(Order::status, java.util.TreeMap::new, Collectors.counting())));

    section("A conditional write: ship an order only while it is still PLACED");
    Order target = all.stream().filter(o -> o.status() != OrderStatus.PLACED).findFirst().orElseThrow();
    Order shipped = new Order(target.customerId(), target.placedAt(), target.orderId(), OrderStatus.SHIPPED,
        target.total(), target.itemCount(), target.giftWrapped(), target.note(), target.lines());
    try {
      orders.put(shipped, OrderAttributes.status.eq(OrderStatus.PLACED));
      System.out.println("  shipped (unexpectedly)");
    } catch (ConditionFailedException e) {
      System.out.println("  refused: " + e.getMessage().split(";")[0]);
      System.out.println("  the order as it is now: "
          + e.item(orders.schema()).map(o -> o.status() + ", " + DAY.format(o.placedAt())).orElse("absent"));
    }

    section("An update: 250 loyalty points and a \"vip\" tag for " + ada.getName() + ", only if she exists");
    Customer updated = customers.update("c-001")
        .increment(CustomerAttributes.loyaltyPoints, 250)
        .add(CustomerAttributes.tags, Set.of("vip", "early-adopter"))
        .whenExists()
        .execute();
    System.out.println("  now " + updated.getLoyaltyPoints() + " points, tags " + updated.getTags());

    section("A transaction: move an order to another customer, atomically, with a bonus");
    Order moved = all.get(1);
    Order copy = new Order("c-002", moved.placedAt(), moved.orderId(), moved.status(), moved.total(),
        moved.itemCount(), moved.giftWrapped(), moved.note(), moved.lines());
    Transaction.write(client)
        .put(orders, copy, OrderAttributes.customerId.notExists())
        .delete(orders, moved, OrderAttributes.orderId.eq(moved.orderId()))
        .update(customers, customers.update("c-002").increment(CustomerAttributes.loyaltyPoints, 10).whenExists())
        .idempotencyToken(moved.orderId().toString()) // a retry of the same move is applied once
        .execute();
    System.out.printf("  order of %s now belongs to c-002: %s; c-001 still has it: %s%n",
        DAY.format(moved.placedAt()),
        orders.get("c-002", moved.placedAt()).isPresent(),
        orders.get("c-001", moved.placedAt()).isPresent());

    section("A filter on a scan: gift-wrapped orders with a note, over every customer");
    System.out.println("  " + orders.scan()
        .filter(OrderAttributes.giftWrapped.eq(true).and(OrderAttributes.note.exists()))
        .stream().count() + " orders");

    section("A repository interface: OrderStore's methods, checked against Order's keys when compiled");
    OrderStore store = new OrderStoreImpl(orders);
    System.out.println("  countByCustomerId(\"c-003\") -> " + store.countByCustomerId("c-003"));
    System.out.println("  findFirstByCustomerIdOrderByPlacedAtDesc(\"c-003\"):");
    store.findFirstByCustomerIdOrderByPlacedAtDesc("c-003").ifPresent(Main::print);
    System.out.println("  findByCustomerIdAndItemCountGreaterThanEqual(\"c-003\", 7), a filter:");
    store.findByCustomerIdAndItemCountGreaterThanEqual("c-003", 7).forEach(Main::print);
    PageRequest pageOfThree = PageRequest.first(3);
    Page<Order> firstDelivered = store.findByStatus(OrderStatus.DELIVERED, pageOfThree);
    Page<Order> nextDelivered = store.findByStatus(OrderStatus.DELIVERED, pageOfThree.next(firstDelivered));
    System.out.println("  findByStatus(DELIVERED, PageRequest.first(3)), then the next page, by total:");
    System.out.println("    " + firstDelivered.items().stream().map(o -> o.total().toPlainString()).toList()
        + " " + nextDelivered.items().stream().map(o -> o.total().toPlainString()).toList());
    Instant cutoff = FIRST_ORDER.plus(Duration.ofDays(30));
    System.out.println("  deleteByCustomerIdAndPlacedAtBefore(\"c-012\", " + DAY.format(cutoff) + ") -> "
        + store.deleteByCustomerIdAndPlacedAtBefore("c-012", cutoff) + " deleted");

    Order first = all.get(0);
    orders.delete(first.customerId(), first.placedAt());
    System.out.printf("%nDeleted the order of %s; get() now finds %s.%n",
        DAY.format(first.placedAt()), orders.get(first.customerId(), first.placedAt()).map(o -> "it").orElse("nothing"));

    SingleTableDemo.run(client, options.shopTable);
    DeliveryDemo.run(client, options.deliveriesTable);
  }

  private static final String[] CITIES = {"Lyon", "Paris", "Nantes", "Lille"};
  private static final String[] SKUS = {"BOOK-001", "BOOK-002", "PEN-RED", "PEN-BLUE", "MUG-XL", "LAMP-01"};

  private static List<Customer> customers() {
    String[] names = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov",
        "Donald Knuth", "Frances Allen", "Tony Hoare", "Margaret Hamilton", "John Backus",
        "Radia Perlman", "Ken Thompson"};
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String id = String.format("c-%03d", i + 1);
      String email = names[i].toLowerCase().replace(' ', '.') + "@example.com";
      Customer c = new Customer(id, names[i], email, Instant.parse("2025-06-01T00:00:00Z").plus(Duration.ofDays(7L * i)));
      c.setLoyaltyPoints(100L * (names.length - i));
      c.setShippingAddress(new Address((i + 1) + " Rue des Lilas", CITIES[i % CITIES.length], String.format("%05d", 1000 + 37 * i), "FR"));
      c.setPhone(new PhoneNumber(33, "6" + String.format("%08d", 12345678 + i * 1111)));
      if (i % 3 == 0) {
        c.setTags(new java.util.LinkedHashSet<>(List.of("vip", "newsletter")));
      }
      customers.add(c);
    }
    return customers;
  }

  /** About 30 orders per customer over five months, with a seeded random so runs agree. */
  private static List<Order> orders(List<Customer> customers) {
    Random random = new Random(2026);
    OrderStatus[] statuses = OrderStatus.values();
    List<Order> orders = new ArrayList<>();
    for (Customer customer : customers) {
      Instant at = FIRST_ORDER;
      for (int n = 0; n < 30; n++) {
        at = at.plus(Duration.ofHours(12 + random.nextInt(7 * 24)));
        List<OrderLine> lines = new ArrayList<>();
        for (int l = 0, count = 1 + random.nextInt(3); l < count; l++) {
          BigDecimal unitPrice = BigDecimal.valueOf(199 + random.nextInt(9_800), 2);
          Set<String> options = random.nextInt(4) == 0 ? Set.of("gift-note") : Set.of();
          lines.add(new OrderLine(SKUS[random.nextInt(SKUS.length)], 1 + random.nextInt(3), unitPrice, options));
        }
        BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int itemCount = lines.stream().mapToInt(OrderLine::quantity).sum();
        orders.add(new Order(customer.getCustomerId(), at, new UUID(random.nextLong(), random.nextLong()),
            statuses[random.nextInt(statuses.length)], total, itemCount,
            random.nextInt(10) == 0, random.nextInt(8) == 0 ? "leave at the door" : null, lines));
      }
    }
    return orders;
  }

  private static void section(String title) {
    System.out.println();
    System.out.println(title);
  }

  private static void print(Order order) {
    String lines = order.lines().stream()
        .map(l -> l.quantity() + "x" + l.sku() + (l.options().isEmpty() ? "" : l.options()))
        .collect(Collectors.joining(", "));
    System.out.printf("  %s  %-9s %8s  %s%s%s%n", DAY.format(order.placedAt()), order.status(),
        // DynamoDB keeps a number's value, not its scale (12.50 reads as 12.5): format for money.
        order.total().setScale(2, RoundingMode.UNNECESSARY), lines, order.giftWrapped() ? "  gift" : "",
        order.note() != null ? "  \"" + order.note() + "\"" : "");
  }

  /** Command-line options. */
  static final class Options {
    static final String USAGE =
        "usage: Main [--endpoint URL | --region NAME] [--customers-table NAME] [--orders-table NAME]"
            + " [--shop-table NAME] [--deliveries-table NAME]";

    URI endpoint;
    Region region;
    String customersTable = CustomerSchema.TABLE_NAME;
    String ordersTable = OrderSchema.TABLE_NAME;
    String shopTable = CustomerItemSchema.TABLE_NAME;
    String deliveriesTable = DeliverySchema.TABLE_NAME;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("--help") || flag.equals("-h")) {
          throw new IllegalArgumentException("Runs the Dynamap demo.");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        String value = args[++i];
        switch (flag) {
          case "--endpoint" -> options.endpoint = URI.create(value);
          case "--region" -> options.region = Region.of(value);
          case "--customers-table" -> options.customersTable = value;
          case "--orders-table" -> options.ordersTable = value;
          case "--shop-table" -> options.shopTable = value;
          case "--deliveries-table" -> options.deliveriesTable = value;
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      }
      return options;
    }
  }
}
