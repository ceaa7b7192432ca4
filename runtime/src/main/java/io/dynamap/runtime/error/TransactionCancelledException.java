package io.dynamap.runtime.error;

import io.dynamap.runtime.schema.ItemSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A transaction was cancelled and none of its writes were made (DynamoDB's {@code
 * TransactionCanceledException}). {@link #cancellationReasons()} says why, item by item; the
 * message lists the items that failed.
 *
 * <p>Transactions built with {@code io.dynamap.runtime.tx.Transaction} also give {@link
 * #outcomes()}: one {@link Outcome} per action, in the order the actions were added, each naming
 * its action and, where its condition failed, holding the item as it was, typed by the action's
 * repository:
 *
 * <pre>{@code
 * catch (TransactionCancelledException e) {
 *   for (Outcome o : e.failedOutcomes()) {
 *     System.out.println(o.action() + ": " + o.code() + " " + o.currentItem());
 *   }
 * }
 * }</pre>
 */
public class TransactionCancelledException extends DynamoDbCallException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link DynamoDbCallException#DynamoDbCallException}.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code TransactWriteItems}
   * @param tableName the table, or {@code null} if the transaction names none or several
   */
  public TransactionCancelledException(
      String message, SdkException cause, String operation, String tableName) {
    this(message, cause, operation, tableName, List.of());
  }

  /**
   * An exception with the outcome of each action of the transaction.
   *
   * @param message the whole message, naming operation and table
   * @param cause the SDK's exception
   * @param operation the DynamoDB operation, such as {@code TransactWriteItems}
   * @param tableName the table, or {@code null} if the transaction names none or several
   * @param outcomes one per action, in request order
   */
  public TransactionCancelledException(
      String message,
      SdkException cause,
      String operation,
      String tableName,
      List<Outcome> outcomes) {
    super(message, cause, operation, tableName);
    this.outcomes = List.copyOf(outcomes);
  }

  // Outcomes hold schemas, which need not be serializable; a deserialized exception has none.
  private final transient List<Outcome> outcomes;

  /**
   * The outcome of each action, in the order the actions were added to the transaction; empty if
   * the exception did not come from a {@code Transaction} (see {@link #cancellationReasons()}).
   *
   * @return an unmodifiable list, one outcome per action
   */
  public List<Outcome> outcomes() {
    return outcomes == null ? List.of() : outcomes;
  }

  /**
   * The outcomes whose code is not {@code None}: the actions that made the transaction fail.
   *
   * @return a new list, in action order; empty if DynamoDB gave no reasons
   */
  public List<Outcome> failedOutcomes() {
    return outcomes().stream().filter(Outcome::failed).toList();
  }

  /**
   * The outcome of the action at this position of the transaction.
   *
   * @param index the action's position, from 0
   * @return the outcome
   * @throws IndexOutOfBoundsException if there is no outcome at {@code index}
   */
  public Outcome outcome(int index) {
    return outcomes().get(index);
  }

  /**
   * What became of one action of a cancelled transaction: its position, what it was, DynamoDB's
   * reason code and message, and for a failed condition the item as it was.
   */
  public static final class Outcome {
    private final int index;
    private final String operation;
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private final String action;
    private final String code;
    private final String message;
    private final Map<String, AttributeValue> item;
    private final ItemSchema<?> schema;

    /**
     * Made when a transaction's cancellation reasons are matched with its actions.
     *
     * @param index the action's position in the transaction
     * @param operation {@code Put}, {@code Update}, {@code Delete}, {@code ConditionCheck} or
     *     {@code Get}
     * @param tableName the action's table
     * @param key the primary key of the action's item
     * @param action a readable description of the action, for messages
     * @param code DynamoDB's reason code, {@code None} if the action did not fail
     * @param message DynamoDB's reason message, or {@code null}
     * @param item the item as it was, if DynamoDB returned it; empty otherwise
     * @param schema the schema of the action's entity, to decode {@code item}
     */
    public Outcome(
        int index,
        String operation,
        String tableName,
        Map<String, AttributeValue> key,
        String action,
        String code,
        String message,
        Map<String, AttributeValue> item,
        ItemSchema<?> schema) {
      this.index = index;
      this.operation = Objects.requireNonNull(operation, "operation");
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      this.key = Map.copyOf(key);
      this.action = Objects.requireNonNull(action, "action");
      this.code = code == null ? "None" : code;
      this.message = message;
      this.item = item == null ? Map.of() : Map.copyOf(item);
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * The action's position in the transaction, from 0.
     *
     * @return the position
     */
    public int index() {
      return index;
    }

    /**
     * {@code Put}, {@code Update}, {@code Delete}, {@code ConditionCheck} or {@code Get}.
     *
     * @return the action kind
     */
    public String operation() {
      return operation;
    }

    /**
     * The action's table.
     *
     * @return the table name
     */
    public String tableName() {
      return tableName;
    }

    /**
     * The primary key of the action's item.
     *
     * @return the key attributes, as stored
     */
    public Map<String, AttributeValue> key() {
      return key;
    }

    /**
     * The action, as {@code #1 Update on table Customers, key {customerId="c-1"}}.
     *
     * @return the description, for messages and logs
     */
    public String action() {
      return action;
    }

    /**
     * DynamoDB's reason: {@code None} if this action did not fail, else {@code
     * ConditionalCheckFailed}, {@code TransactionConflict}, {@code ValidationError}, …
     *
     * @return the cancellation reason's code, never null
     */
    public String code() {
      return code;
    }

    /**
     * DynamoDB's message for the reason, if it gave one.
     *
     * @return the message, or empty
     */
    public Optional<String> message() {
      return Optional.ofNullable(message);
    }

    /**
     * Whether this action made the transaction fail (its code is not {@code None}).
     *
     * @return {@code true} if the code is not {@code None}
     */
    public boolean failed() {
      return !"None".equals(code);
    }

    /**
     * Whether this action's condition was not met.
     *
     * @return {@code true} if the code is {@code ConditionalCheckFailed}
     */
    public boolean conditionFailed() {
      return "ConditionalCheckFailed".equals(code);
    }

    /**
     * The item as it was when the condition failed, as stored; empty if there was no item under
     * the key or the action did not fail on its condition.
     *
     * @return the stored item, or an empty map
     */
    public Map<String, AttributeValue> item() {
      return item;
    }

    /**
     * The item as it was when the condition failed, decoded by the action's repository's schema;
     * empty if there was no item under the key or the action did not fail on its condition.
     *
     * @return the decoded entity, or empty
     * @throws ItemMappingException if the stored item does not fit the entity
     */
    public Optional<Object> currentItem() {
      return decode(schema).map(Object.class::cast);
    }

    /**
     * The item as it was when the condition failed, typed by the action's entity schema, such as
     * {@code outcome.item(OrderSchema.INSTANCE)}.
     *
     * @param <E> the entity type
     * @param schema the schema of the action's entity; not null
     * @return the decoded entity, or empty
     * @throws IllegalArgumentException if the action was for another entity's schema
     * @throws ItemMappingException if the stored item does not fit the entity
     */
    public <E> Optional<E> item(ItemSchema<E> schema) {
      Objects.requireNonNull(schema, "schema");
      if (!schema.equals(this.schema)
          && !schema.entityName().equals(this.schema.entityName())) {
        throw new IllegalArgumentException(
            action
                + " is for "
                + this.schema.entityName()
                + ", not "
                + schema.entityName());
      }
      return decode(schema);
    }

    private <E> Optional<E> decode(ItemSchema<E> schema) {
      if (item.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(schema.fromItem(item));
      } catch (ItemMappingException e) {
        throw new ItemMappingException(
            "the current item returned for " + action + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return action + ": " + code + (message == null ? "" : " (" + message + ")");
    }
  }

  /**
   * One reason per item of the transaction, in request order: code {@code None} for items that did
   * not fail, else {@code ConditionalCheckFailed}, {@code TransactionConflict}, {@code
   * ThrottlingError}, {@code ValidationError}, ...
   *
   * @return the SDK's reasons, unmodifiable; empty if DynamoDB gave none
   */
  public List<CancellationReason> cancellationReasons() {
    return getCause() instanceof TransactionCanceledException cancelled
            && cancelled.hasCancellationReasons()
        ? cancelled.cancellationReasons()
        : List.of();
  }
}
