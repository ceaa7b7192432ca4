package io.dynamap.example.it.flatten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code @Flatten}: a document's attributes at the item's top level, in every operation. */
@DynamapLocalTest
class FlattenTest {
  private DynamoDbClient client;
  private DeliveryRepository deliveries;

  @BeforeEach
  void createTable(DynamoDbClient client, TestTables tables) {
    this.client = client;
    deliveries = new DeliveryRepository(client, tables.create(DeliverySchema.INSTANCE));
  }

  private Map<String, AttributeValue> stored(String customerId, String deliveryId) {
    return client
        .getItem(
            b ->
                b.tableName(deliveries.tableName())
                    .key(DeliverySchema.INSTANCE.key(customerId, deliveryId)))
        .item();
  }

  private static Delivery delivery(String id, String city) {
    return new Delivery(
        "c-1", id, new Place("1 rue Haute", city, 3), new Recipient("Ana", "+33 1 23"), "NEW");
  }

  @Test
  void theDocumentsAttributesAreStoredAtTheTopLevelAndReadBack() {
    Delivery delivery = delivery("d-1", "Lyon");
    deliveries.put(delivery);
    assertEquals(
        Map.of(
            "customerId", AttributeValue.fromS("c-1"),
            "deliveryId", AttributeValue.fromS("d-1"),
            "ship_street", AttributeValue.fromS("1 rue Haute"),
            "ship_city", AttributeValue.fromS("Lyon"),
            "ship_floor", AttributeValue.fromN("3"),
            "name", AttributeValue.fromS("Ana"),
            "phone", AttributeValue.fromS("+33 1 23"),
            "status", AttributeValue.fromS("NEW")),
        stored("c-1", "d-1"));
    assertEquals(delivery, deliveries.get("c-1", "d-1").orElseThrow());
  }

  @Test
  void aNullDocumentStoresNothingAndReadsBackAsNull() {
    Delivery delivery = new Delivery("c-1", "d-2", null, null, "NEW");
    deliveries.put(delivery);
    assertEquals(
        Map.of(
            "customerId", AttributeValue.fromS("c-1"),
            "deliveryId", AttributeValue.fromS("d-2"),
            "status", AttributeValue.fromS("NEW")),
        stored("c-1", "d-2"));
    Delivery read = deliveries.get("c-1", "d-2").orElseThrow();
    assertNull(read.shipping());
    assertNull(read.recipient());
    assertEquals(delivery, read);
  }

  @Test
  void oneAttributePresentBuildsTheDocumentWithDefaultsForTheOthers() {
    client.putItem(
        b ->
            b.tableName(deliveries.tableName())
                .item(
                    Map.of(
                        "customerId", AttributeValue.fromS("c-1"),
                        "deliveryId", AttributeValue.fromS("d-3"),
                        "ship_city", AttributeValue.fromS("Nantes"),
                        // a NULL counts as absent: no recipient
                        "name", AttributeValue.fromNul(true))));
    Delivery read = deliveries.get("c-1", "d-3").orElseThrow();
    assertEquals(new Place(null, "Nantes", 0), read.shipping());
    assertNull(read.recipient());
  }

  @Test
  void aConditionNamesTheTopLevelAttribute() {
    deliveries.put(delivery("d-1", "Lyon"));
    Delivery moved = delivery("d-1", "Paris");
    assertThrows(
        ConditionFailedException.class,
        () -> deliveries.put(moved, DeliveryAttributes.shipping.city.eq("Paris")));
    assertEquals("Lyon", deliveries.get("c-1", "d-1").orElseThrow().shipping().city());
    deliveries.put(moved, DeliveryAttributes.shipping.city.eq("Lyon"));
    assertEquals(moved, deliveries.get("c-1", "d-1").orElseThrow());
  }

