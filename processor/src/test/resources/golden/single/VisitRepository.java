package com.example.club;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.time.LocalDate;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Visit} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link VisitKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class VisitRepository extends TableRepository<Visit> {
    /**
     * A repository for the table {@code Club} declared by {@code @SingleTable}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public VisitRepository(DynamoDbClient client) {
        this(client, VisitSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public VisitRepository(DynamoDbClient client, String tableName) {
        super(client, VisitSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param memberId a field of the primary key
     * @param day a field of the primary key
     * @param hour a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Visit> get(long memberId, LocalDate day, int hour) {
        return getByKey(VisitSchema.INSTANCE.key(memberId, day, hour));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param memberId a field of the primary key
     * @param day a field of the primary key
     * @param hour a field of the primary key
     * @return the item, or empty if there is none
     */
    public Optional<Visit> getConsistent(long memberId, LocalDate day, int hour) {
        return getByKey(VisitSchema.INSTANCE.key(memberId, day, hour), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param memberId a field of the primary key
     * @param day a field of the primary key
     * @param hour a field of the primary key
     */
    public void delete(long memberId, LocalDate day, int hour) {
        deleteByKey(VisitSchema.INSTANCE.key(memberId, day, hour));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param memberId a field of the primary key
     * @param day a field of the primary key
     * @param hour a field of the primary key
     * @return the removed item, or empty if there was none
     */
    public Optional<Visit> deleteReturningOld(long memberId, LocalDate day, int hour) {
        return deleteByKeyReturningOld(VisitSchema.INSTANCE.key(memberId, day, hour));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param memberId a field of the primary key
     * @param day a field of the primary key
     * @param hour a field of the primary key
     * @param condition what must hold, typically on {@link VisitAttributes}
     */
    public void delete(long memberId, LocalDate day, int hour, Condition<Visit> condition) {
        deleteByKey(VisitSchema.INSTANCE.key(memberId, day, hour), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link VisitAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param memberId a field of the primary key
     * @param day a field of the primary key
     * @param hour a field of the primary key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Visit> update(long memberId, LocalDate day, int hour) {
        return updateByKey(VisitSchema.INSTANCE.key(memberId, day, hour), VisitSchema.INSTANCE.keyFields(memberId, day, hour));
    }
}
