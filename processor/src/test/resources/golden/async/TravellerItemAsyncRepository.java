package com.example.travel;

import io.dynamap.async.AsyncTableRepository;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Reads and writes the members of {@link TravellerItem} without blocking: as {@link TravellerItemRepository}, with each operation returning a {@code CompletableFuture} and queries and scans publishing items with backpressure.
 *
 * <p>Generated because dynamap-async is on the compile class path. Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class TravellerItemAsyncRepository extends AsyncTableRepository<TravellerItem> {
    /**
     * A repository for the table {@code Travel} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapAsyncClients}
     */
    public TravellerItemAsyncRepository(DynamoDbAsyncClient client) {
        this(client, TravellerItemSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapAsyncClients}
     * @param tableName the physical table name
     */
    public TravellerItemAsyncRepository(DynamoDbAsyncClient client, String tableName) {
        super(client, TravellerItemSchema.INSTANCE, tableName);
    }
}
