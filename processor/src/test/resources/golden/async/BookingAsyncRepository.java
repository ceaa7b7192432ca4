package com.example.travel;

import io.dynamap.async.AsyncTableRepository;
import io.dynamap.async.AsyncUpdate;
import io.dynamap.runtime.expr.Condition;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Reads and writes {@link Booking} items without blocking: as {@link BookingRepository}, with each operation returning a {@code CompletableFuture} (failed with Dynamap's exception itself) and queries and scans publishing items with backpressure.
 *
 * <p>Generated because dynamap-async is on the compile class path.
 * Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class BookingAsyncRepository extends AsyncTableRepository<Booking> {
    /**
     * A repository for the table {@code Bookings} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapAsyncClients}
     */
    public BookingAsyncRepository(DynamoDbAsyncClient client) {
        this(client, BookingSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapAsyncClients}
     * @param tableName the physical table name
     */
    public BookingAsyncRepository(DynamoDbAsyncClient client, String tableName) {
        super(client, BookingSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param guest the partition key
     * @param night the sort key
     * @return a future of the item, or empty if there is none
     */
    public CompletableFuture<Optional<Booking>> get(String guest, LocalDate night) {
        return getByKey(BookingSchema.INSTANCE.key(guest, night));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read.
     *
     * @param guest the partition key
     * @param night the sort key
     * @return a future of the item, or empty if there is none
     */
    public CompletableFuture<Optional<Booking>> getConsistent(String guest, LocalDate night) {
        return getByKey(BookingSchema.INSTANCE.key(guest, night), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param guest the partition key
     * @param night the sort key
     * @return a future completed once the item is deleted
     */
    public CompletableFuture<Void> delete(String guest, LocalDate night) {
        return deleteByKey(BookingSchema.INSTANCE.key(guest, night));
    }

    /**
     * Deletes the item with this primary key and returns it.
     *
     * @param guest the partition key
     * @param night the sort key
     * @return a future of the removed item, or empty if there was none
     */
    public CompletableFuture<Optional<Booking>> deleteReturningOld(String guest, LocalDate night) {
        return deleteByKeyReturningOld(BookingSchema.INSTANCE.key(guest, night));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @param guest the partition key
     * @param night the sort key
     * @param condition what must hold, typically on {@link BookingAttributes}
     * @return a future completed once the item is deleted; failed with {@code ConditionFailedException}, carrying the current item, if the condition does not hold
     */
    public CompletableFuture<Void> delete(String guest, LocalDate night,
            Condition<Booking> condition) {
        return deleteByKey(BookingSchema.INSTANCE.key(guest, night), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link BookingAttributes}; nothing is sent until it is executed.
     *
     * @param guest the partition key
     * @param night the sort key
     * @return the update, sent by one of its {@code execute} methods
     */
    public AsyncUpdate<Booking> update(String guest, LocalDate night) {
        return updateByKey(BookingSchema.INSTANCE.key(guest, night));
    }
}
