package com.example.shop;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Parcel} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link ParcelKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class ParcelRepository extends TableRepository<Parcel> {
    /**
     * A repository for the table {@code Parcels} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public ParcelRepository(DynamoDbClient client) {
        this(client, ParcelSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public ParcelRepository(DynamoDbClient client, String tableName) {
        super(client, ParcelSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param id the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Parcel> get(String id) {
        return getByKey(ParcelSchema.INSTANCE.key(id));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param id the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Parcel> getConsistent(String id) {
        return getByKey(ParcelSchema.INSTANCE.key(id), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param id the partition key
     */
    public void delete(String id) {
        deleteByKey(ParcelSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param id the partition key
     * @return the removed item, or empty if there was none
     */
    public Optional<Parcel> deleteReturningOld(String id) {
        return deleteByKeyReturningOld(ParcelSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param id the partition key
     * @param condition what must hold, typically on {@link ParcelAttributes}
     */
    public void delete(String id, Condition<Parcel> condition) {
        deleteByKey(ParcelSchema.INSTANCE.key(id), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link ParcelAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param id the partition key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Parcel> update(String id) {
        return updateByKey(ParcelSchema.INSTANCE.key(id));
    }
}
