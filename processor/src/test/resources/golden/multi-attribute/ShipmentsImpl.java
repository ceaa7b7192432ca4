package com.example.shop;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Implements {@link Shipments} on {@link ShipmentRepository}: each method is a query, scan, read or delete checked against {@link Shipment}'s keys and indexes when it was compiled.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentsImpl implements Shipments {
    private final ShipmentRepository repository;

    /**
     * Reads the table {@code Shipments} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public ShipmentsImpl(DynamoDbClient client) {
        this(new ShipmentRepository(client));
    }

    /**
     * Reads a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public ShipmentsImpl(DynamoDbClient client, String tableName) {
        this(new ShipmentRepository(client, tableName));
    }

    /**
     * Reads through an existing repository, sharing its client and table.
     *
     * @param repository the generated repository of {@link Shipment}
     */
    public ShipmentsImpl(ShipmentRepository repository) {
        this.repository = Objects.<ShipmentRepository>requireNonNull(repository, "repository");
    }

    @Override
    public Stream<Shipment> findByRegionAndTier(String region, int tier) {
        return this.repository.query(ShipmentKeys.byRegionAndTier(region, tier)).stream();
    }

    @Override
    public List<Shipment> findByTierAndRegionAndPlacedAtAfter(int tier, String region,
            Instant after) {
        return this.repository.query(ShipmentKeys.byRegionAndTier(region, tier).placedAt().gt(after)).stream().toList();
    }

    @Override
    public Stream<Shipment> findByRegionAndTierAndPlacedAtAndWeightBetweenAndFragileTrue(
            String region, int tier, Instant placedAt, long min, long max) {
        return this.repository.query(ShipmentKeys.byRegionAndTier(region, tier).placedAt().eq(placedAt).weight().between(min, max)).filter(ShipmentAttributes.fragile.eq(true)).stream();
    }

    @Override
    public long countByRegionAndTierAndPlacedAtAndWeightAndLabelStartingWith(String region,
            int tier, Instant placedAt, long weight, byte[] prefix) {
        return this.repository.query(ShipmentKeys.byRegionAndTier(region, tier).placedAt().eq(placedAt).weight().eq(weight).label().beginsWith(prefix)).count();
    }
}