  @Test
  void anUpdateSetsOneFlattenedAttribute() {
    Delivery saved = delivery("d-1", "Lyon");
    deliveries.put(saved);
    // tag::flatten-update[]
    Delivery updated =
        deliveries
            .update(saved)
            .when(DeliveryAttributes.shipping.city.eq("Lyon")) // the attribute ship_city
            .set(DeliveryAttributes.shipping.floor, 5) // ship_floor
            .set(DeliveryAttributes.recipient.phone, "+33 9 87") // phone: no prefix
            .execute();
    // end::flatten-update[]
    assertEquals(new Place("1 rue Haute", "Lyon", 5), updated.shipping());
    assertEquals(new Recipient("Ana", "+33 9 87"), updated.recipient());
    assertEquals(AttributeValue.fromN("5"), stored("c-1", "d-1").get("ship_floor"));
    assertEquals(updated, deliveries.get("c-1", "d-1").orElseThrow());
  }

  @Test
  void anUpdateOfAnAbsentDocumentsAttributeCreatesTheDocument() {
    Delivery bare = new Delivery("c-1", "d-4", null, null, "NEW");
    deliveries.put(bare);
    Delivery updated = deliveries.update(bare).set(DeliveryAttributes.shipping.city, "Lille").execute();
    assertEquals(new Place(null, "Lille", 0), updated.shipping());
    assertNull(updated.recipient());
  }

