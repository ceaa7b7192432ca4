package io.dynamap.example;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The demo's deliveries: values Dynamap generates, and a global index with multi-attribute keys. */
final class DeliveryDemo {
  private DeliveryDemo() {}

  static void run(DynamoDbClient client, String table) {
    DeliveryRepository deliveries = new DeliveryRepository(client, table);
    boolean created = deliveries.createTableIfNotExists();
    deliveries.verifyTable();
    System.out.printf("%nDeliveries (%s, %s): generated values and a multi-attribute index%n",
        table, created ? "created" : "exists");

    LocalDate day = LocalDate.of(2026, 3, 2);
    List<Delivery> saved = new ArrayList<>();
    for (int slot = 1; slot <= 4; slot++) {
      String region = slot % 2 == 0 ? "EU-West" : "EU-East";
      // No id, no creation time: save returns the delivery as stored, with both generated.
      saved.add(deliveries.save(new Delivery(null, "order-" + slot, "DHL", region, day, slot, null, 0)));
    }
    Delivery first = saved.get(0);
    System.out.println("  save() filled the @AutoUuid key and the @AutoTimestamp: " + first.deliveryId()
        + ", created " + first.createdAt());

    // Each update adds 1 in DynamoDB (SET attempts = if_not_exists(attempts, :start - :delta) + :delta),
    // never reading it first; the creation time stays as it was.
    deliveries.update(first.deliveryId()).executeWithoutResult();
    Delivery retried = deliveries.update(first.deliveryId()).execute();
    System.out.println("  two updates later: @AtomicCounter attempts = " + retried.attempts()
        + ", createdAt unchanged: " + retried.createdAt().equals(first.createdAt()));

    // Both partition attributes with equality, then the sort attributes left to right, a range
    // last: DeliveryKeys.byCarrierAndRegion("DHL").day() or .day().ge(day).slot() do not compile.
    System.out.println("  DeliveryKeys.byCarrierAndRegion(\"DHL\", \"EU-West\").day().eq(" + day
        + ").slot().ge(2):");
    deliveries.query(DeliveryKeys.byCarrierAndRegion("DHL", "EU-West").day().eq(day).slot().ge(2))
        .stream()
        .forEach(d -> System.out.printf("    slot %d  %s%n", d.slot(), d.orderRef()));
  }
}
