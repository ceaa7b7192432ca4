package io.dynamap.runtime.schema;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.expr.Attribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The optimistic lock of one write of a {@code @Version}ed entity: the one definition that {@link
 * TableRepository}, transactions and the batch writer share, so a versioned entity is written the
 * same way on every path.
 *
 * <ul>
 *   <li>{@link #condition()}: the stored version is the entity's ({@code version = :v}); for
 *       version 0 (or null), a new entity, there is no item ({@code attribute_not_exists} on the
 *       partition key).
 *   <li>{@link #stamp(Map)}: the item stores the entity's version plus one.
 *   <li>{@link #conflictsWith(Map)}: whether a failed condition was this lock's, judged from the
 *       item returned with the failure.
 * </ul>
 *
 * <p>Applications need not use it: repositories, {@code Transaction.write} and {@code
 * BatchWriter} apply it. Immutable and thread-safe.
 *
 * @param <T> the entity type
 */
public final class OptimisticLock<T> {
  private final ItemSchema<T> schema;
  private final String entityName;
  private final String attribute;
  private final long expected;

  private OptimisticLock(ItemSchema<T> schema, String entityName, String attribute, long expected) {
    this.schema = schema;
    this.entityName = entityName;
    this.attribute = attribute;
    this.expected = expected;
  }

  /**
   * The lock of a write of this entity, if it is versioned ({@link
   * ItemSchema#versionAttributeOf}); empty otherwise.
   *
   * @param <T> the entity type
   * @param schema the entity's schema; not null
   * @param entity the entity being written; not null
   * @return the lock, or empty for an entity without a version
   */
  public static <T> Optional<OptimisticLock<T>> of(ItemSchema<T> schema, T entity) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(entity, "entity");
    // An item collection's schema has no version of its own: name the member in messages.
    String entityName =
        schema.versionAttribute().isPresent()
            ? schema.entityName()
            : entity.getClass().getSimpleName();
    return schema
        .versionAttributeOf(entity)
        .map(name -> new OptimisticLock<>(schema, entityName, name, schema.versionOf(entity)));
  }

  /**
   * The stored name of the version attribute.
   *
   * @return the attribute name
   */
  public String attribute() {
    return attribute;
  }

  /**
   * The entity's version, which the stored one must be; {@code 0} for a new entity.
   *
   * @return the version, 0 or more
   */
  public long expectedVersion() {
    return expected;
  }

  /**
   * The version a successful write stores: the entity's plus one.
   *
   * @return {@code expectedVersion() + 1}
   * @throws ArithmeticException if the version is {@code Long.MAX_VALUE}
   */
  public long nextVersion() {
    return Math.addExact(expected, 1);
  }

  /**
   * The version attribute, typed, for conditions and updates.
   *
   * @return the attribute, at the top level of the item
   */
  public ComparableAttribute<T, Long> versionAttribute() {
    return new ComparableAttribute<T, Long>(attribute) {
      @Override
      protected AttributeValue encode(Long value) {
        return AttributeValue.fromN(Long.toString(value));
      }
    };
  }

  /**
   * The condition of the write: the stored version is the entity's, or for version 0 there is no
   * item under the key.
   *
   * @return the condition, to be sent with the write
   */
  public Condition<T> condition() {
    if (expected == 0) {
      return new Attribute<T>(schema.key().partitionKey().name()) {}.notExists();
    }
    return versionAttribute().eq(expected);
  }

  /**
   * {@code condition AND} this lock's condition; this lock's alone if {@code condition} is null.
   *
   * @param condition another condition of the write, or {@code null}
   * @return the combined condition
   */
  public Condition<T> and(Condition<T> condition) {
    return condition == null ? condition() : condition.and(condition());
  }

  /**
   * A copy of the entity's item storing {@link #nextVersion()}.
   *
   * @param item the entity's encoded item; not null
   * @return a new map, {@code item} with the version attribute set to {@link #nextVersion()}
   */
  public Map<String, AttributeValue> stamp(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> stamped = new HashMap<>(item);
    stamped.put(attribute, AttributeValue.fromN(Long.toString(nextVersion())));
    return stamped;
  }

  /**
   * The entity as a successful write stored it: with {@link #nextVersion()}.
   *
   * @param entity the entity that was written; not null
   * @return the entity with the new version: a new instance, or for a bean the same one, updated
   */
  public T saved(T entity) {
    return schema.withVersion(entity, nextVersion());
  }

  /**
   * Whether the item returned with a failed condition ({@code ALL_OLD}; empty if there was none)
   * shows that this lock failed: another version is stored, an item exists where a new one was
   * being created, or none exists where one was expected.
   *
   * @param current the item DynamoDB returned with the failed condition; empty if there was none
   * @return {@code true} if the version stored is not the one expected, so the failure is an
   *     optimistic lock failure
   */
  public boolean conflictsWith(Map<String, AttributeValue> current) {
    if (current == null || current.isEmpty()) {
      return expected != 0;
    }
    if (expected == 0) {
      return true;
    }
    AttributeValue stored = current.get(attribute);
    try {
      long storedVersion = stored == null || stored.n() == null ? 0 : Long.parseLong(stored.n());
      return storedVersion != expected;
    } catch (NumberFormatException notALong) {
      return true;
    }
  }

  /** As {@code Counter version 3} or {@code Counter version 0 (new)}, for messages. */
  @Override
  public String toString() {
    return entityName + " " + attribute + " " + expected + (expected == 0 ? " (new)" : "");
  }
}
