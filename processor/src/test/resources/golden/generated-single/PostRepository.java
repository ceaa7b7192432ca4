package com.example.board;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Post} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link PostKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class PostRepository extends TableRepository<Post> {
    /**
     * A repository for the table {@code Board} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public PostRepository(DynamoDbClient client) {
        this(client, PostSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public PostRepository(DynamoDbClient client, String tableName) {
        super(client, PostSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Post> get(String board, String slug) {
        return getByKey(PostSchema.INSTANCE.key(board, slug));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Post> getConsistent(String board, String slug) {
        return getByKey(PostSchema.INSTANCE.key(board, slug), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     */
    public void delete(String board, String slug) {
        deleteByKey(PostSchema.INSTANCE.key(board, slug));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the removed item, or empty if there was none
     */
    public Optional<Post> deleteReturningOld(String board, String slug) {
        return deleteByKeyReturningOld(PostSchema.INSTANCE.key(board, slug));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @param condition what must hold, typically on {@link PostAttributes}
     */
    public void delete(String board, String slug, Condition<Post> condition) {
        deleteByKey(PostSchema.INSTANCE.key(board, slug), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link PostAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param board a field of the primary key
     * @param slug a field of the primary key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Post> update(String board, String slug) {
        return updateByKey(PostSchema.INSTANCE.key(board, slug), PostSchema.INSTANCE.keyFields(board, slug));
    }
}
