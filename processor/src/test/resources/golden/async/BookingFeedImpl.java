package com.example.travel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Implements {@link BookingFeed} on {@link BookingAsyncRepository}: each method is a query, scan, read or delete checked against {@link Booking}'s keys and indexes when it was compiled.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class BookingFeedImpl implements BookingFeed {
    private final BookingAsyncRepository asyncRepository;

    /**
     * Reads the table {@code Bookings} declared by {@code @Table}.
     *
     * @param asyncClient the async client to call, usually from {@code DynamapAsyncClients}
     */
    public BookingFeedImpl(DynamoDbAsyncClient asyncClient) {
        this(new BookingAsyncRepository(asyncClient));
    }

    /**
     * Reads a table of another name, for example one per environment.
     *
     * @param asyncClient the async client to call, usually from {@code DynamapAsyncClients}
     * @param tableName the physical table name
     */
    public BookingFeedImpl(DynamoDbAsyncClient asyncClient, String tableName) {
        this(new BookingAsyncRepository(asyncClient, tableName));
    }

    /**
     * Reads through an existing repository, sharing its client and table.
     *
     * @param asyncRepository the generated async repository of {@link Booking}
     */
    public BookingFeedImpl(BookingAsyncRepository asyncRepository) {
        this.asyncRepository = Objects.<BookingAsyncRepository>requireNonNull(asyncRepository, "asyncRepository");
    }

    @Override
    public Flow.Publisher<Booking> findByHotel(String hotel) {
        return this.asyncRepository.query(BookingKeys.byHotel(hotel)).items();
    }

    @Override
    public CompletableFuture<Optional<BookingNight>> findByGuestAndNight(String guest,
            LocalDate night) {
        return this.asyncRepository.get(BookingSchema.INSTANCE.key(guest, night), BookingNightSchema.INSTANCE);
    }

    @Override
    public Flow.Publisher<BookingNight> findByGuest(String guest) {
        return this.asyncRepository.query(BookingKeys.partition(guest)).project(BookingNightSchema.INSTANCE).items();
    }

    @Override
    public CompletableFuture<List<BookingNight>> scanByPaidTrue() {
        return this.asyncRepository.scan().filter(BookingAttributes.paid.eq(true)).project(BookingNightSchema.INSTANCE).toList();
    }
}
