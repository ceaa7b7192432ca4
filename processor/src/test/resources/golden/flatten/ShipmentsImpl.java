package com.example.shop;

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
    public Stream<Shipment> findByIdAndShippingCity(String id, String city) {
        return this.repository.query(ShipmentKeys.partition(id)).filter(ShipmentAttributes.shipping.city.eq(city)).stream();
    }

    @Override
    public List<Shipment> scanByShippingFloorGreaterThanAndContactNameNotNull(int floor) {
        return this.repository.scan().filter(ShipmentAttributes.shipping.floor.gt(floor)).filter(ShipmentAttributes.contact.name.exists()).stream().toList();
    }
}
