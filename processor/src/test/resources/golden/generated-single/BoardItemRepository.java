package com.example.board;

import io.dynamap.runtime.TableRepository;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes the members of {@link BoardItem} in their single table: {@code query} with {@link BoardItemKeys} returns each item as its own type; {@code put}, batches and transactions take any member.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class BoardItemRepository extends TableRepository<BoardItem> {
    /**
     * A repository for the table {@code Board} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public BoardItemRepository(DynamoDbClient client) {
        this(client, BoardItemSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public BoardItemRepository(DynamoDbClient client, String tableName) {
        super(client, BoardItemSchema.INSTANCE, tableName);
    }
}
