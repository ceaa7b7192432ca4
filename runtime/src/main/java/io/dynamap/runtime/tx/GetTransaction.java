package io.dynamap.runtime.tx;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.TransactionCore;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * A read transaction being built: up to {@value Transaction#MAX_ACTIONS} items, from any tables,
 * read as of one point in time ({@code TransactGetItems}). Nothing is read until {@link
 * #execute()}; the result gives each item typed by the repository it was asked through.
 *
 * <p>A builder: mutable and not thread-safe; each method returns this transaction.
 */
public final class GetTransaction {
  private final DynamoDbClient client;
  /** The items, their checks, the request, the result and the mapping of a failure. */
  private final TransactionCore.GetActions actions = new TransactionCore.GetActions();

  GetTransaction(DynamoDbClient client) {
    this.client = client;
  }

  /**
   * Reads the item with the entity's primary key; only the key is read from the entity.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which also decodes the item; not null
   * @param keyEntity an entity holding the key; not null
   * @return this transaction
   * @throws IllegalArgumentException if the transaction is full or already reads this item
   */
  public <T> GetTransaction get(TableRepository<T> repository, T keyEntity) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(keyEntity, "keyEntity");
    actions.get(WriteTransaction.table(repository), keyEntity);
    return this;
  }

  /**
   * Reads the item with this encoded primary key.
   *
   * @param <T> the entity type
   * @param repository the repository of the item's table, which also decodes the item; not null
   * @param key the item's primary key attributes, as stored; not null
   * @return this transaction
   * @throws IllegalArgumentException if the key lacks a key attribute, the transaction is full, or
   *     it already reads this item
   */
  public <T> GetTransaction getByKey(
      TableRepository<T> repository, Map<String, AttributeValue> key) {
    actions.getByKey(WriteTransaction.table(repository), key);
    return this;
  }

  /**
   * The number of items asked for so far.
   *
   * @return the count of items added, 0 for a new transaction
   */
  public int size() {
    return actions.size();
  }

  /**
   * The request {@link #execute()} sends.
   *
   * @return a new request holding the items in the order they were added
   */
  public TransactGetItemsRequest toRequest() {
    return actions.toRequest();
  }

  /**
   * Reads all the items as of one point in time.
   *
   * @return the items, by the position they were asked for in
   * @throws io.dynamap.runtime.error.TransactionCancelledException if DynamoDB cancelled the read
   *     (a conflicting write transaction, for example)
   * @throws IllegalStateException if no items were asked for
   */
  public TransactGetResult execute() {
    TransactGetItemsRequest request = toRequest();
    TransactGetItemsResponse response;
    try {
      response = client.transactGetItems(request);
    } catch (SdkException e) {
      throw actions.failure(e);
    }
    return actions.result(response);
  }
}
