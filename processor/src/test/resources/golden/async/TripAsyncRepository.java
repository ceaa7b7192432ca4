package com.example.travel;

import io.dynamap.async.AsyncTableRepository;
import io.dynamap.async.AsyncUpdate;
import io.dynamap.runtime.expr.Condition;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Reads and writes {@link Trip} items without blocking: as {@link TripRepository}, with each operation returning a {@code CompletableFuture} (failed with Dynamap's exception itself) and queries and scans publishing items with backpressure.
 *
 * <p>Generated because dynamap-async is on the compile class path.
 * Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class TripAsyncRepository extends AsyncTableRepository<Trip> {
    /**
     * A repository for the table {@code Travel} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapAsyncClients}
     */
    public TripAsyncRepository(DynamoDbAsyncClient client) {
        this(client, TripSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapAsyncClients}
     * @param tableName the physical table name
     */
    public TripAsyncRepository(DynamoDbAsyncClient client, String tableName) {
        super(client, TripSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param travellerId a field of the primary key
     * @param tripId a field of the primary key
     * @return a future of the item, or empty if there is none
     */
    public CompletableFuture<Optional<Trip>> get(long travellerId, String tripId) {
        return getByKey(TripSchema.INSTANCE.key(travellerId, tripId));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read.
     *
     * @param travellerId a field of the primary key
     * @param tripId a field of the primary key
     * @return a future of the item, or empty if there is none
     */
    public CompletableFuture<Optional<Trip>> getConsistent(long travellerId, String tripId) {
        return getByKey(TripSchema.INSTANCE.key(travellerId, tripId), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param travellerId a field of the primary key
     * @param tripId a field of the primary key
     * @return a future completed once the item is deleted
     */
    public CompletableFuture<Void> delete(long travellerId, String tripId) {
        return deleteByKey(TripSchema.INSTANCE.key(travellerId, tripId));
    }

    /**
     * Deletes the item with this primary key and returns it.
     *
     * @param travellerId a field of the primary key
     * @param tripId a field of the primary key
     * @return a future of the removed item, or empty if there was none
     */
    public CompletableFuture<Optional<Trip>> deleteReturningOld(long travellerId, String tripId) {
        return deleteByKeyReturningOld(TripSchema.INSTANCE.key(travellerId, tripId));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @param travellerId a field of the primary key
     * @param tripId a field of the primary key
     * @param condition what must hold, typically on {@link TripAttributes}
     * @return a future completed once the item is deleted; failed with {@code ConditionFailedException}, carrying the current item, if the condition does not hold
     */
    public CompletableFuture<Void> delete(long travellerId, String tripId,
            Condition<Trip> condition) {
        return deleteByKey(TripSchema.INSTANCE.key(travellerId, tripId), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link TripAttributes}; nothing is sent until it is executed.
     *
     * @param travellerId a field of the primary key
     * @param tripId a field of the primary key
     * @return the update, sent by one of its {@code execute} methods
     */
    public AsyncUpdate<Trip> update(long travellerId, String tripId) {
        return updateByKey(TripSchema.INSTANCE.key(travellerId, tripId), TripSchema.INSTANCE.keyFields(travellerId, tripId));
    }
}
