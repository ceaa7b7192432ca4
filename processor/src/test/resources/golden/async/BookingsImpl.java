package com.example.travel;

import io.dynamap.async.AsyncResults;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Implements {@link Bookings} on {@link BookingRepository} and, for the methods returning futures and publishers, {@link BookingAsyncRepository}: each method is a query, scan, read or delete checked against {@link Booking}'s keys and indexes when it was compiled.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class BookingsImpl implements Bookings {
    private final BookingRepository repository;

    private final BookingAsyncRepository asyncRepository;

    /**
     * Reads the table {@code Bookings} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param asyncClient the async client to call, usually from {@code DynamapAsyncClients}
     */
    public BookingsImpl(DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
        this(new BookingRepository(client), new BookingAsyncRepository(asyncClient));
    }

    /**
     * Reads a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param asyncClient the async client to call, usually from {@code DynamapAsyncClients}
     * @param tableName the physical table name
     */
    public BookingsImpl(DynamoDbClient client, DynamoDbAsyncClient asyncClient, String tableName) {
        this(new BookingRepository(client, tableName), new BookingAsyncRepository(asyncClient, tableName));
    }

    /**
     * Reads through existing repositories, sharing their clients and table.
     *
     * @param repository the generated repository of {@link Booking}
     * @param asyncRepository the generated async repository of {@link Booking}
     */
    public BookingsImpl(BookingRepository repository, BookingAsyncRepository asyncRepository) {
        this.repository = Objects.<BookingRepository>requireNonNull(repository, "repository");
        this.asyncRepository = Objects.<BookingAsyncRepository>requireNonNull(asyncRepository, "asyncRepository");
    }

    @Override
    public Optional<Booking> findByGuestAndNight(String guest, LocalDate night) {
        return this.repository.get(guest, night);
    }

    @Override
    public CompletableFuture<Optional<Booking>> readByGuestAndNight(String g, LocalDate n) {
        return this.asyncRepository.get(g, n);
    }

    @Override
    public CompletableFuture<Booking> getByGuestAndNight(String guest, LocalDate night) {
        return AsyncResults.map(this.asyncRepository.get(guest, night), found -> found.orElse(null));
    }

    @Override
    public CompletableFuture<Boolean> existsByGuestAndNight(String guest, LocalDate night) {
        return AsyncResults.map(this.asyncRepository.get(guest, night), Optional::isPresent);
    }

    @Override
    public CompletableFuture<Void> deleteByGuestAndNight(String guest, LocalDate night) {
        return this.asyncRepository.delete(guest, night);
    }

    @Override
    public CompletableFuture<Long> deleteByGuestAndNightBefore(String guest, LocalDate night) {
        return this.asyncRepository.deleteAll(this.asyncRepository.query(BookingKeys.partition(guest).night().lt(night)));
    }

    @Override
    public CompletableFuture<Void> deleteByHotel(String hotel) {
        return AsyncResults.map(this.asyncRepository.deleteAll(this.asyncRepository.query(BookingKeys.byHotel(hotel))), deleted -> null);
    }

    @Override
    public Flow.Publisher<Booking> findByGuest(String guest) {
        return this.asyncRepository.query(BookingKeys.partition(guest)).items();
    }

    @Override
    public CompletableFuture<List<Booking>> findByGuestAndNightAfterAndPaidTrue(String guest,
            LocalDate after) {
        return this.asyncRepository.query(BookingKeys.partition(guest).night().gt(after)).filter(BookingAttributes.paid.eq(true)).toList();
    }

    @Override
    public CompletableFuture<Page<Booking>> findByHotel(String hotel, PageRequest page) {
        return this.asyncRepository.query(BookingKeys.byHotel(hotel)).page(page);
    }

    @Override
    public CompletableFuture<Optional<Booking>> findFirstByGuestOrderByNightDesc(String guest) {
        return this.asyncRepository.query(BookingKeys.partition(guest)).descending().limit(1L).first();
    }

    @Override
    public CompletableFuture<Booking> findFirstByHotel(String hotel) {
        return AsyncResults.map(this.asyncRepository.query(BookingKeys.byHotel(hotel)).limit(1L).first(), found -> found.orElse(null));
    }

    @Override
    public CompletableFuture<Long> countByHotel(String hotel) {
        return this.asyncRepository.query(BookingKeys.byHotel(hotel)).count();
    }

    @Override
    public CompletableFuture<Boolean> existsByHotelAndPaidFalse(String hotel) {
        return AsyncResults.map(this.asyncRepository.query(BookingKeys.byHotel(hotel)).filter(BookingAttributes.paid.eq(false)).first(), Optional::isPresent);
    }

    @Override
    public Flow.Publisher<Booking> scanByRoomsGreaterThan(int rooms) {
        return this.asyncRepository.scan().filter(BookingAttributes.rooms.gt(rooms)).items();
    }

    @Override
    public CompletableFuture<List<Booking>> scanTop3ByPaidTrue() {
        return this.asyncRepository.scan().filter(BookingAttributes.paid.eq(true)).limit(3L).toList();
    }
}
