package io.dynamap.example.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.table.KeyElement;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A global index with a multi-attribute key, declared by annotations and used through the
 * generated key builder and a repository interface, on Dynamap Local: createTable and
 * verifyTable, then each legal form of key condition.
 */
@DynamapLocalTest
class MultiAttributeIndexTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T08:00:00Z");

  private ShipmentRepository shipments;

  @BeforeEach
  void fill(DynamoDbClient client, TestTables tables) {
    shipments = new ShipmentRepository(client, tables.create(ShipmentSchema.INSTANCE));
    shipments.save(new Shipment("s1", "EU", 1, MONDAY, 5, false));
    shipments.save(new Shipment("s2", "EU", 1, MONDAY, 12, true));
    shipments.save(new Shipment("s3", "EU", 1, TUESDAY, 3, true));
    shipments.save(new Shipment("s4", "EU", 2, MONDAY, 7, false));
    shipments.save(new Shipment("s5", "US", 1, MONDAY, 1, false));
  }

  @Test
  void theTableHasTheMultiAttributeKeyAndMatchesTheModel() {
    assertEquals(
        List.of(
            new KeyElement("region", KeyType.HASH, ScalarAttributeType.S),
            new KeyElement("tier", KeyType.HASH, ScalarAttributeType.N),
            new KeyElement("placedAt", KeyType.RANGE, ScalarAttributeType.S),
            new KeyElement("weight", KeyType.RANGE, ScalarAttributeType.N)),
        shipments.describe().index("byRegionAndTier").orElseThrow().key());
    assertDoesNotThrow(shipments::verifyTable);
  }

  @Test
  void everyLegalFormOfKeyConditionQueriesTheIndex() {
    Instant monday = MONDAY;
    // tag::multi-attribute-queries[]
    // Every partition attribute, then sort attributes left to right, a range only on the last one
    shipments.query(ShipmentKeys.byRegionAndTier("EU", 1)).stream();
    shipments.query(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().gt(monday)).stream();
    shipments.query(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(monday).weight().ge(10L)).stream();
    // ShipmentKeys.byRegionAndTier("EU", 1).weight()                        does not compile: placedAt skipped
    // ShipmentKeys.byRegionAndTier("EU", 1).placedAt().gt(monday).weight()  does not compile: a range ends it
    // ShipmentKeys.byRegionAndTier("EU")                                    does not compile: tier missing
    // end::multi-attribute-queries[]
    assertEquals(List.of("s1", "s2", "s3"), ids(ShipmentKeys.byRegionAndTier("EU", 1)), "by placedAt, then weight");
    assertEquals(List.of("s4"), ids(ShipmentKeys.byRegionAndTier("EU", 2)));
    assertEquals(List.of("s5"), ids(ShipmentKeys.byRegionAndTier("US", 1)));

    assertEquals(List.of("s3"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().gt(MONDAY)));
    assertEquals(List.of("s3"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().ge(TUESDAY)));
    assertEquals(List.of("s1", "s2"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().lt(TUESDAY)));
    assertEquals(List.of("s1", "s2"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().le(MONDAY)));
    assertEquals(List.of("s1", "s2", "s3"),
        ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().between(MONDAY, TUESDAY)));
    assertEquals(List.of("s3"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().beginsWith("2026-12")));
    assertEquals(List.of("s1", "s2"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY)));

    assertEquals(List.of("s1"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY).weight().eq(5L)));
    assertEquals(List.of("s2"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY).weight().ge(10L)));
    assertEquals(List.of("s2"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY).weight().gt(5L)));
    assertEquals(List.of("s1"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY).weight().lt(12L)));
    assertEquals(List.of("s1"), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY).weight().le(5L)));
    assertEquals(List.of("s1", "s2"),
        ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(MONDAY).weight().between(1L, 12L)));
    assertEquals(List.of(), ids(ShipmentKeys.byRegionAndTier("EU", 1).placedAt().eq(TUESDAY).weight().gt(3L)));
  }

  @Test
  void aRepositoryInterfaceQueriesTheIndexByMethodName() {
    // tag::multi-attribute-repository-use[]
    ShipmentStore store = new ShipmentStoreImpl(shipments);
    List<Shipment> later = store.findByRegionAndTierAndPlacedAtAfter("EU", 1, MONDAY);
    // end::multi-attribute-repository-use[]
    assertEquals(List.of("s3"), later.stream().map(Shipment::shipmentId).toList());
    try (Stream<Shipment> all = store.findByRegionAndTier("EU", 1)) {
      assertEquals(List.of("s1", "s2", "s3"), all.map(Shipment::shipmentId).toList());
    }
    assertEquals(1, store.countByRegionAndTierAndPlacedAtAndWeightLessThanAndFragileTrue("EU", 1, MONDAY, 20));
    assertEquals(0, store.countByRegionAndTierAndPlacedAtAndWeightLessThanAndFragileTrue("EU", 1, MONDAY, 12));
  }

  private List<String> ids(KeyCondition<Shipment> condition) {
    try (Stream<Shipment> found = shipments.query(condition).stream()) {
      return found.map(Shipment::shipmentId).toList();
    }
  }
}
