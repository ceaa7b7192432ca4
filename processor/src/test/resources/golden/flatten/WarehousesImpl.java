package com.example.shop;

import java.util.Objects;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Implements {@link Warehouses} on {@link WarehouseRepository}: each method is a query, scan, read or delete checked against {@link Warehouse}'s keys and indexes when it was compiled.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class WarehousesImpl implements Warehouses {
    private final WarehouseRepository repository;

    /**
     * Reads the table {@code Warehouses} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public WarehousesImpl(DynamoDbClient client) {
        this(new WarehouseRepository(client));
    }

    /**
     * Reads a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public WarehousesImpl(DynamoDbClient client, String tableName) {
        this(new WarehouseRepository(client, tableName));
    }

    /**
     * Reads through an existing repository, sharing its client and table.
     *
     * @param repository the generated repository of {@link Warehouse}
     */
    public WarehousesImpl(WarehouseRepository repository) {
        this.repository = Objects.<WarehouseRepository>requireNonNull(repository, "repository");
    }

    @Override
    public Stream<Warehouse> scanBySiteGeoLatGreaterThan(double lat) {
        return this.repository.scan().filter(WarehouseAttributes.site.geo.lat.gt(lat)).stream();
    }
}
