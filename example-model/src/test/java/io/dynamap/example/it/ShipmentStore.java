package io.dynamap.example.it;

import io.dynamap.annotations.Repository;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Repository-interface methods that read the multi-attribute index {@code byRegionAndTier}. */
// tag::multi-attribute-repository[]
@Repository(Shipment.class)
public interface ShipmentStore {
  Stream<Shipment> findByRegionAndTier(String region, int tier);

  List<Shipment> findByRegionAndTierAndPlacedAtAfter(String region, int tier, Instant after);

  long countByRegionAndTierAndPlacedAtAndWeightLessThanAndFragileTrue(
      String region, int tier, Instant placedAt, long weight);
}
// end::multi-attribute-repository[]
