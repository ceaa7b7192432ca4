package com.example.board;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Pin} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link PinKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class PinRepository extends TableRepository<Pin> {
    /**
     * A repository for the table {@code Board} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public PinRepository(DynamoDbClient client) {
        this(client, PinSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public PinRepository(DynamoDbClient client, String tableName) {
        super(client, PinSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Pin> get(String board, String slug) {
        return getByKey(PinSchema.INSTANCE.key(board, slug));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Pin> getConsistent(String board, String slug) {
        return getByKey(PinSchema.INSTANCE.key(board, slug), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     */
    public void delete(String board, String slug) {
        deleteByKey(PinSchema.INSTANCE.key(board, slug));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the removed item, or empty if there was none
     */
    public Optional<Pin> deleteReturningOld(String board, String slug) {
        return deleteByKeyReturningOld(PinSchema.INSTANCE.key(board, slug));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @param condition what must hold, typically on {@link PinAttributes}
     */
    public void delete(String board, String slug, Condition<Pin> condition) {
        deleteByKey(PinSchema.INSTANCE.key(board, slug), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link PinAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Pin> update(String board, String slug) {
        return updateByKey(PinSchema.INSTANCE.key(board, slug), PinSchema.INSTANCE.keyFields(board, slug));
    }
}
