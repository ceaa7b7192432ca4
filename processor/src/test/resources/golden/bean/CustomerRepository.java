package com.example.shop;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.Update;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads and writes {@link Customer} items in their table: {@code put}, {@code get}, {@code delete}, {@code query} with {@link CustomerKeys}, {@code scan} and {@code createTable}.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public class CustomerRepository extends TableRepository<Customer> {
    /**
     * A repository for the table {@code Customers} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public CustomerRepository(DynamoDbClient client) {
        this(client, CustomerSchema.TABLE_NAME);
    }

    /**
     * A repository for a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public CustomerRepository(DynamoDbClient client, String tableName) {
        super(client, CustomerSchema.INSTANCE, tableName);
    }

    /**
     * Reads the item with this primary key.
     *
     * @param region the partition key
     * @param handle the sort key
     * @return the item, or empty if there is none
     */
    public Optional<Customer> get(String region, String handle) {
        return getByKey(CustomerSchema.INSTANCE.key(region, handle));
    }

    /**
     * Reads the item with this primary key with a strongly consistent read ({@code ConsistentRead=true}, twice the capacity): every write that succeeded before it is seen.
     *
     * @param region the partition key
     * @param handle the sort key
     * @return the item, or empty if there is none
     */
    public Optional<Customer> getConsistent(String region, String handle) {
        return getByKey(CustomerSchema.INSTANCE.key(region, handle), true);
    }

    /**
     * Deletes the item with this primary key, if there is one.
     *
     * @param region the partition key
     * @param handle the sort key
     */
    public void delete(String region, String handle) {
        deleteByKey(CustomerSchema.INSTANCE.key(region, handle));
    }

    /**
     * Deletes the item with this primary key and returns it ({@code ReturnValues=ALL_OLD}), in one request.
     *
     * @param region the partition key
     * @param handle the sort key
     * @return the removed item, or empty if there was none
     */
    public Optional<Customer> deleteReturningOld(String region, String handle) {
        return deleteByKeyReturningOld(CustomerSchema.INSTANCE.key(region, handle));
    }

    /**
     * Deletes the item with this primary key if the condition holds.
     *
     * @throws ConditionFailedException if it does not, with the current item
     * @param region the partition key
     * @param handle the sort key
     * @param condition what must hold, typically on {@link CustomerAttributes}
     */
    public void delete(String region, String handle, Condition<Customer> condition) {
        deleteByKey(CustomerSchema.INSTANCE.key(region, handle), condition);
    }

    /**
     * Starts an update of the item with this primary key, with the attributes of {@link CustomerAttributes}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code whenExists()}, an update of a missing item creates it.
     *
     * @param region the partition key
     * @param handle the sort key
     * @return the update, sent by one of its {@code execute} methods
     */
    public Update<Customer> update(String region, String handle) {
        return updateByKey(CustomerSchema.INSTANCE.key(region, handle));
    }
}
