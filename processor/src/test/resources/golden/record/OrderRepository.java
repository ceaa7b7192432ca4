package com.example.shop;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.time.Instant;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Order} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link OrderKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class OrderRepository extends TableRepository<Order> {
    /**
     * A repository for the table {@code Orders} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public OrderRepository(DynamoDbClient client) {
        this(client, OrderSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public OrderRepository(DynamoDbClient client, String tableName) {
        super(client, OrderSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param customerId the partition key
     * @param placedAt the sort key
     * @return the item, or empty if there is none
     */
    public Optional<Order> get(String customerId, Instant placedAt) {
        return getByKey(OrderSchema.INSTANCE.key(customerId, placedAt));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param customerId the partition key
     * @param placedAt the sort key
     * @return the item, or empty if there is none
     */
    public Optional<Order> getConsistent(String customerId, Instant placedAt) {
        return getByKey(OrderSchema.INSTANCE.key(customerId, placedAt), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param customerId the partition key
     * @param placedAt the sort key
     */
    public void delete(String customerId, Instant placedAt) {
        deleteByKey(OrderSchema.INSTANCE.key(customerId, placedAt));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param customerId the partition key
     * @param placedAt the sort key
     * @return the removed item, or empty if there was none
     */
    public Optional<Order> deleteReturningOld(String customerId, Instant placedAt) {
        return deleteByKeyReturningOld(OrderSchema.INSTANCE.key(customerId, placedAt));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param customerId the partition key
     * @param placedAt the sort key
     * @param condition what must hold, typically on {@link OrderAttributes}
     */
    public void delete(String customerId, Instant placedAt, Condition<Order> condition) {
        deleteByKey(OrderSchema.INSTANCE.key(customerId, placedAt), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link OrderAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param customerId the partition key
     * @param placedAt the sort key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Order> update(String customerId, Instant placedAt) {
        return updateByKey(OrderSchema.INSTANCE.key(customerId, placedAt));
    }
}
