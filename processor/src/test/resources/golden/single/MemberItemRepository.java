package com.example.club;

import io.dynamap.runtime.TableRepository;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes the members of {@link MemberItem} in their single table: {@code query} with {@link MemberItemKeys} returns each item as its own type; {@code put}, batches and transactions take any member.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class MemberItemRepository extends TableRepository<MemberItem> {
    /**
     * A repository for the table {@code Club} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public MemberItemRepository(DynamoDbClient client) {
        this(client, MemberItemSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public MemberItemRepository(DynamoDbClient client, String tableName) {
        super(client, MemberItemSchema.INSTANCE, tableName);
    }
}
