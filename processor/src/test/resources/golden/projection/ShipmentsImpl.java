package com.example.shop;

import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    public List<ShipmentSummary> findByCustomerId(String customerId) {
        return this.repository.query(ShipmentKeys.partition(customerId)).project(ShipmentSummarySchema.INSTANCE).stream().toList();
    }

    @Override
    public Optional<ShipmentSummary> findByCustomerIdAndSentAt(String customerId, Instant at) {
        return this.repository.get(ShipmentSchema.INSTANCE.key(customerId, at), ShipmentSummarySchema.INSTANCE);
    }

    @Override
    public Stream<CarrierSummary> findByCarrier(String carrier) {
        return this.repository.query(ShipmentKeys.byCarrier(carrier)).project(CarrierSummarySchema.INSTANCE).stream();
    }

    @Override
    public List<ShipmentSummary> scanByParcelsGreaterThan(int parcels) {
        return this.repository.scan().filter(ShipmentAttributes.parcels.gt(parcels)).project(ShipmentSummarySchema.INSTANCE).stream().toList();
    }

    @Override
    public Page<ParcelCount> findByCustomerIdOrderBySentAtDesc(String customerId,
            PageRequest page) {
        return this.repository.query(ShipmentKeys.partition(customerId)).descending().project(ParcelCountSchema.INSTANCE).page(page);
    }
}
