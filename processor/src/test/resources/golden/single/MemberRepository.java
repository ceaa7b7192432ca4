package com.example.club;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Member} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link MemberKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class MemberRepository extends TableRepository<Member> {
    /**
     * A repository for the table {@code Club} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public MemberRepository(DynamoDbClient client) {
        this(client, MemberSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public MemberRepository(DynamoDbClient client, String tableName) {
        super(client, MemberSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param memberId a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Member> get(long memberId) {
        return getByKey(MemberSchema.INSTANCE.key(memberId));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param memberId a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Member> getConsistent(long memberId) {
        return getByKey(MemberSchema.INSTANCE.key(memberId), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param memberId a field of the primary key
     */
    public void delete(long memberId) {
        deleteByKey(MemberSchema.INSTANCE.key(memberId));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param memberId a field of the primary key
     * @return the removed item, or empty if there was none
     */
    public Optional<Member> deleteReturningOld(long memberId) {
        return deleteByKeyReturningOld(MemberSchema.INSTANCE.key(memberId));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param memberId a field of the primary key
     * @param condition what must hold, typically on {@link MemberAttributes}
     */
    public void delete(long memberId, Condition<Member> condition) {
        deleteByKey(MemberSchema.INSTANCE.key(memberId), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link MemberAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param memberId a field of the primary key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Member> update(long memberId) {
        return updateByKey(MemberSchema.INSTANCE.key(memberId), MemberSchema.INSTANCE.keyFields(memberId));
    }
}