  @Test
  void batchWritesAndQueriesWithAFilterOnAFlattenedAttribute() {
    List<Delivery> all =
        IntStream.range(0, 40)
            .mapToObj(i -> delivery(String.format("d-%02d", i), i % 2 == 0 ? "Lyon" : "Paris"))
            .toList();
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.putAll(deliveries, all);
      writer.flush();
    }
    assertEquals(all, deliveries.query(DeliveryKeys.partition("c-1")).stream().toList());
    List<Delivery> inLyon =
        deliveries
            .query(DeliveryKeys.partition("c-1"))
            .filter(DeliveryAttributes.shipping.city.eq("Lyon"))
            .stream()
            .toList();
    assertEquals(all.stream().filter(d -> d.shipping().city().equals("Lyon")).toList(), inLyon);
    assertEquals(20, inLyon.size());
    assertFalse(stored("c-1", "d-00").containsKey("shipping"));
  }

  @Test
  void aTransactionPutsAndChecksOnFlattenedAttributes() {
    Delivery first = delivery("d-1", "Lyon");
    deliveries.put(first);
    Delivery second = delivery("d-2", "Paris");
    Transaction.write(client)
        .conditionCheck(deliveries, first, DeliveryAttributes.shipping.city.eq("Lyon"))
        .put(deliveries, second, DeliveryAttributes.recipient.name.notExists())
        .execute();
    assertEquals(second, deliveries.get("c-1", "d-2").orElseThrow());
    assertEquals(AttributeValue.fromS("Paris"), stored("c-1", "d-2").get("ship_city"));
    assertThrows(
        TransactionCancelledException.class,
        () ->
            Transaction.write(client)
                .conditionCheck(deliveries, first, DeliveryAttributes.shipping.city.eq("Paris"))
                .put(deliveries, delivery("d-3", "Nice"))
                .execute());
    assertEquals(java.util.Optional.empty(), deliveries.get("c-1", "d-3"));
  }

  @Test
  void repositoryMethodsFilterOnFlattenedAttributes() {
    DeliveryStore store = new DeliveryStoreImpl(deliveries);
    Delivery lyon = delivery("d-1", "Lyon");
    Delivery paris = delivery("d-2", "Paris");
    Delivery high =
        new Delivery(
            "c-2", "d-3", new Place("2 quai Bas", "Lyon", 9), new Recipient("Bo", "+33"), "NEW");
    deliveries.put(lyon);
    deliveries.put(paris);
    deliveries.put(high);
    assertEquals(List.of(lyon), store.findByCustomerIdAndShippingCity("c-1", "Lyon").toList());
    assertEquals(List.of(), store.findByCustomerIdAndShippingCity("c-2", "Paris").toList());
    assertEquals(
        List.of(high), store.scanByShippingFloorGreaterThanAndRecipientNameStartingWith(3, "B"));
    assertEquals(
        List.of(), store.scanByShippingFloorGreaterThanAndRecipientNameStartingWith(3, "A"));
  }

  @Test
  void aSingleTableItemFlattensItsDocumentBesideTheComposedKeys(TestTables tables) {
    PalletRepository pallets = new PalletRepository(client, tables.create(PalletSchema.INSTANCE));
    Pallet pallet = new Pallet("north", 7, new Place("3 rue Basse", "Lille", 0), 120);
    pallets.put(pallet);
    Map<String, AttributeValue> stored =
        client
            .getItem(
                b -> b.tableName(pallets.tableName()).key(PalletSchema.INSTANCE.key("north", 7)))
            .item();
    assertEquals(AttributeValue.fromS("Lille"), stored.get("dest_city"));
    assertEquals(AttributeValue.fromN("0"), stored.get("dest_floor"));
    assertFalse(stored.containsKey("destination"));
    assertEquals(pallet, pallets.get("north", 7).orElseThrow());

    pallets.put(new Pallet("north", 8, new Place("1 place Haute", "Arras", 2), 80));
    assertEquals(
        List.of(pallet),
        pallets
            .query(PalletKeys.partition("north").all())
            .filter(PalletAttributes.destination.city.eq("Lille"))
            .stream()
            .toList());
    Pallet moved =
        pallets
            .update("north", 7)
            .set(PalletAttributes.destination.city, "Douai")
            .execute();
    assertEquals(new Place("3 rue Basse", "Douai", 0), moved.destination());
    assertEquals(moved, pallets.get("north", 7).orElseThrow());
  }

  @Test
  void aDocumentFlattensAnotherInItsMapAndBothReachTheItemsTopLevel(TestTables tables) {
    VisitRepository visits = new VisitRepository(client, tables.create(VisitSchema.INSTANCE));
    Visit visit =
        new Visit(
            "v-1",
            new Landmark("Beffroi", new Coordinates(50.63, 3.06)),
            new Landmark("Cathedral", new Coordinates(50.64, 3.07)));
    visits.put(visit);
    Map<String, AttributeValue> stored =
        client
            .getItem(b -> b.tableName(visits.tableName()).key(VisitSchema.INSTANCE.key("v-1")))
            .item();
    assertEquals(
        Map.of(
            "id", AttributeValue.fromS("v-1"),
            "at_name", AttributeValue.fromS("Beffroi"),
            "at_gps_lat", AttributeValue.fromN("50.63"),
            "at_gps_lon", AttributeValue.fromN("3.06"),
            "previous",
                AttributeValue.fromM(
                    Map.of(
                        "name", AttributeValue.fromS("Cathedral"),
                        "gps_lat", AttributeValue.fromN("50.64"),
                        "gps_lon", AttributeValue.fromN("3.07")))),
        stored);
    assertEquals(visit, visits.get("v-1").orElseThrow());
    String json = VisitSchema.INSTANCE.toJson(visit);
    assertTrue(json.contains("\"at_gps_lat\":50.63"), json);
    assertTrue(json.contains("\"gps_lon\":3.07"), json);
    assertEquals(visit, VisitSchema.INSTANCE.fromJson(json));

    // The metamodel reaches both: at the top level, and inside the nested map.
    assertEquals(
        List.of(visit),
        visits.scan().filter(VisitAttributes.at.gps.lat.gt(50.0)).stream().toList());
    assertEquals(
        List.of(visit),
        visits.scan().filter(VisitAttributes.previous.gps.lon.eq(3.07)).stream().toList());
    Visit moved =
        visits
            .update(visit)
            .set(VisitAttributes.at.gps.lon, 3.08)
            .set(VisitAttributes.previous.gps.lat, 50.65)
            .execute();
    assertEquals(new Coordinates(50.63, 3.08), moved.at().gps());
    assertEquals(new Coordinates(50.65, 3.07), moved.previous().gps());
    assertEquals(moved, visits.get("v-1").orElseThrow());
  }

  @Test
  void jsonShowsAndReadsTheTopLevelAttributes() {
    Delivery delivery = delivery("d-1", "Lyon");
    String json = DeliverySchema.INSTANCE.toJson(delivery);
    assertTrue(json.contains("\"ship_city\":\"Lyon\""), json);
    assertEquals(delivery, DeliverySchema.INSTANCE.fromJson(json));
  }
}
