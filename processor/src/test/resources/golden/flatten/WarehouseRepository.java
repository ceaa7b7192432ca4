package com.example.shop;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Warehouse} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link WarehouseKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class WarehouseRepository extends TableRepository<Warehouse> {
    /**
     * A repository for the table {@code Warehouses} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public WarehouseRepository(DynamoDbClient client) {
        this(client, WarehouseSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public WarehouseRepository(DynamoDbClient client, String tableName) {
        super(client, WarehouseSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param id the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Warehouse> get(String id) {
        return getByKey(WarehouseSchema.INSTANCE.key(id));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param id the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Warehouse> getConsistent(String id) {
        return getByKey(WarehouseSchema.INSTANCE.key(id), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param id the partition key
     */
    public void delete(String id) {
        deleteByKey(WarehouseSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param id the partition key
     * @return the removed item, or empty if there was none
     */
    public Optional<Warehouse> deleteReturningOld(String id) {
        return deleteByKeyReturningOld(WarehouseSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param id the partition key
     * @param condition what must hold, typically on {@link WarehouseAttributes}
     */
    public void delete(String id, Condition<Warehouse> condition) {
        deleteByKey(WarehouseSchema.INSTANCE.key(id), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link WarehouseAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param id the partition key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Warehouse> update(String id) {
        return updateByKey(WarehouseSchema.INSTANCE.key(id));
    }
}
