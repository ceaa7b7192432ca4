package com.example.shop;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Shipment} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link ShipmentKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class ShipmentRepository extends TableRepository<Shipment> {
    /**
     * A repository for the table {@code Shipments} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public ShipmentRepository(DynamoDbClient client) {
        this(client, ShipmentSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public ShipmentRepository(DynamoDbClient client, String tableName) {
        super(client, ShipmentSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param id the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Shipment> get(String id) {
        return getByKey(ShipmentSchema.INSTANCE.key(id));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param id the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Shipment> getConsistent(String id) {
        return getByKey(ShipmentSchema.INSTANCE.key(id), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param id the partition key
     */
    public void delete(String id) {
        deleteByKey(ShipmentSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param id the partition key
     * @return the removed item, or empty if there was none
     */
    public Optional<Shipment> deleteReturningOld(String id) {
        return deleteByKeyReturningOld(ShipmentSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param id the partition key
     * @param condition what must hold, typically on {@link ShipmentAttributes}
     */
    public void delete(String id, Condition<Shipment> condition) {
        deleteByKey(ShipmentSchema.INSTANCE.key(id), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link ShipmentAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param id the partition key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Shipment> update(String id) {
        return updateByKey(ShipmentSchema.INSTANCE.key(id));
    }
}
